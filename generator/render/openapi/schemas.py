"""JSON Schemas for model types, following the proto3 JSON mapping.

Choices (see also the package docstring):
- messages and enums are components keyed by full protobuf name; a field refers to them with
  `$ref` plus sibling `description`/`deprecated` (valid in 3.1);
- an enum whose name is also a message name stays inline on its fields;
- a constraint keyword that does not apply to the schema's JSON type (numeric bounds of an
  int64 carried as a string, say) is kept as `x-<keyword>`;
- oneof groups become `x-yc-oneof: [[a, b], ...]` on the object schema; the field
  descriptions already say "Includes only one of the fields ...".
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...model import STATUS_TYPE, Api, Constraints, EnumType, Field, Message, Oneof, Scalar, TypeRef

Schema = dict[str, Any]

SCHEMA_REF_PREFIX = "#/components/schemas/"

_SCALARS: dict[Scalar, Schema] = {
    Scalar.STRING: {"type": "string"},
    Scalar.BOOL: {"type": "boolean"},
    Scalar.INT32: {"type": "integer", "format": "int32"},
    Scalar.UINT32: {"type": "integer", "format": "uint32"},
    Scalar.INT64: {"type": "string", "format": "int64"},
    Scalar.UINT64: {"type": "string", "format": "uint64"},
    Scalar.FLOAT: {"type": "number", "format": "float"},
    Scalar.DOUBLE: {"type": "number", "format": "double"},
    Scalar.BYTES: {"type": "string", "format": "byte"},
    Scalar.TIMESTAMP: {"type": "string", "format": "date-time"},
    # JSON Schema's `duration` format is ISO 8601; protobuf writes seconds: "1.5s".
    Scalar.DURATION: {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]{1,9})?s$"},
    Scalar.FIELD_MASK: {"type": "string"},
    # `**object**` on the pages: google.protobuf.Struct, Any (with its `@type`), a message
    # the docs leave open. Each travels as a JSON object.
    Scalar.JSON: {"type": "object"},
}

# Map keys travel as JSON object keys, i.e. strings; integer keys are digits.
_INTEGER_KEY_PATTERN = "^-?[0-9]+$"
_INTEGER_SCALARS = frozenset({Scalar.INT32, Scalar.UINT32, Scalar.INT64, Scalar.UINT64})

_STATUS_SCHEMA: Schema = {
    "type": "object",
    "description": "The error model of Yandex Cloud APIs (google.rpc.Status).",
    "properties": {
        "code": {"type": "integer", "format": "int32", "description": "gRPC status code."},
        "message": {"type": "string", "description": "Error message."},
        "details": {
            "type": "array",
            "items": {"type": "object"},
            "description": "Error details, each with an `@type` member.",
        },
    },
}


def schema_ref(full_name: str) -> Schema:
    return {"$ref": SCHEMA_REF_PREFIX + full_name}


@dataclass(frozen=True, slots=True)
class Types:
    """What the schemas of one API can refer to."""

    messages: Mapping[str, Message]
    enums: Mapping[str, EnumType]

    @classmethod
    def of(cls, api: Api) -> Types:
        return cls(api.messages, api.enums)

    def is_enum_component(self, full_name: str) -> bool:
        return full_name in self.enums and full_name not in self.messages

    def message_schema_ref(self, full_name: str) -> Schema:
        """`$ref` to a message component; an open object for a name the API lacks."""
        if full_name in self.messages or full_name == STATUS_TYPE:
            return schema_ref(full_name)
        return {"type": "object", "x-yc-type": full_name}


def value_schema(type_ref: TypeRef, types: Types) -> Schema:
    """Schema of one value of a field (an element of a repeated field, a value of a map)."""
    if type_ref.scalar is not None:
        return dict(_SCALARS[type_ref.scalar])
    if type_ref.message is not None:
        return types.message_schema_ref(type_ref.message)
    name = type_ref.enum or ""
    if types.is_enum_component(name):
        return schema_ref(name)
    if name in types.enums:
        return enum_schema(types.enums[name])
    return {"type": "string", "x-yc-type": name}


_STRING_KEYWORDS = ("minLength", "maxLength", "pattern")
_NUMBER_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _put(schema: Schema, keyword: str, value: object) -> None:
    """Set `keyword` if it applies to the schema's type, else `x-<keyword>`."""
    json_type = schema.get("type")
    applies = (keyword in _STRING_KEYWORDS and json_type == "string") or (
        keyword in _NUMBER_KEYWORDS and json_type in ("integer", "number")
    )
    schema[keyword if applies else "x-" + keyword] = value


def _apply_value_constraints(schema: Schema, c: Constraints) -> None:
    pairs: Sequence[tuple[str, object]] = (
        ("minLength", c.min_length),
        ("maxLength", c.max_length),
        ("pattern", c.pattern),
        ("minimum", c.minimum),
        ("maximum", c.maximum),
        ("exclusiveMinimum", c.exclusive_minimum),
        ("exclusiveMaximum", c.exclusive_maximum),
    )
    for keyword, value in pairs:
        if value is not None:
            _put(schema, keyword, value)


def _key_schema(field: Field) -> Schema:
    c = field.constraints
    keys: Schema = {}
    if c.key_min_length is not None:
        keys["minLength"] = c.key_min_length
    if c.key_max_length is not None:
        keys["maxLength"] = c.key_max_length
    if c.key_pattern is not None:
        keys["pattern"] = c.key_pattern
    elif field.map_key in _INTEGER_SCALARS:
        keys["pattern"] = _INTEGER_KEY_PATTERN
    elif field.map_key is Scalar.BOOL:
        keys["enum"] = ["false", "true"]
    return keys


def field_schema(field: Field, types: Types, *, describe: bool = True) -> Schema:
    """Schema of a field as a whole: arrays and maps wrap the value schema.
    `describe=False` leaves out description and deprecation (parameters carry their own)."""
    c = field.constraints
    value = value_schema(field.type, types)
    _apply_value_constraints(value, c)
    schema: Schema
    if field.is_map:
        schema = {"type": "object", "additionalProperties": value}
        keys = _key_schema(field)
        if keys:
            schema["propertyNames"] = keys
        if c.min_items is not None:
            schema["minProperties"] = c.min_items
        if c.max_items is not None:
            schema["maxProperties"] = c.max_items
    elif field.repeated:
        schema = {"type": "array", "items": value}
        if c.min_items is not None:
            schema["minItems"] = c.min_items
        if c.max_items is not None:
            schema["maxItems"] = c.max_items
        if c.unique_items:
            schema["uniqueItems"] = True
    else:
        schema = value
    if describe:
        if field.description:
            schema["description"] = field.description
        if field.deprecated:
            schema["deprecated"] = True
    return schema


def object_schema(
    fields: Sequence[Field], oneofs: Sequence[Oneof], types: Types, description: str = ""
) -> Schema:
    """An object with `fields` as properties; oneof groups restricted to those fields."""
    schema: Schema = {"type": "object"}
    if description:
        schema["description"] = description
    if fields:
        schema["properties"] = {f.name: field_schema(f, types) for f in fields}
    required = [f.name for f in fields if f.required]
    if required:
        schema["required"] = required
    names = {f.name for f in fields}
    groups = [[n for n in o.fields if n in names] for o in oneofs]
    groups = [g for g in groups if g]
    if groups:
        schema["x-yc-oneof"] = groups
    return schema


def enum_schema(enum_type: EnumType) -> Schema:
    schema: Schema = {"type": "string"}
    if enum_type.values:
        schema["enum"] = [v.name for v in enum_type.values]
    if any(v.description for v in enum_type.values):
        lines = [
            f"- `{v.name}`: {v.description}" if v.description else f"- `{v.name}`"
            for v in enum_type.values
        ]
        schema["description"] = "\n".join(lines)
    return schema


def component_schemas(api: Api) -> dict[str, Schema]:
    """Every message and enum component of `api`, plus google.rpc.Status, sorted by name."""
    types = Types.of(api)
    result: dict[str, Schema] = {}
    for name, message in api.messages.items():
        result[name] = object_schema(message.fields, message.oneofs, types, message.description)
    for name, enum_type in api.enums.items():
        if types.is_enum_component(name):
            result[name] = enum_schema(enum_type)
    result.setdefault(STATUS_TYPE, copy.deepcopy(_STATUS_SCHEMA))
    return {name: result[name] for name in sorted(result)}
