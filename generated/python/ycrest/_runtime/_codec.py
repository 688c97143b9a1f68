"""The proto3 JSON mapping for generated models: value types and per-kind converters.

Generated `from_json`/`to_json` methods call these functions field by field; nothing here
inspects classes at run time. Decoders are lenient where proto3 JSON parsers are (int64 as
a string or a number, url-safe base64) and strict about the JSON type otherwise.
"""

from __future__ import annotations

import base64
import datetime as _dt
import enum
import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Self, TypeAlias, TypeVar, cast

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
    "list_from_json",
    "map_from_json",
    "object_from_json",
    "string_from_json",
]

JsonValue: TypeAlias = Any
"""Any JSON value (`google.protobuf.Struct`, `Value`, `Any`, or an object the docs leave open)."""

T = TypeVar("T")
K = TypeVar("K")

_NANOS_PER_SECOND = 1_000_000_000


class DecodeError(ValueError):
    """A JSON value does not fit the type the docs give it."""


class OneofError(ValueError):
    """More than one field of a oneof group is set."""


# --- containers ---------------------------------------------------------------------


def object_from_json(value: Any, type_name: str) -> Mapping[str, Any]:
    if type(value) is dict:  # what json.loads gives; the Mapping check is slower
        return value
    if not isinstance(value, Mapping):
        raise DecodeError(f"{type_name}: expected a JSON object, got {type(value).__name__}")
    return value


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
        # A known value is one dictionary look-up, not the Enum call machinery.
        member = cls._value2member_map_.get(value)
        return cast(Self, member) if member is not None else cls(value)


def enum_to_json(value: str) -> str:
    """An enum member's value; a plain string passes through."""
    return str(value.value) if isinstance(value, enum.Enum) else value


# --- well-known types ----------------------------------------------------------------------


def _fraction(nanos: int) -> str:
    """Proto3 JSON spelling of a fraction of a second: 0, 3, 6 or 9 digits."""
    if nanos == 0:
        return ""
    if nanos % 1_000_000 == 0:
        return f".{nanos // 1_000_000:03d}"
    if nanos % 1_000 == 0:
        return f".{nanos // 1_000:06d}"
    return f".{nanos:09d}"


def _nanos(digits: str) -> int:
    return int((digits + "000000000")[:9]) if digits else 0


_TIMESTAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))",
    re.ASCII,  # `\d` would also take the digits of other scripts
)
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
_EPOCH_ORDINAL = _EPOCH.toordinal()
_MIN_SECONDS = -62135596800  # 0001-01-01T00:00:00Z
_MAX_SECONDS = 253402300799  # 9999-12-31T23:59:59Z


# "YYYY-MM-DDTHH:" -> seconds since the epoch at the start of that hour (UTC wall clock):
# filled by the full parse, read by the fast path. The timestamps of one response mostly
# share their dates and hours. Cleared when full, so it stays small.
_HOURS: dict[str, int] = {}
_HOURS_CACHED = 4096
_CLOCK = {f"{m:02d}:{s:02d}": m * 60 + s for m in range(60) for s in range(60)}  # "MM:SS"
_FRACTION_SCALE = tuple(10 ** (9 - digits) for digits in range(10))
_new_object = object.__new__
_set_attribute = object.__setattr__  # Timestamp is frozen


@functools.lru_cache(maxsize=4096)
def _days_since_epoch(year: str, month: str, day: str) -> int:
    """Days from 1970-01-01 to a calendar date (checked); cached, as the timestamps of one
    response tend to share their dates."""
    return _dt.date(int(year), int(month), int(day)).toordinal() - _EPOCH_ORDINAL


@dataclass(frozen=True, slots=True, order=True)
class Timestamp:
    """A point in time with nanosecond precision (`google.protobuf.Timestamp`).

    On the wire an RFC 3339 string in UTC; fractions are written with 0, 3, 6 or 9 digits,
    as proto3 JSON does, so a value that came in that form goes out byte for byte the same.
    `datetime` keeps microseconds only: use `from_datetime`/`to_datetime` to convert."""

    seconds: int  # since 1970-01-01T00:00:00Z
    nanos: int = 0  # 0..999_999_999

    def __post_init__(self) -> None:
        if not 0 <= self.nanos < _NANOS_PER_SECOND:
            raise ValueError(f"Timestamp nanos out of range: {self.nanos}")
        if not _MIN_SECONDS <= self.seconds <= _MAX_SECONDS:
            raise ValueError(f"Timestamp out of range: {self.seconds}s")

    @classmethod
    def parse(cls, text: str) -> Self:
        return cls.from_json(text)

    @classmethod
    def from_json(cls, value: Any) -> Self:
        # Fast path: the form servers send, `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, for a date
        # and hour seen before (their seconds are cached); minute and second are checked by
        # one look-up. Anything else takes the full parse.
        if type(value) is str and value[-1:] == "Z":
            hour = _HOURS.get(value[:14])
            clock = _CLOCK.get(value[14:19])
            if hour is not None and clock is not None:
                size = len(value)
                digits = value[20:-1]
                if size == 20:
                    nanos = 0
                elif value[19] == "." and size <= 30 and digits.isdigit() and digits.isascii():
                    nanos = int(digits) * _FRACTION_SCALE[size - 21]
                else:
                    return cls._parse(value)
                # In range by construction, so `__post_init__` is skipped.
                timestamp = _new_object(cls)
                _set_attribute(timestamp, "seconds", hour + clock)
                _set_attribute(timestamp, "nanos", nanos)
                return timestamp
        if not isinstance(value, str):
            raise DecodeError(f"expected a JSON string, got {type(value).__name__}")
        return cls._parse(value)

    @classmethod
    def _parse(cls, text: str) -> Self:
        match = _TIMESTAMP.fullmatch(text)
        if match is None:
            raise DecodeError(f"not an RFC 3339 timestamp: {text!r}")
        year, month, day, hour, minute, second, fraction, _, sign, off_h, off_m = match.groups()
        try:
            # date.toordinal checks the calendar; the time of day is checked here, as
            # datetime would (a leap second, :60, is refused).
            days = _days_since_epoch(year, month, day)
            h, m, s = int(hour), int(minute), int(second)
            if h > 23 or m > 59 or s > 59:
                _dt.time(h, m, s)  # raises ValueError naming the field
        except ValueError as exc:
            raise DecodeError(f"not an RFC 3339 timestamp: {text!r}: {exc}") from None
        seconds = days * 86400 + h * 3600 + m * 60 + s
        if text[10] == "T":
            if len(_HOURS) >= _HOURS_CACHED:
                _HOURS.clear()
            _HOURS[text[:14]] = days * 86400 + h * 3600
        if sign:
            offset = int(off_h) * 3600 + int(off_m) * 60
            seconds -= offset if sign == "+" else -offset
        return cls(seconds, _nanos(fraction) if fraction else 0)

    def to_json(self) -> str:
        return str(self)

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> Self:
        """A naive datetime is taken as UTC."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return cls(_seconds_since_epoch(value), value.microsecond * 1000)

    def to_datetime(self) -> _dt.datetime:
        """An aware UTC datetime; nanoseconds beyond the microsecond are dropped."""
        return _EPOCH + _dt.timedelta(seconds=self.seconds, microseconds=self.nanos // 1000)

    @classmethod
    def now(cls) -> Self:
        return cls.from_datetime(_dt.datetime.now(_dt.UTC))

    def __str__(self) -> str:
        days, seconds = divmod(self.seconds, 86400)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return f"{_date_text(days)}T{hour:02d}:{minute:02d}:{second:02d}{_fraction(self.nanos)}Z"


@functools.lru_cache(maxsize=4096)
def _date_text(days: int) -> str:
    """`YYYY-MM-DD` of a day counted from 1970-01-01; cached like `_days_since_epoch`."""
    d = _dt.date.fromordinal(days + _EPOCH_ORDINAL)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _seconds_since_epoch(value: _dt.datetime) -> int:
    delta = value - _EPOCH
    return delta.days * 86400 + delta.seconds


_DURATION = re.compile(r"(-)?(\d+)(?:\.(\d{1,9}))?s", re.ASCII)


@dataclass(frozen=True, slots=True, order=True)
class Duration:
    """A signed span of time with nanosecond precision (`google.protobuf.Duration`).

    On the wire a string of seconds with an `s` suffix: `"1.5s"`, `"-0.000000001s"`.
    Seconds and nanos carry the same sign. Convert with `from_timedelta`/`to_timedelta`."""

    seconds: int
    nanos: int = 0  # -999_999_999..999_999_999, same sign as seconds

    def __post_init__(self) -> None:
        if not -_NANOS_PER_SECOND < self.nanos < _NANOS_PER_SECOND:
            raise ValueError(f"Duration nanos out of range: {self.nanos}")
        if (self.seconds > 0 and self.nanos < 0) or (self.seconds < 0 and self.nanos > 0):
            raise ValueError("Duration seconds and nanos must have the same sign")

    @classmethod
    def parse(cls, text: str) -> Self:
        match = _DURATION.fullmatch(text)
        if match is None:
            raise DecodeError(f"not a duration: {text!r}")
        sign = -1 if match.group(1) else 1
        return cls(sign * int(match.group(2)), sign * _nanos(match.group(3) or ""))

    @classmethod
    def from_json(cls, value: Any) -> Self:
        return cls.parse(string_from_json(value))

    def to_json(self) -> str:
        return str(self)

    @classmethod
    def from_nanos(cls, total: int) -> Self:
        sign = -1 if total < 0 else 1
        seconds, nanos = divmod(abs(total), _NANOS_PER_SECOND)
        return cls(sign * seconds, sign * nanos)

    def total_nanos(self) -> int:
        return self.seconds * _NANOS_PER_SECOND + self.nanos

    @classmethod
    def from_timedelta(cls, value: _dt.timedelta) -> Self:
        micros = (value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds
        return cls.from_nanos(micros * 1000)

    def to_timedelta(self) -> _dt.timedelta:
        """Nanoseconds beyond the microsecond are dropped (towards zero)."""
        total = self.total_nanos()
        micros = abs(total) // 1000
        return _dt.timedelta(microseconds=micros if total >= 0 else -micros)

    def __str__(self) -> str:
        sign = "-" if self.seconds < 0 or self.nanos < 0 else ""
        return f"{sign}{abs(self.seconds)}{_fraction(abs(self.nanos))}s"
