"""`Timestamp` and `Duration`: the proto3 JSON forms of `google.protobuf.Timestamp` and
`Duration`, kept to the nanosecond.

Decoding a response is dominated by its timestamps, so models take them lazily
(`lazy_timestamp`): the wire text is kept and parsed, checked and converted on first use
(any attribute, comparison, `str` or `to_json`); an invalid text raises DecodeError then.
Once parsed, a text that is already in canonical form is written back as it came.
`Timestamp.from_json` stays eager: it checks at once.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Self

from ._codec_errors import DecodeError

_NANOS_PER_SECOND = 1_000_000_000


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
_CANONICAL_SIZES = frozenset({24, 27, 30})  # with 3, 6 or 9 fraction digits
_new_object = object.__new__
_set_slot = object.__setattr__  # Timestamp is frozen


@functools.lru_cache(maxsize=4096)
def _days_since_epoch(year: str, month: str, day: str) -> int:
    """Days from 1970-01-01 to a calendar date (checked); cached, as the timestamps of one
    response tend to share their dates."""
    return _dt.date(int(year), int(month), int(day)).toordinal() - _EPOCH_ORDINAL


@functools.lru_cache(maxsize=4096)
def _date_text(days: int) -> str:
    """`YYYY-MM-DD` of a day counted from 1970-01-01; cached like `_days_since_epoch`."""
    d = _dt.date.fromordinal(days + _EPOCH_ORDINAL)
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def parse_timestamp(text: str) -> tuple[int, int]:
    """(seconds, nanos) of an RFC 3339 text, checked; DecodeError when it is not one.

    Fast path: the form servers send, `YYYY-MM-DDTHH:MM:SS[.fraction]Z`, for a date and
    hour seen before (their seconds are cached); minute and second are checked by one
    look-up. Anything else takes the full parse."""
    if text[-1:] == "Z":
        hour = _HOURS.get(text[:14])
        clock = _CLOCK.get(text[14:19])
        if hour is not None and clock is not None:
            size = len(text)
            if size == 20:
                return hour + clock, 0
            digits = text[20:-1]
            if text[19] == "." and size <= 30 and digits.isdigit() and digits.isascii():
                return hour + clock, int(digits) * _FRACTION_SCALE[size - 21]
    return _parse_full(text)


def _parse_full(text: str) -> tuple[int, int]:
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
        if not _MIN_SECONDS <= seconds <= _MAX_SECONDS:
            raise DecodeError(f"timestamp out of range: {text!r}")
    return seconds, _nanos(fraction) if fraction else 0


def is_canonical(text: str) -> bool:
    """Whether a text that parses as a timestamp is also the one `str` would write: UTC
    `Z`, capital `T`, and a fraction of 3, 6 or 9 digits that cannot be shorter."""
    size = len(text)
    if text[-1:] != "Z" or text[10:11] != "T":
        return False
    return size == 20 or (size in _CANONICAL_SIZES and text[-4:-1] != "000")


def _format(seconds: int, nanos: int) -> str:
    days, seconds = divmod(seconds, 86400)
    hour, seconds = divmod(seconds, 3600)
    minute, second = divmod(seconds, 60)
    return f"{_date_text(days)}T{hour:02d}:{minute:02d}:{second:02d}{_fraction(nanos)}Z"


@dataclass(frozen=True, order=True)
class Timestamp:
    """A point in time with nanosecond precision (`google.protobuf.Timestamp`).

    On the wire an RFC 3339 string in UTC; fractions are written with 0, 3, 6 or 9 digits,
    as proto3 JSON does, so a value that came in that form goes out byte for byte the same.
    `datetime` keeps microseconds only: use `from_datetime`/`to_datetime` to convert."""

    # `seconds` and `nanos` are properties over these slots (set below the class). A
    # timestamp decoded by a model holds its wire text in `_seconds` until first use (one
    # slot to fill per decoded value); `_text` is the canonical text once known, which
    # `str` and `to_json` write.
    __slots__ = ("_nanos", "_seconds", "_text")

    seconds: int  # since 1970-01-01T00:00:00Z
    nanos: int = 0  # 0..999_999_999

    def __post_init__(self) -> None:
        if not 0 <= self.nanos < _NANOS_PER_SECOND:
            raise ValueError(f"Timestamp nanos out of range: {self.nanos}")
        if not _MIN_SECONDS <= self.seconds <= _MAX_SECONDS:
            raise ValueError(f"Timestamp out of range: {self.seconds}s")

    def __reduce__(self) -> tuple[type[Self], tuple[int, int]]:
        return type(self), (self.seconds, self.nanos)

    @classmethod
    def parse(cls, text: str) -> Self:
        return cls.from_json(text)

    @classmethod
    def from_json(cls, value: Any) -> Self:
        """An RFC 3339 string, checked now (DecodeError)."""
        if not isinstance(value, str):
            raise DecodeError(f"expected a JSON string, got {type(value).__name__}")
        seconds, nanos = parse_timestamp(value)
        # In range by construction, so `__post_init__` is skipped.
        timestamp = _new_object(cls)
        _set_slot(timestamp, "_seconds", seconds)
        _set_slot(timestamp, "_nanos", nanos)
        if is_canonical(value):
            _set_slot(timestamp, "_text", value)
        return timestamp

    def __str__(self) -> str:
        me: Any = self
        try:
            text: str = me._text
        except AttributeError:
            text = _first_text(me)
        return text

    to_json = __str__

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> Self:
        """A naive datetime is taken as UTC."""
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        delta = value - _EPOCH
        return cls(delta.days * 86400 + delta.seconds, value.microsecond * 1000)

    def to_datetime(self) -> _dt.datetime:
        """An aware UTC datetime; nanoseconds beyond the microsecond are dropped."""
        return _EPOCH + _dt.timedelta(seconds=self.seconds, microseconds=self.nanos // 1000)

    @classmethod
    def now(cls) -> Self:
        return cls.from_datetime(_dt.datetime.now(_dt.UTC))


def lazy_timestamp(value: Any) -> Timestamp:
    """A Timestamp for a model field: a JSON string kept as it came, parsed on first use."""
    if type(value) is not str:
        raise DecodeError(f"expected a JSON string, got {type(value).__name__}")
    timestamp = _new_object(Timestamp)
    _set_slot(timestamp, "_seconds", value)
    return timestamp


def _resolve(timestamp: Any) -> tuple[int, int]:
    """Parse the wire text of a lazy timestamp (DecodeError when it is not one); keep it
    as the text to write when it is canonical."""
    text: str = timestamp._seconds
    seconds, nanos = parse_timestamp(text)
    _set_slot(timestamp, "_nanos", nanos)
    _set_slot(timestamp, "_seconds", seconds)  # after nanos: a reader that sees an int
    if is_canonical(text):  # in `_seconds` sees both set
        _set_slot(timestamp, "_text", text)
    return seconds, nanos


def _first_text(timestamp: Any) -> str:
    """The canonical text of a timestamp that has none yet (parsing a lazy one first, which
    may find its wire text canonical), kept for the next `str`."""
    seconds, nanos = timestamp.seconds, timestamp.nanos
    text: str | None = getattr(timestamp, "_text", None)
    if text is None:
        text = _format(seconds, nanos)
        _set_slot(timestamp, "_text", text)
    return text


def _seconds(self: Any) -> int:
    value = self._seconds
    if type(value) is str:  # the wire text, not parsed yet
        return _resolve(self)[0]
    seconds: int = value
    return seconds


def _nanos_of(self: Any) -> int:
    if type(self._seconds) is str:
        return _resolve(self)[1]
    nanos: int = self._nanos
    return nanos


def _setter(slot: str) -> Any:
    def set_once(self: Any, value: int) -> None:  # by the dataclass __init__ only (frozen)
        if isinstance(value, str):  # a str in `_seconds` means "not parsed yet"
            raise TypeError(f"Timestamp {slot[1:]} must be an int, got str")
        _set_slot(self, slot, value)

    return set_once


# Set after the class: in its body a property would be taken for the field's default.
for _name, _property in (
    ("seconds", property(_seconds, _setter("_seconds"), doc="Since 1970-01-01T00:00:00Z.")),
    ("nanos", property(_nanos_of, _setter("_nanos"), doc="0..999_999_999.")),
):
    setattr(Timestamp, _name, _property)


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
        if not isinstance(value, str):
            raise DecodeError(f"expected a JSON string, got {type(value).__name__}")
        return cls.parse(value)

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
