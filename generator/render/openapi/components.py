"""`components.schemas` of a document: only what the paths reach, under the names of
`names.py`. The paths and the schemas they build refer to internal keys
(`#/components/schemas/<full name>~<side>`); this module follows those references from the
paths, builds each component once, names it, and rewrites every `$ref` to the final name.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .names import component_names, full_name_of
from .schemas import SCHEMA_REF_PREFIX, Schema, Side, Types, enum_schema, message_schema


def _refs(value: Any) -> Iterator[str]:
    """Every internal key a JSON value refers to."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
                yield ref[len(SCHEMA_REF_PREFIX) :]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _build(key: str, types: Types) -> Schema:
    full_name, kind = key.rsplit("~", 1)
    if kind == "enum":
        return enum_schema(types.enums[full_name])
    return message_schema(full_name, Side(kind), types)


def _rename(value: Any, names: Mapping[str, str]) -> Any:
    if isinstance(value, dict):
        result = {k: _rename(v, names) for k, v in value.items()}
        ref = result.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            result["$ref"] = SCHEMA_REF_PREFIX + names[ref[len(SCHEMA_REF_PREFIX) :]]
        return result
    if isinstance(value, list):
        return [_rename(v, names) for v in value]
    return value


def resolve_components(
    paths: dict[str, Any], built: Mapping[str, Schema], types: Types, package: str
) -> tuple[dict[str, Any], dict[str, Schema]]:
    """(paths, components) with final names; `built` holds schemas the paths made
    themselves (request bodies, typed operations), by key."""
    schemas: dict[str, Schema] = {}
    pending = sorted(set(_refs(paths)))
    while pending:
        key = pending.pop()
        if key in schemas:
            continue
        schema = built[key] if key in built else _build(key, types)
        schemas[key] = schema
        pending.extend(k for k in _refs(schema) if k not in schemas)
    names = component_names(schemas, package)
    components: dict[str, Schema] = {}
    for key in sorted(schemas, key=lambda k: names[k]):
        schema = _rename(schemas[key], names)
        if not key.endswith("~operation"):
            schema["x-yc-full-name"] = full_name_of(key)
        components[names[key]] = schema
    return _rename(paths, names), components
