"""JSON Schemas for model types, following the proto3 JSON mapping and stating exactly what
the stubs enforce (docs/openapi.md lists the rules and the few places they differ).

Every schema is built for one side of the wire:
- request side: objects are closed (`additionalProperties: false`), as the stubs reject
  unknown fields;
- response side: objects stay open, so clients keep decoding fields added later.
A field refers to a message with `$ref` to a component key (`components.py` names keys and
keeps only the reachable ones), plus sibling `description`/`deprecated` (valid in 3.1).

Values:
- strings: the docs' "required" means non-empty (`minLength: 1`); an optional string may
  always be `""` (the proto3 default, which the stubs take as unset), so its length floor
  and pattern are stated as one anchored ECMA-262 pattern that also admits `""`;
- 32-bit integers are JSON integers within the kind's range; 64-bit ones canonical decimal
  strings (a pattern for the exact range) or JSON integers (`type: [string, integer]`);
- bytes are base64 text (standard or url-safe, padded or not); byte counts go to
  `x-minBytes`/`x-maxBytes`;
- oneof groups: `dependentSchemas` forbidding the other members once one is present.
"""

from __future__ import annotations

import copy
import enum
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...model import STATUS_TYPE, Api, Constraints, EnumType, Field, Message, Oneof, Scalar
from .decimal_range import decimal_range_pattern
from .ecma_regex import END, Untranslatable, ecma_pattern

Schema = dict[str, Any]

SCHEMA_REF_PREFIX = "#/components/schemas/"

_INTEGER_RANGES: dict[Scalar, tuple[int, int]] = {
    Scalar.INT32: (-(2**31), 2**31 - 1),
    Scalar.UINT32: (0, 2**32 - 1),
    Scalar.INT64: (-(2**63), 2**63 - 1),
    Scalar.UINT64: (0, 2**64 - 1),
}
_BASE64_UNIT = "[A-Za-z0-9+/_-]"
BASE64_PATTERN = (
    f"^(?:{_BASE64_UNIT}{{4}})*(?:{_BASE64_UNIT}{{2}}(?:==)?|{_BASE64_UNIT}{{3}}=?)?{END}"
)

_SCALARS: dict[Scalar, Schema] = {
    Scalar.STRING: {"type": "string"},
    Scalar.BOOL: {"type": "boolean"},
    Scalar.FLOAT: {"type": "number", "format": "float"},
    Scalar.DOUBLE: {"type": "number", "format": "double"},
    Scalar.BYTES: {"type": "string", "format": "byte", "pattern": BASE64_PATTERN},
    Scalar.TIMESTAMP: {"type": "string", "format": "date-time"},
    # JSON Schema's `duration` format is ISO 8601; protobuf writes seconds: "1.5s".
    Scalar.DURATION: {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]{1,9})?s" + END},
    Scalar.FIELD_MASK: {"type": "string"},
    # `**object**` on the pages: google.protobuf.Struct, Any (with its `@type`), a message
    # the docs leave open. Each travels as a JSON object.
    Scalar.JSON: {"type": "object"},
}
_STRINGS = frozenset({Scalar.STRING, Scalar.FIELD_MASK})

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


class Side(enum.Enum):
    REQUEST = "request"
    RESPONSE = "response"


def message_key(full_name: str, side: Side) -> str:
    """The component key of a message on one side (named in `components.py`)."""
    return f"{full_name}~{side.value}"


def enum_key(full_name: str) -> str:
    return f"{full_name}~enum"


def key_ref(key: str) -> Schema:
    return {"$ref": SCHEMA_REF_PREFIX + key}


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

    def message_ref(self, full_name: str, side: Side) -> Schema:
        """`$ref` to a message component; an open object for a name the API lacks."""
        if full_name in self.messages or full_name == STATUS_TYPE:
            return key_ref(message_key(full_name, side))
        return {"type": "object", "x-yc-type": full_name}


# --- values --------------------------------------------------------------------------------


def _integer_schema(scalar: Scalar, c: Constraints) -> Schema:
    lo, hi = _INTEGER_RANGES[scalar]
    if c.minimum is not None:
        lo = max(lo, math.ceil(c.minimum))
    if c.exclusive_minimum is not None:
        lo = max(lo, math.floor(c.exclusive_minimum) + 1)
    if c.maximum is not None:
        hi = min(hi, math.floor(c.maximum))
    if c.exclusive_maximum is not None:
        hi = min(hi, math.ceil(c.exclusive_maximum) - 1)
    schema: Schema = {"type": "integer", "format": scalar.value}
    if scalar in (Scalar.INT64, Scalar.UINT64):
        schema = {
            "type": ["string", "integer"],
            "format": scalar.value,
            "pattern": decimal_range_pattern(lo, hi),
        }
    schema["minimum"] = lo
    schema["maximum"] = hi
    return schema


def _number_schema(scalar: Scalar, c: Constraints) -> Schema:
    schema = dict(_SCALARS[scalar])
    for keyword, value in (
        ("minimum", c.minimum),
        ("maximum", c.maximum),
        ("exclusiveMinimum", c.exclusive_minimum),
        ("exclusiveMaximum", c.exclusive_maximum),
    ):
        if value is not None:
            schema[keyword] = value
    return schema


def _string_schema(f: Field, *, whole_field: bool) -> Schema:
    """A string value. `whole_field`: the value is the field itself (not an element), where
    the stubs read "required" as non-empty."""
    c = f.constraints
    schema: Schema = {"type": "string"}
    empty_allowed = not f.required
    low = c.min_length or 0
    if f.required and whole_field:
        low = max(low, 1)
    if c.max_length is not None:
        schema["maxLength"] = c.max_length
    if low and not empty_allowed:
        schema["minLength"] = low
    folded_low = low if empty_allowed else 0
    if c.pattern is None and not folded_low:
        return schema
    try:
        schema["pattern"] = ecma_pattern(
            c.pattern or "", allow_empty=empty_allowed, min_length=folded_low
        )
    except Untranslatable:  # `pattern_warnings` tells; the document leaves the rule out
        schema["x-yc-pattern"] = c.pattern
    return schema


def _bytes_schema(f: Field, *, whole_field: bool) -> Schema:
    c = f.constraints
    schema = dict(_SCALARS[Scalar.BYTES])
    if f.required and whole_field:
        schema["minLength"] = 1
    if c.min_length is not None:
        schema["x-minBytes"] = c.min_length
    if c.max_length is not None:
        schema["x-maxBytes"] = c.max_length
    return schema


def value_schema(f: Field, types: Types, side: Side, *, whole_field: bool) -> Schema:
    """Schema of one value of a field: the field itself, an element of a repeated field or
    a value of a map."""
    t = f.type
    if t.scalar in _INTEGER_RANGES:
        return _integer_schema(t.scalar, f.constraints)
    if t.scalar in (Scalar.FLOAT, Scalar.DOUBLE):
        return _number_schema(t.scalar, f.constraints)
    if t.scalar in _STRINGS:
        return _string_schema(f, whole_field=whole_field)
    if t.scalar is Scalar.BYTES:
        return _bytes_schema(f, whole_field=whole_field)
    if t.scalar is not None:
        return dict(_SCALARS[t.scalar])
    if t.message is not None:
        return types.message_ref(t.message, side)
    name = t.enum or ""
    if types.is_enum_component(name):
        return key_ref(enum_key(name))
    if name in types.enums:
        return enum_schema(types.enums[name])
    return {"type": "string", "x-yc-type": name}


def _key_schema(f: Field) -> Schema:
    c = f.constraints
    if f.map_key in _INTEGER_RANGES:
        lo, hi = _INTEGER_RANGES[f.map_key]
        return {"pattern": decimal_range_pattern(lo, hi)}
    if f.map_key is Scalar.BOOL:
        return {"enum": ["false", "true"]}
    keys: Schema = {}
    if c.key_min_length is not None:
        keys["minLength"] = c.key_min_length
    if c.key_max_length is not None:
        keys["maxLength"] = c.key_max_length
    if c.key_pattern is not None:
        try:
            keys["pattern"] = ecma_pattern(c.key_pattern)
        except Untranslatable:
            keys["x-yc-pattern"] = c.key_pattern
    return keys


def field_schema(f: Field, types: Types, side: Side, *, describe: bool = True) -> Schema:
    """Schema of a field as a whole: arrays and maps wrap the value schema.
    `describe=False` leaves out description and deprecation (parameters carry their own)."""
    c = f.constraints
    schema: Schema
    if f.is_map:
        schema = {
            "type": "object",
            "additionalProperties": value_schema(f, types, side, whole_field=False),
        }
        keys = _key_schema(f)
        if keys:
            schema["propertyNames"] = keys
        low = max(c.min_items or 0, 1 if f.required else 0)
        if low:
            schema["minProperties"] = low
        if c.max_items is not None:
            schema["maxProperties"] = c.max_items
    elif f.repeated:
        schema = {"type": "array", "items": value_schema(f, types, side, whole_field=False)}
        low = max(c.min_items or 0, 1 if f.required else 0)
        if low:
            schema["minItems"] = low
        if c.max_items is not None:
            schema["maxItems"] = c.max_items
        if c.unique_items:
            schema["uniqueItems"] = True
    else:
        schema = value_schema(f, types, side, whole_field=True)
    if describe:
        if f.description:
            schema["description"] = f.description
        if f.deprecated:
            schema["deprecated"] = True
    return schema


# --- objects -------------------------------------------------------------------------------


def object_schema(
    fields: Sequence[Field],
    oneofs: Sequence[Oneof],
    types: Types,
    side: Side,
    description: str = "",
) -> Schema:
    """An object with `fields` as properties; oneof groups restricted to those fields."""
    schema: Schema = {"type": "object"}
    if description:
        schema["description"] = description
    if fields:
        schema["properties"] = {f.name: field_schema(f, types, side) for f in fields}
    required = [f.name for f in fields if f.required]
    if required:
        schema["required"] = required
    if side is Side.REQUEST:
        schema["additionalProperties"] = False
    names = {f.name for f in fields}
    dependent: Schema = {}
    for group in oneofs:
        members = [n for n in group.fields if n in names]
        for member in members if len(members) > 1 else ():
            others = {other: False for other in members if other != member}
            dependent[member] = {"properties": others}
    if dependent:
        schema["dependentSchemas"] = dependent
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


def message_schema(full_name: str, side: Side, types: Types) -> Schema:
    """The component schema of a message (google.rpc.Status has a built-in one)."""
    message = types.messages.get(full_name)
    if message is None:
        return copy.deepcopy(_STATUS_SCHEMA)
    return object_schema(message.fields, message.oneofs, types, side, message.description)
