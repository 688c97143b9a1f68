"""The runtime codec: proto3 JSON forms of the well-known and scalar types."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.sdk_runtime import _codec as c
from generator.sdk_runtime import _time


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01T10:00:00.123456789Z",
        "2024-05-01T10:00:00.123456Z",
        "2024-05-01T10:00:00.123Z",
        "2024-05-01T10:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "1969-12-31T23:59:59.000000001Z",
    ],
)
def test_timestamp_canonical_text_round_trips_byte_for_byte(text: str) -> None:
    assert c.Timestamp.from_json(text).to_json() == text


def test_timestamp_keeps_nanoseconds() -> None:
    ts = c.Timestamp.parse("2024-05-01T10:00:00.123456789Z")
    assert (ts.seconds, ts.nanos) == (1714557600, 123456789)
    assert ts.to_datetime() == dt.datetime(2024, 5, 1, 10, 0, 0, 123456, tzinfo=dt.UTC)


def test_timestamp_normalizes_offsets_and_fraction_digits() -> None:
    assert str(c.Timestamp.parse("2024-05-01T13:00:00.5+03:00")) == "2024-05-01T10:00:00.500Z"
    assert str(c.Timestamp.parse("2024-05-01t10:00:00.1234z")) == "2024-05-01T10:00:00.123400Z"


def test_timestamp_from_datetime() -> None:
    aware = dt.datetime(2024, 5, 1, 13, 0, 0, 250000, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert str(c.Timestamp.from_datetime(aware)) == "2024-05-01T10:00:00.250Z"
    assert str(c.Timestamp.from_datetime(dt.datetime(2024, 5, 1))) == "2024-05-01T00:00:00Z"


@pytest.mark.parametrize("bad", ["2024-05-01", "2024-13-01T00:00:00Z", "x", 5, None])
def test_timestamp_rejects_bad_input(bad: object) -> None:
    with pytest.raises(c.DecodeError):
        c.Timestamp.from_json(bad)


@given(st.integers(-62135596800, 253402300799), st.integers(0, 999_999_999), st.integers(0, 9))
def test_timestamp_fast_path_agrees_with_the_full_parse(
    seconds: int, nanos: int, digits: int
) -> None:
    # Any count of fraction digits; the second parse of an hour takes the cached fast path.
    nanos -= nanos % 10 ** (9 - digits)
    text = str(c.Timestamp(seconds, 0))[:-1] + (f".{nanos:09d}"[: digits + 1] if digits else "")
    text += "Z"
    _time._HOURS.clear()
    first = c.Timestamp.from_json(text)
    assert text[:14] in _time._HOURS
    with pytest.MonkeyPatch.context() as patch:  # the second parse must not need the full one
        patch.setattr(_time, "_parse_full", _full_parse_not_expected)
        assert c.Timestamp.from_json(text) == first == c.Timestamp(seconds, nanos)


def _full_parse_not_expected(text: str) -> tuple[int, int]:
    raise AssertionError(f"fast path not taken for {text!r}")


@pytest.mark.parametrize(
    "bad",
    [
        "2024-05-01T10:60:00Z",
        "2024-05-01T10:00:60Z",
        "2024-05-01T10:00:00.Z",
        "2024-05-01T10:00:00.1234567890Z",
        "2024-05-01T10:00:00.\u0661\u0662Z",  # digits of another script
        "2024-05-01T10:00:00.+1Z",
        "2024-05-01T10:00:00,5Z",
        "2024-05-01T10:00-00Z",
        "2024-05-01T10:00:00ZZ",
        "2024-05-01T10:Z",
    ],
)
def test_timestamp_fast_path_still_refuses_bad_text(bad: str) -> None:
    c.Timestamp.from_json("2024-05-01T10:00:00Z")  # the hour is cached now
    assert "2024-05-01T10:" in _time._HOURS
    with pytest.raises(c.DecodeError):
        c.Timestamp.from_json(bad)


def test_timestamp_hour_cache_stays_bounded() -> None:
    _time._HOURS.clear()
    for hours in range(_time._HOURS_CACHED + 10):
        c.Timestamp.from_json(str(c.Timestamp(hours * 3600)))
    assert 0 < len(_time._HOURS) <= _time._HOURS_CACHED


@given(st.integers(-62135596800, 253402300799), st.integers(0, 999_999_999))
def test_timestamp_text_round_trip(seconds: int, nanos: int) -> None:
    ts = c.Timestamp(seconds, nanos)
    assert c.Timestamp.parse(str(ts)) == ts


@pytest.mark.parametrize(
    ("text", "seconds", "nanos"),
    [("1.5s", 1, 500_000_000), ("-0.000000001s", 0, -1), ("0s", 0, 0), ("3600s", 3600, 0)],
)
def test_duration_parse(text: str, seconds: int, nanos: int) -> None:
    assert c.Duration.parse(text) == c.Duration(seconds, nanos)


@given(st.integers(-(10**18), 10**18))
def test_duration_text_round_trip(total: int) -> None:
    d = c.Duration.from_nanos(total)
    assert d.total_nanos() == total
    assert c.Duration.parse(str(d)) == d


def test_duration_timedelta() -> None:
    assert str(c.Duration.from_timedelta(dt.timedelta(minutes=-1, microseconds=1))) == (
        "-59.999999s"
    )
    assert c.Duration.parse("1.5s").to_timedelta() == dt.timedelta(seconds=1.5)
    for bad in ("1.5", "\u0661s", "1.\u0665s"):
        with pytest.raises(c.DecodeError):
            c.Duration.parse(bad)


def test_integers_accept_strings_and_numbers() -> None:
    assert c.int_from_json("-9223372036854775808") == -(2**63)
    assert c.int_from_json(18446744073709551615) == 2**64 - 1
    assert c.int_from_json(3.0) == 3
    assert c.int_from_json("42") == 42
    for bad in (True, "1.5", "", 1.5, None, "1_000", " 1", "+1", "\u0661\u0662", "\u00b2"):
        with pytest.raises(c.DecodeError):
            c.int_from_json(bad)


def test_floats_special_values() -> None:
    assert math.isnan(c.float_from_json("NaN"))
    assert c.float_from_json("-Infinity") == -math.inf
    assert c.float_from_json(2) == 2.0
    assert c.float_from_json("1.25") == 1.25
    assert c.float_to_json(math.nan) == "NaN"
    assert c.float_to_json(math.inf) == "Infinity"
    assert c.float_to_json(-math.inf) == "-Infinity"
    assert c.float_to_json(0.5) == 0.5


def test_bytes_accept_url_safe_and_unpadded() -> None:
    assert c.bytes_from_json("+/8=") == b"\xfb\xff"
    assert c.bytes_from_json("-_8") == b"\xfb\xff"
    assert c.bytes_to_json(b"\xfb\xff") == "+/8="
    with pytest.raises(c.DecodeError):
        c.bytes_from_json("not base64!")


class Color(c.OpenEnum):
    RED = "RED"


def test_open_enum_keeps_unknown_values() -> None:
    assert Color("RED") is Color.RED
    unknown = Color("ULTRAVIOLET")
    assert isinstance(unknown, Color)
    assert unknown == "ULTRAVIOLET"
    assert c.enum_to_json(unknown) == "ULTRAVIOLET"
    assert str(Color.RED) == "RED"


def test_open_enum_from_json() -> None:
    assert Color.from_json("RED") is Color.RED
    unknown = Color.from_json("ULTRAVIOLET")
    assert isinstance(unknown, Color) and unknown.value == "ULTRAVIOLET"
    assert c.enum_to_json(unknown) == "ULTRAVIOLET"
    for bad in (1, None, ["RED"]):
        with pytest.raises(c.DecodeError, match="Color: expected a JSON string"):
            Color.from_json(bad)


class Nothing(c.OpenEnum):
    """An enum class with no members (every value is one the SDK does not know)."""


def test_open_enum_without_members_decodes_and_re_encodes_any_string() -> None:
    value = Nothing.from_json("ANYTHING")
    assert isinstance(value, Nothing) and value == "ANYTHING"
    assert c.enum_to_json(value) == "ANYTHING"
    assert Nothing.from_json("ANYTHING") == value
    with pytest.raises(c.DecodeError):
        Nothing.from_json(7)


def test_check_oneof_names_the_fields() -> None:
    c.check_oneof("Thing", "source", {"image": None, "snapshot_id": "x"})
    with pytest.raises(c.OneofError, match="image and snapshot_id"):
        c.check_oneof("Thing", "source", {"image": object(), "snapshot_id": "x"})


def test_containers() -> None:
    assert c.list_from_json(None, c.int_from_json) is None
    assert c.list_from_json(["1", 2], c.int_from_json) == [1, 2]
    assert c.map_from_json({"1": "a"}, c.string_from_json, c.int_from_json) == {1: "a"}
    assert c.map_from_json({"true": 1}, c.int_from_json, c.bool_key_from_json) == {True: 1}
    with pytest.raises(c.DecodeError):
        c.list_from_json({"a": 1}, c.int_from_json)
    with pytest.raises(c.DecodeError):
        c.object_from_json([], "Thing")
