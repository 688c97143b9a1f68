"""The pieces that make the OpenAPI documents say exactly what the stubs enforce: ECMA-262
patterns, decimal ranges for 64-bit integers, base64, component names, security, and the
warning for a pattern that cannot be translated."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from generator.diagnostics import Severity
from generator.model import Constraints, Location, Message
from generator.render import RenderOptions
from generator.render.openapi import openapi_document, pattern_warnings
from generator.render.openapi.decimal_range import decimal_range_pattern
from generator.render.openapi.ecma_regex import Untranslatable, ecma_pattern
from generator.render.openapi.names import component_names
from generator.render.openapi.schemas import BASE64_PATTERN
from generator.sdk_runtime._codec import DecodeError, bytes_from_json
from generator.sdk_runtime.stub._patterns import full_match
from tests.fixtures.openapi_model import PKG, s, sample_api

CORPUS_PATTERNS = [
    "([a-zA-Z][-a-zA-Z0-9_.]{0,63})?",
    "[-_./\\\\@0-9a-zA-Z]+",
    "[a-z0-9]+(?:[._-][a-z0-9]+)*(/([a-z0-9]+(?:[._-][a-z0-9]+)*))*",
    "[a-z][-_0-9a-z]*|[$]latest",
    "[a-z][a-z0-9-_]{,19}",
    "|[a-z]([-a-z0-9]{0,61}[a-z0-9])?",
    "^[a-z][-a-z0-9]*$",
    r"\d+\s\w*\b.x",
    r"[^\d\s][\W]",
    "(a)b\\1",
    "a$b|c$",
    "\t\u00e9\u202e",
]
SAMPLES = ["", "a", "ab", "a-b_c", "1x", "$latest", "aa", "a" * 20, "a" * 21, "a/b", "a.b.c"]
SAMPLES += [
    "1 a\nx",
    "1 é\nx",
    "\u0663 a x",
    "ab\n",
    "a\nb",
    "aba",
    "abab",
    "c\n",
    "\t\u00e9\u202e",
]
TEXT = st.text(st.sampled_from("aAz09-_./\\@$ \t\n\u0663é") | st.characters(), max_size=12)


def _same(pattern: str, value: str, *, allow_empty: bool = False) -> None:
    ecma = re.compile(ecma_pattern(pattern, allow_empty=allow_empty))
    expected = (allow_empty and value == "") or full_match(pattern, value)
    assert (ecma.search(value) is not None) == expected, (pattern, value, ecma.pattern)


@pytest.mark.parametrize("pattern", CORPUS_PATTERNS)
def test_ecma_patterns_match_exactly_what_the_stub_matches(pattern: str) -> None:
    for value in SAMPLES:
        _same(pattern, value)
        _same(pattern, value, allow_empty=True)

    @settings(max_examples=150, derandomize=True, database=None)
    @given(value=TEXT)
    def check(value: str) -> None:
        _same(pattern, value)

    check()


def test_ecma_patterns_are_anchored_and_in_the_portable_dialect() -> None:
    end = "(?![\\s\\S])"  # `$` would also match before a final newline in Python
    assert ecma_pattern("[a-z][a-z0-9-_]{,19}") == "^[a-z][a-z0-9\\-_]{0,19}" + end
    assert ecma_pattern("[a-z]+", allow_empty=True) == "^(?:[a-z]+)?" + end
    assert ecma_pattern("", allow_empty=True, min_length=3) == "^(?:[\\s\\S]{3,})?" + end
    assert ecma_pattern(r"\s") == "^[\\t\\n\\v\\f\\r ]" + end
    assert ecma_pattern("a.b") == "^a[^\\n]b" + end


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_ecma_patterns_mean_the_same_to_javascript() -> None:
    cases = [
        (ecma_pattern(p, allow_empty=e), v)
        for p in CORPUS_PATTERNS
        for e in (0, 1)
        for v in SAMPLES
    ]
    script = (
        "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(cases.map(([p, v]) =>"
        " [new RegExp(p, 'u').test(v), new RegExp(p).test(v)])));"
    )
    result = subprocess.run(
        ["node", "-e", script], input=json.dumps(cases), capture_output=True, text=True, check=True
    )
    for (pattern, value), (unicode_mode, plain) in zip(
        cases, json.loads(result.stdout), strict=True
    ):
        expected = re.search(pattern, value) is not None
        assert unicode_mode == plain == expected, (pattern, value)


@pytest.mark.parametrize("pattern", ["(?i)abc", "a++", "(?>a)", "(a)?(?(1)b|c)", "[\\W\\d]"])
def test_untranslatable_patterns_raise(pattern: str) -> None:
    with pytest.raises(Untranslatable):
        ecma_pattern(pattern)


def test_an_untranslatable_pattern_is_a_warning_naming_the_page_and_left_out() -> None:
    api = sample_api()
    where = Location("docs/sample/resource.md", 42)
    field = s("code", required=True, constraints=Constraints(pattern="(?i)[a-z]+"))
    field.location = where
    api.messages[f"{PKG}.Resource"].fields.append(field)
    warnings = pattern_warnings([api])
    assert [str(w.location) for w in warnings] == ["docs/sample/resource.md:42"]
    assert warnings[0].severity is Severity.WARNING and "(?i)[a-z]+" in warnings[0].message
    doc = openapi_document(api, RenderOptions())
    code = doc["components"]["schemas"]["Resource"]["properties"]["code"]
    assert "pattern" not in code and code["x-yc-pattern"] == "(?i)[a-z]+"


@pytest.mark.parametrize(
    ("lo", "hi"), [(0, 100), (-5, 17), (-(2**63), 2**63 - 1), (0, 2**64 - 1), (37, 12345)]
)
def test_decimal_ranges_are_exact(lo: int, hi: int) -> None:
    regex = re.compile(decimal_range_pattern(lo, hi))

    @settings(max_examples=300, derandomize=True, database=None)
    @given(
        value=st.integers(-(2**66), 2**66)
        | st.integers(lo - 3, lo + 3)
        | st.integers(hi - 3, hi + 3)
    )
    def check(value: int) -> None:
        assert (regex.search(str(value)) is not None) == (lo <= value <= hi), value

    check()
    for text in ("-0", "007", "+1", "", "1.0", " 1"):
        assert regex.search(text) is None, text


@settings(max_examples=400, derandomize=True, database=None)
@given(
    text=st.text(st.sampled_from("AZaz09+/-_= é"), max_size=9)
    | st.binary(max_size=7).map(lambda b: base64.urlsafe_b64encode(b).decode().rstrip("="))
)
def test_the_base64_pattern_is_what_the_decoder_accepts(text: str) -> None:
    try:
        bytes_from_json(text)
        accepted = True
    except DecodeError:
        accepted = False
    assert (re.search(BASE64_PATTERN, text) is not None) == accepted, text


def test_component_names_are_plain_and_collisions_deterministic() -> None:
    keys = [
        f"{PKG}.Resource~response",
        f"{PKG}.Resource~request",
        f"{PKG}.Resource.Status~enum",
        "google.rpc.Status~response",
        f"{PKG}.Status~response",
        "yandex.cloud.operation.Operation~response",
        f"{PKG}.Operation~response",
        f"{PKG}.UpdateResourceRequest~body",
        "Resource.Create~operation",
    ]
    names = component_names(keys, PKG)
    assert names == component_names(list(reversed(keys)), PKG)
    assert names[f"{PKG}.Resource~response"] == "Resource"
    assert names[f"{PKG}.Resource~request"] == "ResourceInput"
    assert names[f"{PKG}.Resource.Status~enum"] == "ResourceStatus"
    assert names[f"{PKG}.Status~response"] == "Status"  # the API's own package first
    assert names["google.rpc.Status~response"] == "RpcStatus"
    assert names[f"{PKG}.Operation~response"] == "Operation"
    assert names["yandex.cloud.operation.Operation~response"] == "OperationOperation"
    assert names[f"{PKG}.UpdateResourceRequest~body"] == "UpdateResourceRequestBody"
    assert names["Resource.Create~operation"] == "ResourceCreateOperation"


def test_every_operation_requires_an_iam_token_but_the_one_that_issues_it() -> None:
    doc = openapi_document(sample_api(), RenderOptions())
    assert doc["security"] == [{"iamToken": []}]
    scheme = doc["components"]["securitySchemes"]["iamToken"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert doc["info"]["license"]["identifier"] == "Apache-2.0"
    assert all("security" not in op for item in doc["paths"].values() for op in item.values())
    validate(doc)


def test_iam_token_create_declares_no_security() -> None:
    from generator.model import Api, Field, Method, Service, TypeRef

    here = Location("iam/create.md", 1)
    request = Message(
        "yandex.cloud.iam.v1.CreateIamTokenRequest",
        here,
        fields=[Field("jwt", TypeRef(scalar=s("x").type.scalar), here)],
    )
    create = Method(
        "IamToken",
        "Create",
        "POST",
        "/iam/v1/tokens",
        "iam.{{ api-host }}",
        here,
        request_type=request.full_name,
        body_params=request.fields,
        response_type=request.full_name,
    )
    revoke = Method(
        "IamToken",
        "Revoke",
        "POST",
        "/iam/v1/tokens:revoke",
        "iam.{{ api-host }}",
        here,
        request_type=request.full_name,
        body_params=request.fields,
        response_type=request.full_name,
    )
    api = Api(
        "yandex.cloud.iam.v1",
        "IAM",
        {"IamToken": Service("IamToken", [create, revoke])},
        {request.full_name: request},
    )
    doc: dict[str, Any] = openapi_document(api, RenderOptions())
    assert doc["paths"]["/iam/v1/tokens"]["post"]["security"] == []
    assert "401" not in doc["paths"]["/iam/v1/tokens"]["post"]["responses"]
    assert "security" not in doc["paths"]["/iam/v1/tokens:revoke"]["post"]
    validate(doc)


def test_the_sdk_and_stub_renderers_do_not_use_component_names() -> None:
    root = Path(__file__).parents[1]
    for folder in ("generator/render/python_sdk", "generator/sdk_runtime", "templates/python"):
        for path in (root / folder).rglob("*"):
            if path.is_file() and path.suffix in (".py", ".j2"):
                text = path.read_text(encoding="utf-8")
                assert "components/schemas" not in text and "render.openapi" not in text, path
