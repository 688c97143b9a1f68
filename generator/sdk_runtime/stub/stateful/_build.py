"""Resource JSON from request JSON: a request field is copied where the resource has a field
of the same JSON name and the same shape (nested messages included); the rest keep their
zero value (left out, as proto3 JSON does)."""

from __future__ import annotations

from typing import Any

from .. import _schema as k
from .._schema import FieldRule, Schema
from .._validate import validate


def compatible(schema: Schema, target: FieldRule, source: FieldRule | None, value: Any) -> bool:
    """Whether `value` (of the request field `source`) fits the resource field `target`."""
    if source is not None:
        if (source.kind, source.repeated, source.map_key) != (
            target.kind,
            target.repeated,
            target.map_key,
        ):
            return False
        if source.ref == target.ref:
            return True
    if target.kind not in (k.MESSAGE, k.ENUM):
        return source is not None
    # Different message or enum types: copy only if the value is valid for the target.
    probe = {target.name: value}
    owner = k.MessageRule((target,))
    return not _violations(schema, owner, probe)


def _violations(schema: Schema, owner: k.MessageRule, data: dict[str, Any]) -> bool:
    scratch = "__stateful_probe__"
    extended = k.Schema(schema.package, {**schema.messages, scratch: owner}, schema.enums, ())
    return bool(validate(extended, scratch, data))


def copy_fields(
    schema: Schema, resource_type: str, request_type: str, request: dict[str, Any], names: Any
) -> dict[str, Any]:
    """The request's values for resource fields among `names`, where they fit."""
    resource = schema.message(resource_type)
    source = schema.message(request_type)
    copied: dict[str, Any] = {}
    if resource is None:
        return copied
    for name in names:
        target = resource.field_named(name)
        if target is None or name not in request:
            continue
        source_field = source.field_named(name) if source is not None else None
        if compatible(schema, target, source_field, request[name]):
            copied[name] = request[name]
    return copied


def in_field_order(schema: Schema, type_name: str, data: dict[str, Any]) -> dict[str, Any]:
    """`data` with its keys in the message's field order (unknown keys last)."""
    rule = schema.message(type_name)
    if rule is None:
        return data
    ordered = {f.name: data[f.name] for f in rule.fields if f.name in data}
    ordered.update((key, value) for key, value in data.items() if key not in ordered)
    return ordered
