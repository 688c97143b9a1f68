"""Keyword arguments of generated methods that take the values people already have:
timestamps as aware `datetime`s, durations as `timedelta`s."""

from __future__ import annotations

import datetime as _dt
from typing import TypeAlias

from ._codec import Duration, Timestamp

TimestampLike: TypeAlias = Timestamp | _dt.datetime
DurationLike: TypeAlias = Duration | _dt.timedelta


class NaiveDatetimeError(ValueError):
    """A datetime without a time zone: the point in time it means is unknown."""


def as_timestamp(value: TimestampLike | None) -> Timestamp | None:
    """A Timestamp as is; an aware datetime converted (a naive one is an error)."""
    if value is None or isinstance(value, Timestamp):
        return value
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(
                f"{value.isoformat()} has no time zone; pass an aware datetime "
                "(e.g. datetime.now(timezone.utc)) or a Timestamp"
            )
        return Timestamp.from_datetime(value)
    raise TypeError(f"expected a Timestamp or a datetime, got {type(value).__name__}")


def as_duration(value: DurationLike | None) -> Duration | None:
    """A Duration as is; a timedelta converted."""
    if value is None or isinstance(value, Duration):
        return value
    if isinstance(value, _dt.timedelta):
        return Duration.from_timedelta(value)
    raise TypeError(f"expected a Duration or a timedelta, got {type(value).__name__}")
