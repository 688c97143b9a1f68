"""The metadata of the operations the stateful fake hands out: the documented metadata
message with the resource id in its `<resource>Id` (or id-parameter) field and the other
string fields the request names; where the docs leave it open, `{<idParam>: id}` typed by
the docs' naming convention `<package>.<Method><Service>Metadata`."""

from __future__ import annotations

from typing import Any

from .. import _schema as k
from .._operations import type_url
from .._schema import MethodRule, Schema
from ._rules import ResourceRule


def operation_metadata(
    schema: Schema, method: MethodRule, rule: ResourceRule, request: dict[str, Any], target: str
) -> dict[str, Any]:
    """google.protobuf.Any JSON (`@type` first) of the operation's metadata."""
    meta_type = method.operation[0] if method.operation else ""
    own_id = rule.short_name[:1].lower() + rule.short_name[1:] + "Id"
    data: dict[str, Any] = {}
    message = schema.message(meta_type) if meta_type else None
    if message is None:
        if target:
            data[rule.id_param] = target
        guessed = f"{schema.package}.{method.name}{method.service}Metadata"
        return {"@type": type_url(guessed), **data}
    for f in message.fields:
        if f.kind != k.STRING or f.repeated or f.is_map:
            continue
        if f.name in (own_id, rule.id_param) and target:
            data[f.name] = target
        elif isinstance(request.get(f.name), str):
            data[f.name] = request[f.name]
    return {"@type": type_url(meta_type), **data}
