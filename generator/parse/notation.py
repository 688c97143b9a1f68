"""Type notations of field tables: the first line of a description cell.

**string**                      **string** (int64)       **string** (date-time)
**boolean**                     **integer** (int32)      **number** (double)
**enum** (Status)               **[Task](#yandex.cloud.backup.v1.Task)**
**object**                      **object** (map<**string**, **[Secret](#fqn)**>)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Scalar

_STRING_FORMATS: dict[str | None, Scalar] = {
    None: Scalar.STRING,
    "int64": Scalar.INT64,
    "uint64": Scalar.UINT64,
    "sint64": Scalar.INT64,
    "fixed64": Scalar.UINT64,
    "sfixed64": Scalar.INT64,
    "date-time": Scalar.TIMESTAMP,
    "duration": Scalar.DURATION,
    "bytes": Scalar.BYTES,
    "byte": Scalar.BYTES,
    "field-mask": Scalar.FIELD_MASK,
}
_INTEGER_FORMATS: dict[str | None, Scalar] = {
    None: Scalar.INT32,
    "int32": Scalar.INT32,
    "sint32": Scalar.INT32,
    "sfixed32": Scalar.INT32,
    "uint32": Scalar.UINT32,
    "fixed32": Scalar.UINT32,
    "int64": Scalar.INT64,
    "uint64": Scalar.UINT64,
}
_NUMBER_FORMATS: dict[str | None, Scalar] = {
    None: Scalar.DOUBLE,
    "double": Scalar.DOUBLE,
    "float": Scalar.FLOAT,
}
_SCALARS: dict[str, dict[str | None, Scalar]] = {
    "string": _STRING_FORMATS,
    "integer": _INTEGER_FORMATS,
    "number": _NUMBER_FORMATS,
    "boolean": {None: Scalar.BOOL},
}

_SIMPLE = re.compile(r"\*\*(?P<word>[a-z]+)\*\*(?:\s*\((?P<arg>[A-Za-z0-9_.-]+)\))?")
_REF = re.compile(r"\*\*\[(?P<name>[A-Za-z0-9_.]+)\]\(#(?P<anchor>[A-Za-z0-9_.]+)\)\*\*")
_MAP = re.compile(r"\*\*object\*\*\s*\(map<(?P<key>.+?),\s*(?P<value>.+)>\)")


@dataclass(frozen=True, slots=True)
class Notation:
    """A parsed notation; exactly one of scalar, anchor (message ref) or enum_name is set."""

    scalar: Scalar | None = None
    anchor: str | None = None  # anchor on the page, e.g. "yandex.cloud.backup.v1.Task2"
    enum_name: str | None = None
    map_key: Notation | None = None  # set for maps; the value is the rest of this notation


class NotationError(ValueError):
    pass


def parse_notation(text: str) -> Notation:
    text = text.strip()
    m = _MAP.fullmatch(text)
    if m:
        key = parse_notation(m.group("key"))
        value = parse_notation(m.group("value"))
        if key.scalar is None or key.map_key is not None or value.map_key is not None:
            raise NotationError(f"unsupported map notation {text!r}")
        return Notation(value.scalar, value.anchor, value.enum_name, map_key=key)
    m = _REF.fullmatch(text)
    if m:
        return Notation(anchor=m.group("anchor"))
    m = _SIMPLE.fullmatch(text)
    if m:
        word, arg = m.group("word"), m.group("arg")
        if word == "enum":
            if not arg:
                raise NotationError(f"enum notation without a name: {text!r}")
            return Notation(enum_name=arg)
        if word == "object":
            if arg is None:
                return Notation(scalar=Scalar.JSON)
        elif word in _SCALARS and arg in _SCALARS[word]:
            return Notation(scalar=_SCALARS[word][arg])
    raise NotationError(f"unknown type notation {text!r}")
