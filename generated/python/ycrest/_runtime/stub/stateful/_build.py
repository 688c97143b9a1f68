"""Resource JSON from request JSON: a request field is copied where the resource has a field
of the same JSON name and the same shape (nested messages included); the rest keep their
zero value (left out, as proto3 JSON does). Update masks apply the same way."""

from __future__ import annotations

import copy
from typing import Any

from .. import _schema as k
from .._errors import StubError, Violation
from .._schema import FieldRule, Schema
from .._validate import validate
from ._rules import ResourceRule


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
    return not _refusals(schema, target, value)


def _refusals(schema: Schema, target: FieldRule, value: Any) -> list[Violation]:
    """What the resource field `target` finds wrong with `value` (its limits, patterns)."""
    scratch = "__stateful_probe__"
    owner = k.MessageRule((target,))
    extended = k.Schema(schema.package, {**schema.messages, scratch: owner}, schema.enums, ())
    return list(validate(extended, scratch, {target.name: value}))


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
            refused = _refusals(schema, target, request[name])
            if refused:
                # The docs may limit the resource's field more than the request's: the
                # resource cannot hold the value, so the call is refused, as the cloud would,
                # naming the rule's source (the request's own docs do not state it).
                owner = f"{resource_type.rsplit('.', 1)[-1]}.{name}"
                raise StubError.invalid(
                    [
                        Violation(v.field, f"{v.description} (rule of the resource field {owner})")
                        for v in refused
                    ]
                )
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


def set_if_fits(
    schema: Schema,
    resource_type: str,
    request_type: str,
    resource: dict[str, Any],
    name: str,
    value: Any,
    source_name: str | None = None,
) -> None:
    """`resource[name] = value` if the resource has that field and the value fits it
    (`source_name`: the request field the value came from, when named otherwise)."""
    message = schema.message(resource_type)
    target = message.field_named(name) if message is not None else None
    request_message = schema.message(request_type)
    source = (
        request_message.field_named(source_name or name) if request_message is not None else None
    )
    if target is not None and compatible(schema, target, source, value):
        resource[name] = copy.deepcopy(value)


def apply_mask_path(
    schema: Schema,
    rule: ResourceRule,
    request_type: str,
    resource: dict[str, Any],
    request: dict[str, Any],
    field_path: str,
) -> None:
    """One updateMask path (`name`, `settings.size`): the request's value, or the zero value
    (the field left out) where the request sends none. Ids never change."""
    head, _, rest = field_path.partition(".")
    if head in ("id", rule.id_param):
        return
    if not rest:
        if head in request:
            set_if_fits(schema, rule.type, request_type, resource, head, request[head])
        else:
            resource.pop(head, None)
        return
    source: Any = request
    for part in field_path.split("."):
        source = source.get(part) if isinstance(source, dict) else None
    target = resource.setdefault(head, {})
    *parents, last = rest.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    if source is None:
        target.pop(last, None)
    else:
        target[last] = copy.deepcopy(source)
