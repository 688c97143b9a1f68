"""The documents' security: every Yandex Cloud API takes an IAM token as a bearer token;
operations that obtain one (`generator.render.auth`) say `security: []`."""

from __future__ import annotations

from typing import Any

SCHEME = "iamToken"

SECURITY_SCHEMES: dict[str, Any] = {
    SCHEME: {
        "type": "http",
        "scheme": "bearer",
        "description": (
            "An IAM token: `Authorization: Bearer <IAM token>`. Get one with "
            "`yc iam create-token`, or from an OAuth token, a service account key or "
            "the VM metadata service."
        ),
    }
}


def document_security() -> list[dict[str, list[str]]]:
    return [{SCHEME: []}]
