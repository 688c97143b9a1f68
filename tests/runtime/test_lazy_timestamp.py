"""Timestamps as models decode them: the wire text kept and parsed on first use, the same
value as the eager `Timestamp.from_json` in every observable way, and canonical text
written back unchanged."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.sdk_runtime import _time
from generator.sdk_runtime._codec import DecodeError, Timestamp, lazy_timestamp

TEXT = "2024-05-01T10:00:00.123456789Z"


def _observed(ts: Timestamp) -> tuple[int, int, str, str, str, int]:
    return (ts.seconds, ts.nanos, str(ts), ts.to_json(), repr(ts), hash(ts))


def _outcome(make: object, text: str) -> object:
    try:
        return _observed(make(text))  # type: ignore[operator]
    except DecodeError:
        return DecodeError


def test_lazy_timestamp_is_parsed_on_first_use() -> None:
    ts = lazy_timestamp(TEXT)
    assert object.__getattribute__(ts, "_seconds") is TEXT  # nothing parsed yet
    assert ts.nanos == 123456789
    assert object.__getattribute__(ts, "_seconds") == 1714557600
    assert ts == Timestamp.from_json(TEXT) == Timestamp(1714557600, 123456789)
    assert isinstance(ts, Timestamp) and type(ts) is Timestamp


def test_lazy_timestamp_writes_canonical_text_back_as_it_came() -> None:
    assert lazy_timestamp(TEXT).to_json() is TEXT
    assert Timestamp.from_json(TEXT).to_json() is TEXT
    assert lazy_timestamp("2024-05-01T13:00:00.5+03:00").to_json() == "2024-05-01T10:00:00.500Z"
    assert lazy_timestamp("2024-05-01T10:00:00.120000Z").to_json() == "2024-05-01T10:00:00.120Z"
    assert lazy_timestamp("2024-05-01T10:00:00.000Z").to_json() == "2024-05-01T10:00:00Z"


@pytest.mark.parametrize(
    "bad", ["2024-05-01", "2024-13-01T00:00:00Z", "x", "", "0001-01-01T00:00:00+01:00"]
)
def test_lazy_timestamp_raises_decode_error_on_first_use(bad: str) -> None:
    ts = lazy_timestamp(bad)  # decoding a model does not look at the text
    for use in (
        lambda: ts.seconds,
        lambda: ts.nanos,
        ts.to_json,
        lambda: str(ts),
        lambda: repr(ts),
    ):
        with pytest.raises(DecodeError, match="timestamp"):
            use()
    with pytest.raises(DecodeError):
        _ = ts == Timestamp(0)
    with pytest.raises(DecodeError):
        Timestamp.from_json(bad)  # the eager parse refuses it at once


@pytest.mark.parametrize("bad", [5, None, ["2024-05-01T10:00:00Z"], {"seconds": 1}])
def test_lazy_timestamp_refuses_what_is_not_a_string_at_once(bad: object) -> None:
    with pytest.raises(DecodeError, match="expected a JSON string"):
        lazy_timestamp(bad)


def test_timestamp_is_still_a_frozen_ordered_dataclass() -> None:
    lazy, eager = lazy_timestamp(TEXT), Timestamp(1714557600, 123456789)
    assert [f.name for f in dataclasses.fields(Timestamp)] == ["seconds", "nanos"]
    assert dataclasses.asdict(lazy) == {"seconds": 1714557600, "nanos": 123456789}
    assert dataclasses.replace(lazy, nanos=0) == Timestamp(1714557600)
    assert repr(lazy) == "Timestamp(seconds=1714557600, nanos=123456789)"
    assert lazy_timestamp("2024-05-01T10:00:00Z") < lazy < Timestamp(1714557601)
    assert {lazy, eager} == {eager}
    with pytest.raises(dataclasses.FrozenInstanceError):
        lazy.seconds = 1  # type: ignore[misc]
    with pytest.raises(ValueError, match="nanos out of range"):
        Timestamp(0, -1)
    with pytest.raises(TypeError, match="seconds must be an int"):
        Timestamp("2024-05-01T10:00:00Z")  # type: ignore[arg-type]
    match lazy:
        case Timestamp(seconds, nanos):
            assert (seconds, nanos) == (1714557600, 123456789)
    for clone in (pickle.loads(pickle.dumps(lazy)), copy.copy(lazy), copy.deepcopy(lazy)):
        assert clone == eager and clone.to_json() == TEXT


def _rfc3339(draw: st.DrawFn) -> str:
    seconds = draw(st.integers(-62135596800 + 86400, 253402300799 - 86400))
    base = _time._format(seconds, 0)[:-1]
    digits = draw(st.integers(0, 9))
    fraction = "".join(
        draw(st.lists(st.sampled_from("0123456789"), min_size=digits, max_size=digits))
    )
    zone = draw(st.sampled_from(["Z", "z", "+00:00", "-03:30", "+14:00"]))
    t = draw(st.sampled_from(["T", "t"]))
    return base[:10] + t + base[11:] + (f".{fraction}" if digits else "") + zone


rfc3339 = st.composite(_rfc3339)()
# Texts near the valid ones: each a valid text with one character changed, dropped or added.
mutated = st.tuples(
    rfc3339, st.integers(0, 40), st.sampled_from(list("0159:.-+TZz \u0661")), st.integers(0, 2)
).map(lambda t: t[0][: t[1]] + (t[2] if t[3] else "") + t[0][t[1] + (t[3] != 2) :])


@given(st.one_of(rfc3339, mutated, st.text(max_size=40)))
def test_lazy_and_eager_timestamps_agree(text: str) -> None:
    # Each text twice: the first full parse fills the hour cache the fast path reads.
    for _ in range(2):
        assert _outcome(lazy_timestamp, text) == _outcome(Timestamp.from_json, text)


@given(rfc3339)
def test_is_canonical_means_written_back_unchanged(text: str) -> None:
    assert _time.is_canonical(text) == (str(Timestamp(*_time.parse_timestamp(text))) == text)
