"""The runtime codec's converters at their edges, and what their errors say (a DecodeError's
message is what a user sees when a response does not decode)."""

from __future__ import annotations

import math
from types import MappingProxyType

import pytest

from generator.sdk_runtime import _codec as c


class Color(c.OpenEnum):
    RED = "RED"


def test_objects_and_unknown_fields() -> None:
    plain = {"a": 1}
    assert c.object_from_json(plain, "Task") is plain
    proxy = MappingProxyType({"a": 1})
    assert c.object_from_json(proxy, "Task") is proxy
    with pytest.raises(c.DecodeError, match=r"^Task: expected a JSON object, got list$"):
        c.object_from_json([], "Task")
    assert c.unknown_fields({"a": 1}, frozenset({"a", "b"})) is None
    assert c.unknown_fields({"a": 1, "z": [2]}, frozenset({"a"})) == {"z": [2]}


def test_containers() -> None:
    assert c.list_from_json(None, int) is None
    assert c.list_from_json(["1", 2], c.int_from_json) == [1, 2]
    with pytest.raises(c.DecodeError, match=r"^expected a JSON array, got dict$"):
        c.list_from_json({}, int)
    assert c.map_from_json(None, int, str) is None
    assert c.map_from_json({"true": "7"}, c.int_from_json, c.bool_key_from_json) == {True: 7}
    with pytest.raises(c.DecodeError, match=r"^expected a JSON object, got list$"):
        c.map_from_json([], int, str)


def test_oneof_message_names_the_group_and_what_was_set() -> None:
    c.check_oneof("Spec", "kind", {"a": None, "b": 1, "c": None})
    with pytest.raises(
        c.OneofError,
        match=r"^Spec: at most one of the fields a, b, c \(oneof 'kind'\) may be set, got a and c$",
    ):
        c.check_oneof("Spec", "kind", {"a": "", "b": None, "c": 0})


def test_strings_and_booleans() -> None:
    assert c.string_from_json("") == ""
    with pytest.raises(c.DecodeError, match=r"^expected a JSON string, got int$"):
        c.string_from_json(1)
    assert c.bool_from_json(False) is False
    with pytest.raises(c.DecodeError, match=r"^expected a JSON boolean, got int$"):
        c.bool_from_json(1)
    assert c.bool_key_from_json("true") is True
    assert c.bool_key_from_json("false") is False
    with pytest.raises(c.DecodeError, match=r"^expected a bool map key, got 'False'$"):
        c.bool_key_from_json("False")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", 0), ("-12", -12), (7, 7), (5.0, 5), ("18446744073709551615", 2**64 - 1)],
)
def test_integers(value: object, expected: int) -> None:
    assert c.int_from_json(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "expected an integer, got bool"),
        (5.5, "expected an integer, got 5.5"),
        ("\u0663", "expected an integer, got '\u0663'"),  # a digit of another script
        ("1e3", "expected an integer, got '1e3'"),
        (None, "expected an integer, got None"),
    ],
)
def test_not_integers(value: object, message: str) -> None:
    with pytest.raises(c.DecodeError) as caught:
        c.int_from_json(value)
    assert str(caught.value) == message


def test_floats() -> None:
    assert c.float_from_json("1e3") == 1000.0
    assert c.float_from_json(3) == 3.0 and type(c.float_from_json(3)) is float
    assert math.isnan(c.float_from_json("NaN"))
    assert c.float_from_json("-Infinity") == -math.inf
    for bad, message in (
        (True, "expected a number, got bool"),
        ("x", "expected a number, got 'x'"),
    ):
        with pytest.raises(c.DecodeError) as caught:
            c.float_from_json(bad)
        assert str(caught.value) == message
    assert c.float_to_json(math.inf) == "Infinity"
    assert c.float_to_json(-math.inf) == "-Infinity"
    assert c.float_to_json(math.nan) == "NaN"
    assert c.float_to_json(0.5) == 0.5


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("YQ==", b"a"),
        ("YQ", b"a"),  # padding left out
        ("YWI=", b"ab"),
        ("YWI", b"ab"),
        ("YWJj", b"abc"),
        ("AAAX", b"\x00\x00\x17"),  # only "=" is padding
        ("-_8=", b"\xfb\xff"),  # url-safe
        ("+/8", b"\xfb\xff"),
        ("", b""),
    ],
)
def test_base64_standard_or_url_safe_padded_or_not(text: str, data: bytes) -> None:
    assert c.bytes_from_json(text) == data


@pytest.mark.parametrize("text", ["YQ=", "Y===", "YQ===", "YWI==", "="])
def test_base64_with_wrong_padding(text: str) -> None:
    with pytest.raises(c.DecodeError) as caught:
        c.bytes_from_json(text)
    assert str(caught.value) == "invalid base64: wrong padding"


@pytest.mark.parametrize("text", ["=YQ", "Y Q=", "YQ==\n", "Y*Q=", "é"])
def test_base64_with_foreign_characters(text: str) -> None:
    with pytest.raises(c.DecodeError, match=r"^invalid base64: "):
        c.bytes_from_json(text)


def test_bytes_encode_as_standard_padded_base64() -> None:
    assert c.bytes_to_json(b"\xfb\xff") == "+/8="
    assert c.bytes_to_json(b"") == ""


def test_open_enums_keep_values_they_do_not_know() -> None:
    known, unknown = Color.from_json("RED"), Color.from_json("PURPLE")
    assert known is Color.RED
    assert (unknown.name, unknown.value, str(unknown)) == ("PURPLE", "PURPLE", "PURPLE")
    assert isinstance(unknown, Color)
    with pytest.raises(c.DecodeError, match=r"^Color: expected a JSON string, got 5$"):
        Color.from_json(5)
    with pytest.raises(ValueError):
        Color(5)
    for member in (known, unknown):
        written = c.enum_to_json(member)
        assert type(written) is str and written == member.value
    assert c.enum_to_json("AS_IS") == "AS_IS"
