"""The fast paths of generated models give what the converters give: models filled slot by
slot equal models built by `__init__`, the inline JSON type checks of scalar fields agree
with the codec's converters on any JSON value, the inline enum encoding agrees with
`enum_to_json`, and timestamps decoded lazily raise DecodeError on first use."""

from __future__ import annotations

import dataclasses
import enum
import importlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.sdk_helpers import PKG, imported, models_module, sample_api, sample_message, write_sdk


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    api = sample_api()
    with imported(write_sdk([api], tmp_path_factory.mktemp("fast_sdk"))):
        yield models_module(api)


@pytest.fixture(scope="module")
def c(sample: ModuleType) -> ModuleType:
    """The generated SDK's own copy of the codec (its DecodeError is not ours)."""
    return importlib.import_module("ycrest._runtime._codec")


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(["0", "-1", "42", "9007199254740993", "1.5", "\u0661", " 1", "true"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=5,
)

# JSON name -> (attribute, the converter the inline check stands for: the full path).
SCALAR_FIELDS: dict[str, tuple[str, str]] = {
    "id": ("id", "string_from_json"),
    "updateMask": ("update_mask", "string_from_json"),
    "enabled": ("enabled", "bool_from_json"),
    "count": ("count", "int_from_json"),
    "size": ("size", "int_from_json"),
    "bigSize": ("big_size", "int_from_json"),
    "spec": ("spec", "json_from_json"),
}


def _outcome(c: ModuleType, decode: Callable[[], Any]) -> Any:
    try:
        value = decode()
    except c.DecodeError:
        return "DecodeError"
    return (type(value), value)


def test_models_filled_slot_by_slot_equal_models_built_by_init(sample: ModuleType) -> None:
    assert sample.Thing.from_json({}) == sample.Thing()
    thing = sample.Thing.from_json(sample_message(sample_api(), f"{PKG}.Thing"))
    fields = {f.name: getattr(thing, f.name) for f in dataclasses.fields(sample.Thing)}
    assert sample.Thing(**fields) == thing and repr(sample.Thing(**fields)) == repr(thing)
    assert fields["unknown_fields"] is None
    assert sample.Thing.from_json({"zz": 1}).unknown_fields == {"zz": 1}


@given(json_name=st.sampled_from(sorted(SCALAR_FIELDS)), value=json_values)
def test_inline_scalar_checks_agree_with_the_converters(
    sample: ModuleType, c: ModuleType, json_name: str, value: Any
) -> None:
    attribute, converter = SCALAR_FIELDS[json_name]
    full = _outcome(c, lambda: None if value is None else getattr(c, converter)(value))
    fast = _outcome(c, lambda: getattr(sample.Thing.from_json({json_name: value}), attribute))
    assert fast == full


class Foreign(enum.Enum):
    BIG = 1


@given(value=st.text(max_size=12) | st.sampled_from(["BIG", "SMALL", "_missing_"]))
def test_inline_enum_encoding_agrees_with_enum_to_json(
    sample: ModuleType, c: ModuleType, value: str
) -> None:
    for given_value in (sample.ThingKind.from_json(value), value):
        encoded = sample.Thing(type=given_value, kinds=[given_value]).to_json()
        assert encoded == {"type": value, "kinds": [value]}
        assert encoded["type"] == c.enum_to_json(given_value)
        assert type(encoded["type"]) is str


def test_enum_fields_still_encode_other_enums_through_the_converter(sample: ModuleType) -> None:
    assert sample.Thing(type=Foreign.BIG).to_json() == {"type": "1"}


def test_timestamps_decode_lazily_and_fail_on_first_use(sample: ModuleType, c: ModuleType) -> None:
    thing = sample.Thing.from_json({"from": "2024-02-30T00:00:00Z", "stamps": ["soon"]})
    with pytest.raises(c.DecodeError, match="2024-02-30"):
        _ = thing.from_.seconds
    with pytest.raises(c.DecodeError, match="2024-02-30"):
        thing.to_json()
    with pytest.raises(c.DecodeError, match="soon"):
        sample.Thing.from_json({"stamps": ["2024-05-01T10:00:00Z", "soon"]}).to_json()
    with pytest.raises(c.DecodeError, match="expected a JSON string"):
        sample.Thing.from_json({"from": 1714557600})
    good = sample.Thing.from_json({"from": "2024-05-01T13:00:00+03:00"})
    assert good.from_ == c.Timestamp(1714557600)
    assert good.to_json() == {"from": "2024-05-01T10:00:00Z"}
