"""Units of the stub runtime: routing of custom verbs and encoded slashes, pattern examples,
the validator's paths, and the pattern clean-up of the renderer."""

from __future__ import annotations

import random

import pytest

from generator.sdk_runtime.stub import _schema as k
from generator.sdk_runtime.stub._patterns import example, full_match
from generator.sdk_runtime.stub._routing import Router
from generator.sdk_runtime.stub._schema import FieldRule, MessageRule, Schema
from generator.sdk_runtime.stub._validate import validate


def _router() -> Router[str]:
    return Router(
        [
            ("GET", "/v1/policies/{policyId}", "get"),
            ("PATCH", "/v1/policies/{id}", "update"),
            ("POST", "/v1/policies/{policyId}:apply", "apply"),
            ("GET", "/v1/repositories/{name}:byName", "by-name"),
        ]
    )


def test_a_custom_verb_beats_the_plain_parameter() -> None:
    found = _router().resolve("POST", "/v1/policies/p1:apply")
    assert found is not None and found.route is not None
    assert (found.route.target, found.params) == ("apply", {"policyId": "p1"})
    plain = _router().resolve("GET", "/v1/policies/p1")
    assert plain is not None and plain.route is not None
    assert (plain.route.target, plain.params) == ("get", {"policyId": "p1"})


def test_same_path_other_verb_and_param_name() -> None:
    found = _router().resolve("PATCH", "/v1/policies/p1")
    assert found is not None and found.route is not None
    assert (found.route.target, found.params) == ("update", {"id": "p1"})


def test_wrong_verb_lists_what_the_path_allows() -> None:
    found = _router().resolve("DELETE", "/v1/policies/p1")
    assert found is not None and found.route is None
    assert found.allowed == ["GET", "PATCH"]
    assert _router().resolve("GET", "/v1/other") is None
    assert _router().resolve("GET", "/v1/policies/") is None  # empty parameter


def test_an_encoded_slash_stays_inside_its_parameter() -> None:
    found = _router().resolve("GET", "/v1/repositories/a%2Fb%3Ac:byName")
    assert found is not None and found.route is not None
    assert found.params == {"name": "a/b:c"}


@pytest.mark.parametrize(
    "pattern",
    [
        "|[a-z]([-a-z0-9]{0,61}[a-z0-9])?",
        "[a-z][-_./\\\\@0-9a-z]*",
        "[a-z0-9]+(?:[._-][a-z0-9]+)*(/([a-z0-9]+(?:[._-][a-z0-9]+)*))*",
        "[a-z][a-z0-9-_]{,19}",
        "[a-z][-_0-9a-z]*|[$]latest",
    ],
)
def test_pattern_examples_match_in_full(pattern: str) -> None:
    for repeat in (0, 1, 3, 8):
        text = example(pattern, random.Random(repeat), repeat)
        assert text is not None and full_match(pattern, text)


def test_patterns_are_full_match() -> None:
    assert full_match("[a-z]+", "abc")
    assert not full_match("[a-z]+", "abc1")
    assert full_match("\\p{L}+", "anything")  # not readable by `re`: not checked


def test_violations_name_the_full_path() -> None:
    schema = Schema(
        package="p",
        messages={
            "p.Req": MessageRule((FieldRule("settings", k.MESSAGE, ref="p.S", required=True),)),
            "p.S": MessageRule(
                (
                    FieldRule("sets", k.MESSAGE, ref="p.Set", repeated=True, max_items=2),
                    FieldRule("labels", k.STRING, map_key=k.STRING, key_pattern="[a-z]+"),
                    FieldRule("a", k.STRING, oneof="g"),
                    FieldRule("b", k.INT64, oneof="g", minimum=1),
                ),
                oneofs=(("a", "b"),),
            ),
            "p.Set": MessageRule((FieldRule("time", k.TIMESTAMP, required=True),)),
        },
        enums={},
        methods=(),
    )
    data = {
        "settings": {
            "sets": [{"time": "2024-01-01T00:00:00Z"}, {"time": 5}],
            "labels": {"Bad": "x"},
            "a": "x",
            "b": "0",
        }
    }
    shown = {(v.field, v.description.split(" ")[0]) for v in validate(schema, "p.Req", data)}
    assert ("settings.sets[1].time", "expected") in shown
    assert ("settings.labels[Bad]", "key") in shown
    assert ("settings.b", "only") in shown
    assert ("settings.b", "must") in shown
    assert validate(schema, "p.Req", {})[0].field == "settings"


def test_an_object_field_takes_json_objects_only() -> None:
    """`**object**` fields (Struct, Any, open messages) are `type: object` in the documents."""
    schema = Schema(
        "p",
        {
            "p.Req": MessageRule(
                (FieldRule("spec", k.JSON), FieldRule("many", k.JSON, repeated=True))
            )
        },
        enums={},
        methods=(),
    )
    assert validate(schema, "p.Req", {"spec": {"any": [1, None]}, "many": [{}]}) == []
    shown = [(v.field, v.description) for v in validate(schema, "p.Req", {"spec": [None, None]})]
    assert shown == [("spec", "expected a JSON object, got array")]
    assert [v.field for v in validate(schema, "p.Req", {"many": [{}, "x"]})] == ["many[1]"]
    assert [v.field for v in validate(schema, "p.Req", {"spec": None})] == ["spec"]
