"""Timestamp and Duration at their edges: offsets, the time of day's limits (hour 24, minute
60, leap seconds), the range of years, the fast path against the full parse, the canonical
form, and durations whose seconds and nanos disagree in sign."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.sdk_runtime._codec_errors import DecodeError
from generator.sdk_runtime._time import (
    Duration,
    Timestamp,
    _parse_full,
    is_canonical,
    lazy_timestamp,
    parse_timestamp,
)

MIN, MAX = -62135596800, 253402300799  # 0001-01-01T00:00:00Z, 9999-12-31T23:59:59Z


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2024-05-01T13:00:00+03:00", "2024-05-01T10:00:00Z"),
        ("2024-05-01T07:30:00-02:30", "2024-05-01T10:00:00Z"),
        ("2024-05-01T10:00:00+00:00", "2024-05-01T10:00:00Z"),
        ("2024-05-01T10:00:00-00:00", "2024-05-01T10:00:00Z"),
        ("2024-05-02T00:30:00+14:00", "2024-05-01T10:30:00Z"),  # the day before in UTC
        ("2024-04-30T23:00:00-11:00", "2024-05-01T10:00:00Z"),  # the day after in UTC
        ("2024-02-29T23:59:59.5-00:01", "2024-03-01T00:00:59.500Z"),
        ("0001-01-01T01:00:00+01:00", "0001-01-01T00:00:00Z"),
        ("9999-12-31T22:59:59-01:00", "9999-12-31T23:59:59Z"),
    ],
)
def test_offsets_are_taken_off_to_utc(text: str, utc: str) -> None:
    assert str(Timestamp.parse(text)) == utc
    assert str(lazy_timestamp(text)) == utc
    assert not is_canonical(text)


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01T00:59:59+01:00",  # before year 1 once the offset is taken off
        "9999-12-31T23:00:00-01:00",  # after year 9999
        "2024-05-01T24:00:00Z",  # hour 24 (RFC 3339 has none)
        "2024-05-01T23:60:00Z",
        "2024-05-01T23:59:60Z",  # a leap second: datetime refuses it too
        "2023-02-29T00:00:00Z",
        "2024-00-01T00:00:00Z",
        "2024-05-00T00:00:00Z",
        "2024-05-01T10:00:00",  # no zone
        "2024-05-01T10:00:00+0300",
        "2024-05-01 10:00:00Z",
        "2024-05-01T10:00:00.Z",
        "2024-05-01T10:00:00.1234567890Z",  # ten fraction digits
        "2024-05-01T10:00:00\u0661Z",  # a digit of another script
    ],
)
def test_timestamps_that_are_not_rfc_3339_or_out_of_range_are_refused(text: str) -> None:
    with pytest.raises(DecodeError):
        Timestamp.parse(text)
    with pytest.raises(DecodeError):
        lazy_timestamp(text).seconds  # noqa: B018 - the first use parses


def test_the_range_is_year_1_to_9999_inclusive() -> None:
    assert Timestamp.parse("0001-01-01T00:00:00Z").seconds == MIN
    assert Timestamp.parse("9999-12-31T23:59:59.999999999Z") == Timestamp(MAX, 999_999_999)
    for seconds, nanos in ((MIN - 1, 0), (MAX + 1, 0), (0, -1), (0, 1_000_000_000)):
        with pytest.raises(ValueError):
            Timestamp(seconds, nanos)
    assert Timestamp(MIN, 0) < Timestamp(MAX, 999_999_999)


@pytest.mark.parametrize("digits", range(1, 10))
def test_the_fast_path_agrees_with_the_full_parse(digits: int) -> None:
    base = "2031-07-04T05:"
    _parse_full(base + "00:00Z")  # the full parse caches the date and hour
    for clock in ("00:00", "59:59", "07:08"):
        text = f"{base}{clock}.{'123456789'[:digits]}Z"
        assert parse_timestamp(text) == _parse_full(text)
    assert parse_timestamp(f"{base}07:08Z") == _parse_full(f"{base}07:08Z")
    for bad in (f"{base}60:00Z", f"{base}00:60Z", f"{base}00:00.x1Z", f"{base}00:00,5Z"):
        with pytest.raises(DecodeError):
            parse_timestamp(bad)


def test_a_lowercase_t_parses_but_seeds_no_fast_path_entry() -> None:
    assert parse_timestamp("2032-01-02t03:04:05Z") == _parse_full("2032-01-02T03:04:05Z")
    # The cache is keyed by the canonical spelling: a lowercase text never answers for it.
    assert parse_timestamp("2032-01-02T03:04:05.5Z") == (
        _parse_full("2032-01-02T03:04:05Z")[0],
        500_000_000,
    )


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2024-05-01T10:00:00Z", True),
        ("2024-05-01T10:00:00.100Z", True),
        ("2024-05-01T10:00:00.000100Z", True),
        ("2024-05-01T10:00:00.000000001Z", True),
        ("2024-05-01T10:00:00.000Z", False),  # would be written without a fraction
        ("2024-05-01T10:00:00.123000Z", False),  # would be written with 3 digits
        ("2024-05-01T10:00:00.123456000Z", False),
        ("2024-05-01T10:00:00.1Z", False),
        ("2024-05-01T10:00:00.1234Z", False),
        ("2024-05-01T10:00:00z", False),
        ("2024-05-01t10:00:00Z", False),
        ("2024-05-01T10:00:00+00:00", False),
    ],
)
def test_canonical_texts_are_those_written_back(text: str, canonical: bool) -> None:
    assert is_canonical(text) is canonical
    assert (str(Timestamp.parse(text)) == text) is canonical


@pytest.mark.parametrize(
    ("nanos", "written"),
    [(1, ".000000001"), (1_000, ".000001"), (1_000_000, ".001"), (120_000_000, ".120")],
)
def test_fractions_are_written_with_3_6_or_9_digits(nanos: int, written: str) -> None:
    assert str(Timestamp(0, nanos)) == f"1970-01-01T00:00:00{written}Z"


def test_datetimes_convert_at_the_microsecond() -> None:
    aware = dt.datetime(2024, 5, 1, 13, 0, 0, 250, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert str(Timestamp.from_datetime(aware)) == "2024-05-01T10:00:00.000250Z"
    naive = dt.datetime(2024, 5, 1, 10, 0, 0)
    assert Timestamp.from_datetime(naive) == Timestamp.parse("2024-05-01T10:00:00Z")
    assert Timestamp(0, 1_999).to_datetime() == dt.datetime(1970, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC)


# ---- Duration ------------------------------------------------------------------------


@pytest.mark.parametrize(("seconds", "nanos"), [(1, -1), (-1, 1), (5, -999_999_999)])
def test_durations_with_seconds_and_nanos_of_opposite_signs_are_refused(
    seconds: int, nanos: int
) -> None:
    with pytest.raises(ValueError, match="same sign"):
        Duration(seconds, nanos)


@pytest.mark.parametrize("nanos", [1_000_000_000, -1_000_000_000])
def test_duration_nanos_stay_below_a_second(nanos: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        Duration(0, nanos)


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (Duration(0, -5), "-0.000000005s"),  # negative with zero seconds: the sign is the nanos'
        (Duration(0, 5), "0.000000005s"),
        (Duration(-1, -500_000_000), "-1.500s"),
        (Duration(-3, 0), "-3s"),
        (Duration(0, 0), "0s"),
        (Duration(315_576_000_000, 999_999_999), "315576000000.999999999s"),
    ],
)
def test_durations_are_written_with_one_sign(duration: Duration, text: str) -> None:
    assert str(duration) == duration.to_json() == text
    assert Duration.parse(text) == duration


@pytest.mark.parametrize("text", ["1.5", "+1s", "1.0000000001s", "--1s", "1.s", "-s", " 1s"])
def test_durations_that_are_not_proto3_json_are_refused(text: str) -> None:
    with pytest.raises(DecodeError):
        Duration.parse(text)


def test_duration_conversions_round_towards_zero() -> None:
    assert Duration.from_nanos(-1_500_000_001) == Duration(-1, -500_000_001)
    assert Duration.from_nanos(-1).total_nanos() == -1
    assert Duration(0, -1_500).to_timedelta() == dt.timedelta(microseconds=-1)
    assert Duration(0, 1_500).to_timedelta() == dt.timedelta(microseconds=1)
    assert Duration.from_timedelta(dt.timedelta(days=-1, seconds=1)) == Duration(-86399, 0)
    with pytest.raises(DecodeError):
        Duration.from_json(1.5)


# ---- what the errors say -----------------------------------------------------------------


def test_errors_name_the_value_and_what_was_expected() -> None:
    with pytest.raises(ValueError, match=r"^Timestamp out of range: 253402300800s$"):
        Timestamp(MAX + 1)
    with pytest.raises(ValueError, match=r"^Timestamp nanos out of range: -1$"):
        Timestamp(0, -1)
    for decode in (Timestamp.from_json, lazy_timestamp, Duration.from_json):
        with pytest.raises(DecodeError, match=r"^expected a JSON string, got int$"):
            decode(5)
    with pytest.raises(DecodeError, match=r"^not a duration: '1\.5'$"):
        Duration.parse("1.5")
    with pytest.raises(ValueError, match=r"^Duration seconds and nanos must have the same sign$"):
        Duration(1, -1)
    with pytest.raises(DecodeError, match=r"^not an RFC 3339 timestamp: 'x'$"):
        Timestamp.parse("x")


def test_the_text_written_once_is_kept_for_the_next_time() -> None:
    built = Timestamp(0, 5)
    first, second = str(built), str(built)
    assert first == second == built.to_json() == "1970-01-01T00:00:00.000000005Z"
    lazy = lazy_timestamp("2024-05-01T13:00:00+03:00")
    first, second = str(lazy), str(lazy)
    assert first == second == "2024-05-01T10:00:00Z"


def test_from_json_and_now() -> None:
    assert Duration.from_json("-1.5s") == Duration(-1, -500_000_000)
    before = dt.datetime.now(dt.UTC)
    now = Timestamp.now()
    after = dt.datetime.now(dt.UTC)
    assert before - dt.timedelta(microseconds=1) <= now.to_datetime() <= after
