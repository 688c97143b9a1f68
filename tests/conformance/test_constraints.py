"""Translating the SDK's validation options into the model's terms, and rendering both sides."""

from __future__ import annotations

import pytest

from generator.model import Constraints

from .constraints import sdk_constraints, stated


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("length", "<=50", Constraints(max_length=50)),
        ("length", "1-63", Constraints(min_length=1, max_length=63)),
        ("length", ">=3", Constraints(min_length=3)),
        ("length", ">0", Constraints(min_length=1)),
        ("length", "0-600", Constraints(min_length=0, max_length=600)),
        ("size", "<=64", Constraints(max_items=64)),
        ("size", "1-10", Constraints(min_items=1, max_items=10)),
        ("size", ">0", Constraints(min_items=1)),
        ("value", ">0", Constraints(exclusive_minimum=0)),
        ("value", "0-1000", Constraints(minimum=0, maximum=1000)),
        ("value", "<=10", Constraints(maximum=10)),
        ("value", ">=1", Constraints(minimum=1)),
        ("value", "1h-24h", Constraints(notes=["1h-24h"])),
        ("value", "0,1,3", Constraints(notes=["0,1,3"])),
        (
            "pattern",
            "|[a-z]([-a-z0-9]{0,61}[a-z0-9])?",
            Constraints(pattern="|[a-z]([-a-z0-9]{0,61}[a-z0-9])?"),
        ),
        ("unique", "True", Constraints(unique_items=True)),
        ("map_key.length", "1-63", Constraints(key_min_length=1, key_max_length=63)),
        ("map_key.pattern", "[a-z][-_0-9a-z]*", Constraints(key_pattern="[a-z][-_0-9a-z]*")),
        ("length", "about 5", Constraints(notes=["length about 5"])),
    ],
)
def test_sdk_options_translate(option: str, value: str, expected: Constraints) -> None:
    assert sdk_constraints({option: value}) == expected


def test_rendering_per_kind() -> None:
    c = Constraints(
        min_length=1,
        max_length=63,
        max_items=64,
        minimum=0.0,
        maximum=1000,
        exclusive_minimum=0,
        notes=["1s-24h"],
        pattern="[a-z]*",
        unique_items=True,
        key_max_length=63,
        key_pattern="[a-z]+",
    )
    assert stated(c) == {
        "length": "1-63",
        "size": "<=64",
        "value": "0-1000 >0 1s-24h",
        "pattern": "[a-z]*",
        "unique": "unique",
        "key-length": "<=63",
        "key-pattern": "[a-z]+",
    }
    assert stated(Constraints()) == {}
    assert stated(Constraints(min_items=1)) == {"size": ">=1"}


def test_docs_sentences_and_sdk_options_meet() -> None:
    from generator.parse.cells import parse_constraints

    docs = parse_constraints(
        "The maximum string length in characters for each value is 63. "
        "The string length in characters for each key must be 1-63. "
        "Each key must match the regular expression ` [a-z][-_0-9a-z]* `. "
        "Each value must match the regular expression ` [-_0-9a-z]* `."
    )
    docs.max_items = 64  # from the playground's maxProperties
    sdk = sdk_constraints(
        {
            "length": "<=63",
            "size": "<=64",
            "pattern": "[-_0-9a-z]*",
            "map_key.pattern": "[a-z][-_0-9a-z]*",
            "map_key.length": "1-63",
        }
    )
    assert stated(docs) == stated(sdk)
