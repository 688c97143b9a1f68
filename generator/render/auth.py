"""Which methods take an IAM token. Every method of every API does, except those that
obtain one: the OpenAPI documents declare no security for them and the stubs let them in
without an `Authorization` header."""

from __future__ import annotations

from ..model import Api, Method

# `<package>.<Service>.<Method>`: IamToken.Create exchanges an OAuth token or a signed JWT
# for an IAM token; calling it with one would be circular.
TOKEN_ISSUERS = frozenset({"yandex.cloud.iam.v1.IamToken.Create"})


def takes_token(api: Api, method: Method) -> bool:
    return f"{api.package}.{method.full_name}" not in TOKEN_ISSUERS
