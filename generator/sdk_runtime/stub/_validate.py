"""One validator for every API: checks a JSON value against the schema tables (types,
required fields, enum values, lengths, ranges, item counts, patterns, oneof groups) and
reports each broken rule with the field's path (`settings.backupSets[0].time`)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from .._codec import DecodeError, Duration, Timestamp, bytes_from_json, float_from_json
from . import _schema as k
from ._errors import Violation
from ._patterns import full_match
from ._schema import FieldRule, MessageRule, Schema

# Enough to name what is wrong without echoing a huge request back.
MAX_VIOLATIONS = 50
_MAX_DEPTH = 64
# 64-bit integers as text: canonical decimal (no `+`, no leading zeros, no `-0`).
_INTEGER = re.compile(r"0|-?[1-9][0-9]{0,19}")
_STRING_INTEGERS = frozenset({k.INT64, k.UINT64})


class _Collector:
    def __init__(self, schema: Schema, allow_unknown: bool) -> None:
        self.schema = schema
        self.allow_unknown = allow_unknown
        self.violations: list[Violation] = []

    def add(self, path: str, description: str) -> None:
        if len(self.violations) < MAX_VIOLATIONS:
            self.violations.append(Violation(path, description))

    @property
    def full(self) -> bool:
        return len(self.violations) >= MAX_VIOLATIONS


def validate(
    schema: Schema, type_name: str, value: Any, *, allow_unknown: bool = False, path: str = ""
) -> list[Violation]:
    """Every broken rule of `value` as a `type_name` message (empty when valid). Unknown
    fields are violations unless `allow_unknown`."""
    collector = _Collector(schema, allow_unknown)
    rule = schema.message(type_name)
    if rule is None:
        return []
    _message(collector, rule, value, path, 0)
    return collector.violations


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _message(c: _Collector, rule: MessageRule, value: Any, path: str, depth: int) -> None:
    if not isinstance(value, Mapping):
        c.add(path, f"expected a JSON object, got {_json_type(value)}")
        return
    if depth > _MAX_DEPTH:
        c.add(path, "nested too deeply")
        return
    if not c.allow_unknown:
        for name in value:
            if name not in rule.by_name:
                c.add(_join(path, str(name)), "unknown field")
    for f in rule.fields:
        if c.full:
            return
        item = value.get(f.name)
        if item is None and f.name in value and not c.allow_unknown:
            # proto3 JSON reads null as unset (an `**object**` field too: Struct, Any, an
            # open message); requests say so by leaving the field out.
            c.add(_join(path, f.name), "null is not allowed: leave the field out")
            continue
        _field(c, f, item, _join(path, f.name), depth)
    for group in rule.oneofs:
        given = [name for name in group if value.get(name) is not None]
        if len(given) > 1:
            c.add(
                _join(path, given[1]),
                f"only one of {', '.join(group)} may be set, got {' and '.join(given)}",
            )


def _field(c: _Collector, f: FieldRule, value: Any, path: str, depth: int) -> None:
    if value is None:
        if f.required:
            c.add(path, "required field is missing")
        return
    if f.is_map:
        if not isinstance(value, Mapping):
            c.add(path, f"expected a JSON object (map), got {_json_type(value)}")
            return
        _items(c, f, len(value), path)
        for key, item in value.items():
            _map_key(c, f, key, f"{path}[{key}]")
            _element(c, f, item, f"{path}[{key}]", depth)
        return
    if f.repeated:
        if not isinstance(value, list):
            c.add(path, f"expected a JSON array, got {_json_type(value)}")
            return
        _items(c, f, len(value), path)
        if f.unique_items:
            _unique(c, value, path)
        for i, item in enumerate(value):
            _element(c, f, item, f"{path}[{i}]", depth)
        return
    if f.required and value == "":
        c.add(path, "required field is empty")
        return
    _element(c, f, value, path, depth)


def _items(c: _Collector, f: FieldRule, count: int, path: str) -> None:
    if f.required and count == 0:
        c.add(path, "required field is empty")
    if f.min_items is not None and count < f.min_items:
        c.add(path, f"must have at least {f.min_items} items, got {count}")
    if f.max_items is not None and count > f.max_items:
        c.add(path, f"must have at most {f.max_items} items, got {count}")


def _map_key(c: _Collector, f: FieldRule, key: Any, path: str) -> None:
    text = str(key)
    if f.map_key in k.INTEGER_KINDS:
        _integer(c, f.map_key, text, path, None, text=True)
        return
    if f.map_key == k.BOOL and text not in ("true", "false"):
        c.add(path, "map key must be true or false")
        return
    _length(c, text, f.key_min_length, f.key_max_length, path, "key")
    if f.key_pattern is not None and not full_match(f.key_pattern, text):
        c.add(path, f"key must match the regular expression {f.key_pattern}")


def _element(c: _Collector, f: FieldRule, value: Any, path: str, depth: int) -> None:
    kind = f.kind
    if value is None:
        c.add(path, "null is not a valid element")
    elif kind == k.MESSAGE:
        rule = c.schema.message(f.ref)
        if rule is None:
            if not isinstance(value, Mapping):
                c.add(path, f"expected a JSON object, got {_json_type(value)}")
        else:
            _message(c, rule, value, path, depth + 1)
    elif kind == k.ENUM:
        values = c.schema.enums.get(f.ref, ())
        if not isinstance(value, str):
            c.add(path, f"expected an enum value name (string), got {_json_type(value)}")
        elif values and value not in values:
            c.add(path, f"unknown enum value {value!r}; expected one of {', '.join(values)}")
    elif kind in (k.STRING, k.FIELD_MASK):
        if not isinstance(value, str):
            c.add(path, f"expected a string, got {_json_type(value)}")
        else:
            _string(c, f, value, path)
    elif kind == k.JSON:
        # `**object**` on the pages (Struct, Any, a message the docs leave open): an object,
        # as the OpenAPI documents say.
        if not isinstance(value, Mapping):
            c.add(path, f"expected a JSON object, got {_json_type(value)}")
    elif kind == k.BOOL:
        if not isinstance(value, bool):
            c.add(path, f"expected a boolean, got {_json_type(value)}")
    elif kind in k.INTEGER_KINDS:
        _integer(c, kind, value, path, f)
    elif kind in (k.FLOAT, k.DOUBLE):
        _float(c, value, path, f)
    elif kind == k.BYTES:
        _bytes(c, f, value, path)
    elif kind in (k.TIMESTAMP, k.DURATION):
        parse = Timestamp.from_json if kind == k.TIMESTAMP else Duration.from_json
        try:
            parse(value)
        except ValueError as exc:  # DecodeError included
            c.add(path, str(exc))


def _string(c: _Collector, f: FieldRule, value: str, path: str) -> None:
    if value == "" and not f.required:
        return  # the proto3 default: not set
    _length(c, value, f.min_length, f.max_length, path, "value")
    if f.pattern is not None and not full_match(f.pattern, value):
        c.add(path, f"value must match the regular expression {f.pattern}")


def _length(
    c: _Collector, text: str, low: int | None, high: int | None, path: str, what: str
) -> None:
    if low is not None and len(text) < low:
        c.add(path, f"{what} must be at least {low} characters long, got {len(text)}")
    if high is not None and len(text) > high:
        c.add(path, f"{what} must be at most {high} characters long, got {len(text)}")


def _integer(
    c: _Collector, kind: str, value: Any, path: str, f: FieldRule | None, *, text: bool = False
) -> None:
    """A JSON integer; 64-bit ones (and map keys, always text) also as decimal strings."""
    number = _as_integer(value, text or kind in _STRING_INTEGERS)
    if number is None:
        c.add(path, f"expected an integer ({kind}), got {_shown(value)}")
        return
    low, high = k.INTEGER_RANGES[kind]
    if not low <= number <= high:
        c.add(path, f"{number} is out of the {kind} range")
        return
    if f is not None:
        _range(c, f, number, path)


def _as_integer(value: Any, strings: bool) -> int | None:
    """A JSON number without a fraction, or (if `strings`) canonical decimal text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if strings and isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    return None


def _float(c: _Collector, value: Any, path: str, f: FieldRule) -> None:
    try:
        number = float_from_json(value)
    except (DecodeError, OverflowError):  # OverflowError: an integer past any double
        c.add(path, f"expected a number, got {_shown(value)}")
        return
    if not math.isnan(number):
        _range(c, f, number, path)


def _range(c: _Collector, f: FieldRule, number: float, path: str) -> None:
    if f.minimum is not None and number < f.minimum:
        c.add(path, f"must be at least {f.minimum}, got {_num(number)}")
    if f.maximum is not None and number > f.maximum:
        c.add(path, f"must be at most {f.maximum}, got {_num(number)}")
    if f.exclusive_minimum is not None and number <= f.exclusive_minimum:
        c.add(path, f"must be greater than {f.exclusive_minimum}, got {_num(number)}")
    if f.exclusive_maximum is not None and number >= f.exclusive_maximum:
        c.add(path, f"must be less than {f.exclusive_maximum}, got {_num(number)}")


def _bytes(c: _Collector, f: FieldRule, value: Any, path: str) -> None:
    try:
        data = bytes_from_json(value)
    except DecodeError as exc:
        c.add(path, f"expected base64 bytes: {exc}")
        return
    if f.min_length is not None and len(data) < f.min_length and (data or f.required):
        c.add(path, f"must be at least {f.min_length} bytes long, got {len(data)}")
    if f.max_length is not None and len(data) > f.max_length:
        c.add(path, f"must be at most {f.max_length} bytes long, got {len(data)}")


def _num(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _unique(c: _Collector, items: list[Any], path: str) -> None:
    try:
        distinct = {_hashable(v, 0) for v in items}
    except _TooDeep:
        c.add(path, "nested too deeply")
        return
    if len(distinct) < len(items):
        c.add(path, "items must be unique")


class _TooDeep(Exception):
    pass


def _hashable(value: Any, depth: int) -> Any:
    """A hashable twin of a JSON value; the depth bound keeps a hostile value from
    exhausting the stack (messages are bounded by `_message` the same way)."""
    if depth > _MAX_DEPTH:
        raise _TooDeep
    if isinstance(value, Mapping):
        return tuple(sorted((str(key), _hashable(v, depth + 1)) for key, v in value.items()))
    if isinstance(value, list):
        return tuple(_hashable(v, depth + 1) for v in value)
    # As JSON Schema's uniqueItems: 1 and 1.0 are one value, true and 1 are two.
    return (_json_type(value), value)
