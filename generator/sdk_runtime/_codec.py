"""The proto3 JSON mapping for generated models: value types and per-kind converters.

Generated `from_json`/`to_json` methods call these functions field by field; nothing here
inspects classes at run time. Decoders are lenient where proto3 JSON parsers are (int64 as
a string or a number, url-safe base64) and strict about the JSON type otherwise.
"""

from __future__ import annotations

import base64
import enum
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Self, TypeAlias, TypeVar, cast

from ._codec_errors import DecodeError, OneofError
from ._time import Duration, Timestamp, lazy_timestamp

__all__ = [
    "DecodeError",
    "Duration",
    "JsonValue",
    "OneofError",
    "OpenEnum",
    "Timestamp",
    "bool_from_json",
    "bool_key_from_json",
    "bytes_from_json",
    "bytes_to_json",
    "check_oneof",
    "enum_to_json",
    "float_from_json",
    "float_to_json",
    "int_from_json",
    "json_from_json",
    "lazy_timestamp",
    "list_from_json",
    "map_from_json",
    "object_from_json",
    "string_from_json",
    "unknown_fields",
]

JsonValue: TypeAlias = Any
"""Any JSON value (`google.protobuf.Struct`, `Value`, `Any`, or an object the docs leave open)."""

T = TypeVar("T")
K = TypeVar("K")


# --- containers ---------------------------------------------------------------------


def object_from_json(value: Any, type_name: str) -> Mapping[str, Any]:
    if type(value) is dict:  # what json.loads gives; the Mapping check is slower
        return value
    if not isinstance(value, Mapping):
        raise DecodeError(f"{type_name}: expected a JSON object, got {type(value).__name__}")
    return value


def unknown_fields(obj: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any] | None:
    """The members of a JSON object that are not among the `known` field names, or None."""
    if known.issuperset(obj):
        return None
    return {name: value for name, value in obj.items() if name not in known}


def list_from_json(value: Any, decode: Callable[[Any], T]) -> list[T] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise DecodeError(f"expected a JSON array, got {type(value).__name__}")
    return [decode(item) for item in value]


def map_from_json(
    value: Any, decode: Callable[[Any], T], key: Callable[[Any], K]
) -> dict[K, T] | None:
    """A JSON object whose keys are strings on the wire; `key` converts them (str, int, bool)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise DecodeError(f"expected a JSON object, got {type(value).__name__}")
    return {key(k): decode(v) for k, v in value.items()}


def check_oneof(type_name: str, group: str, fields: Mapping[str, object]) -> None:
    """Raise OneofError when more than one of `fields` (attribute name -> value) is set."""
    set_fields = [name for name, value in fields.items() if value is not None]
    if len(set_fields) > 1:
        raise OneofError(
            f"{type_name}: at most one of the fields {', '.join(fields)} (oneof {group!r}) may "
            f"be set, got {' and '.join(set_fields)}"
        )


# --- scalars -------------------------------------------------------------------------------


def string_from_json(value: Any) -> str:
    if not isinstance(value, str):
        raise DecodeError(f"expected a JSON string, got {type(value).__name__}")
    return value


def bool_from_json(value: Any) -> bool:
    if not isinstance(value, bool):
        raise DecodeError(f"expected a JSON boolean, got {type(value).__name__}")
    return value


def bool_key_from_json(value: Any) -> bool:
    """A map key of type bool: "true" or "false"."""
    if value in ("true", "false"):
        return bool(value == "true")
    raise DecodeError(f"expected a bool map key, got {value!r}")


def json_from_json(value: Any) -> JsonValue:
    return value


_INTEGER = re.compile(r"-?[0-9]+")


def int_from_json(value: Any) -> int:
    """Integers of any width: a JSON number, or a string of digits (int64 travels so)."""
    # Fast path first: a non-negative int64 in a string, as servers send ids and counters.
    # `isascii` keeps out digits of other scripts, which `int` would accept.
    if type(value) is str and value.isdigit() and value.isascii():
        return int(value)
    if isinstance(value, bool):
        raise DecodeError("expected an integer, got bool")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.fullmatch(value):
        return int(value)
    raise DecodeError(f"expected an integer, got {value!r}")


_SPECIAL_FLOATS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def float_from_json(value: Any) -> float:
    """A JSON number, or "NaN", "Infinity", "-Infinity", or a number in a string."""
    if isinstance(value, bool):
        raise DecodeError("expected a number, got bool")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        if value in _SPECIAL_FLOATS:
            return _SPECIAL_FLOATS[value]
        try:
            return float(value)
        except ValueError:
            pass
    raise DecodeError(f"expected a number, got {value!r}")


def float_to_json(value: float) -> float | str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def bytes_from_json(value: Any) -> bytes:
    """Standard or url-safe base64, padded right or not at all."""
    text = string_from_json(value)
    body = text.rstrip("=").replace("-", "+").replace("_", "/")
    padding = len(text) - len(body)
    if padding > 2 or (padding and (len(body) + padding) % 4):
        raise DecodeError("invalid base64: wrong padding")
    text = body + "=" * (-len(body) % 4)
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:  # binascii.Error, or a plain ValueError for non-ASCII text
        raise DecodeError(f"invalid base64: {exc}") from None


def bytes_to_json(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


# --- enums ---------------------------------------------------------------------------------


class OpenEnum(str, enum.Enum):
    """Base of generated enums. A value the SDK does not know (the server added it later)
    decodes to a pseudo-member carrying that value, and encodes back unchanged."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: Any) -> Self:
        """A JSON string: the member with that value, or a pseudo-member for an unknown one."""
        if type(value) is not str:
            raise DecodeError(f"{cls.__name__}: expected a JSON string, got {value!r}")
        # A known value is one dictionary look-up, not the Enum call machinery; an unknown
        # one goes straight to _missing_ (calling the class fails when it has no members).
        member = cls._value2member_map_.get(value) or cls._missing_(value)
        return cast(Self, member)


def enum_to_json(value: str) -> str:
    """An enum member's value; a plain string passes through."""
    return str(value.value) if isinstance(value, enum.Enum) else value
