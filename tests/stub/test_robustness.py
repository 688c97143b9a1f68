"""No request crashes a stub: missing tokens, bad bytes, deep nesting, huge numbers, odd
unicode and wrong `:verb`s each get a 4xx in the API's error shape naming the field or
route, over real loopback HTTP; raw fuzzed requests never get a 5xx."""

from __future__ import annotations

import contextlib
import importlib
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import ROOT, GeneratedApi, GeneratedSdk
from .helpers import AUTH, method_named, request_json

KMS = "yandex.cloud.kms.v1"
DNS = "yandex.cloud.dns.v1"
COMPUTE = "yandex.cloud.compute.v1"
IAM = "yandex.cloud.iam.v1"


@pytest.fixture(scope="module")
def servers(sdk: GeneratedSdk) -> Iterator[dict[str, httpx.Client]]:
    """A fake per API on 127.0.0.1 with a client that sends no token (tests add one)."""
    with contextlib.ExitStack() as stack:
        clients: dict[str, httpx.Client] = {}
        for package, gen in sdk.apis.items():
            server = stack.enter_context(gen.stub.serve_fake(stateful=False))
            clients[package] = stack.enter_context(httpx.Client(base_url=server.url))
        yield clients


def error_of(response: httpx.Response, status: int, code: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"code", "message", "details"}
    assert body["code"] == code
    return body


def _api(sdk: GeneratedSdk, package: str) -> GeneratedApi:
    if package not in sdk.apis:
        pytest.skip(f"{package} is not in the corpus")
    return sdk.apis[package]


# --- the IAM token -------------------------------------------------------------------------


def test_a_request_without_a_token_is_401(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    client = servers[COMPUTE]
    _api(sdk, COMPUTE)
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"}):
        response = client.get("/compute/v1/instances/i1", headers=headers)
        body = error_of(response, 401, 16)  # UNAUTHENTICATED
        assert "IAM token" in body["message"]
        assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/compute/v1/instances/i1", headers=AUTH).status_code == 200


def test_operations_endpoint_takes_a_token_too(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    _api(sdk, COMPUTE)
    error_of(servers[COMPUTE].get("/operations/op1"), 401, 16)


def test_the_method_that_issues_tokens_takes_none(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    gen = _api(sdk, IAM)
    create = method_named(gen, "IamToken.Create")
    response = servers[IAM].post("/iam/v1/tokens", json=request_json(gen, create))
    assert response.status_code == 200, response.text
    revoke = servers[IAM].post("/iam/v1/tokens:revoke", json={"iamToken": "t"})
    error_of(revoke, 401, 16)


# --- bad values ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["é", "\u0663\u0664", "a\x00b", "😀😀"])
def test_non_ascii_bytes_are_400_naming_the_field(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client], text: str
) -> None:
    _api(sdk, KMS)
    response = servers[KMS].post("/kms/v1/keys/k1:encrypt", json={"plaintext": text}, headers=AUTH)
    assert "plaintext" in error_of(response, 400, 3)["message"]


def test_the_sdk_decoder_raises_its_own_error_for_bad_bytes(sdk: GeneratedSdk) -> None:
    codec = importlib.import_module(f"{ROOT}._runtime._codec")
    for text in ("é", "not base64!", "a"):
        with pytest.raises(codec.DecodeError, match="invalid base64"):
            codec.bytes_from_json(text)
    assert codec.bytes_from_json("aGk") == b"hi"


def _nested(depth: int) -> str:
    """`[[["x"]]]`, `depth` arrays deep, as JSON text."""
    return "[" * depth + '"x"' + "]" * depth


@pytest.mark.parametrize("depth", [70, 500, 5000])
def test_deep_nesting_in_a_unique_list_is_400(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client], depth: int
) -> None:
    gen = _api(sdk, DNS)
    upsert = method_named(gen, "DnsZone.UpsertRecordSets")
    payload = request_json(gen, upsert)
    payload.pop("dnsZoneId", None)
    payload["merges"] = ["RECORD"]
    deep = _nested(depth)
    record = '{"name": "a", "type": "A", "ttl": "60", "data": [' + deep + ", " + deep + "]}"
    body = json.dumps(payload).replace('"RECORD"', record)
    response = servers[DNS].post(
        "/dns/v1/zones/z1:upsertRecordSets",
        content=body,
        headers={**AUTH, "content-type": "application/json"},
    )
    message = error_of(response, 400, 3)["message"]
    # Past the JSON parser's own bound the body as a whole is refused.
    assert ("merges[0].data" if depth < 1000 else "malformed JSON") in message


def test_deep_nesting_of_a_whole_body_is_400(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    _api(sdk, KMS)
    for body in ("[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000):
        response = servers[KMS].post("/kms/v1/keys/k1:encrypt", content=body, headers=AUTH)
        error_of(response, 400, 3)


def test_huge_numbers_are_400(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    _api(sdk, COMPUTE)
    client = servers[COMPUTE]
    huge = "9" * 5000
    response = client.post(
        "/compute/v1/instances", content='{"folderId": ' + huge + "}", headers=AUTH
    )
    error_of(response, 400, 3)
    # A number past any double where the docs want a double.
    stub = importlib.import_module(f"{ROOT}._runtime.stub._schema")
    validate = importlib.import_module(f"{ROOT}._runtime.stub._validate").validate
    schema = stub.Schema(
        "p", {"p.M": stub.MessageRule((stub.FieldRule("d", stub.DOUBLE),))}, {}, ()
    )
    violations = validate(schema, "p.M", {"d": 10**400})
    assert [v.field for v in violations] == ["d"]
    response = client.get(
        "/compute/v1/instances", params={"folderId": "f", "pageSize": huge}, headers=AUTH
    )
    assert "pageSize" in error_of(response, 400, 3)["message"]


def test_odd_unicode_is_answered_in_ascii_json(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    _api(sdk, KMS)
    body = '{"plaintext": "aGk=", "\\ud800": 1, "\\u202e\\u0000": "\\udfff"}'
    response = servers[KMS].post(
        "/kms/v1/keys/k1:encrypt",
        content=body,
        headers={**AUTH, "content-type": "application/json"},
    )
    message = error_of(response, 400, 3)["message"]
    assert "unknown field" in message
    response.content.decode("ascii")  # every non-ASCII character escaped


# --- routes ----------------------------------------------------------------------------------


def test_a_parameter_does_not_swallow_a_custom_verb(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    _api(sdk, COMPUTE)
    response = servers[COMPUTE].patch("/compute/v1/instances/abc:attachDisk", json={}, headers=AUTH)
    body = error_of(response, 405, 12)
    assert response.headers["allow"] == "POST"
    assert "/compute/v1/instances/abc:attachDisk" in body["message"]
    response = servers[COMPUTE].post("/compute/v1/instances/abc:noSuchVerb", headers=AUTH)
    assert response.status_code in (404, 405)
    error_of(servers[COMPUTE].get("/compute/v9/nothing", headers=AUTH), 404, 5)


# --- raw fuzzing -----------------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["", "a:b", "%", "%ff", "..", "\u202e", "0" * 30, "-1", "1e999", "true", "null"]
)
_BODIES = st.one_of(
    st.binary(max_size=64),
    st.just(b"\xff\xfe{}"),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | _TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
        max_leaves=8,
    ).map(lambda v: json.dumps(v).encode()),
)


def test_raw_fuzzed_requests_never_get_a_5xx(
    sdk: GeneratedSdk, servers: dict[str, httpx.Client]
) -> None:
    routes = [
        (gen.api.package, rule.verb, rule.path)
        for gen in sdk.apis.values()
        for rule in gen.stub.SCHEMA.methods
    ]
    statuses: set[int] = set()

    @settings(
        max_examples=300,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        route=st.sampled_from(routes),
        verb=st.sampled_from(["GET", "POST", "PATCH", "DELETE", "PUT", "ROUTE"]),
        same_verb=st.booleans(),
        segment=_TEXT,
        query=st.lists(st.tuples(_TEXT, _TEXT), max_size=3),
        body=_BODIES,
    )
    def check(
        route: tuple[str, str, str],
        verb: str,
        same_verb: bool,
        segment: str,
        query: list[tuple[str, str]],
        body: bytes,
    ) -> None:
        package, rule_verb, template = route
        path = template
        while "{" in path:
            start, end = path.index("{"), path.index("}")
            path = path[:start] + quote(segment, safe=":") + path[end + 1 :]
        response = servers[package].request(
            rule_verb if same_verb else verb,
            path or "/",
            params=query,
            content=body,
            headers=AUTH,
        )
        assert response.status_code < 500, response.text
        statuses.add(response.status_code)
        answer = response.json()
        if response.status_code != 200:
            assert set(answer) == {"code", "message", "details"}

    check()
    assert {200, 400} <= statuses
