"""Property: requests generated from the model (valid ones, and ones with fields dropped,
replaced by other fields' values or by arbitrary JSON) never get a 5xx from the fake; every
200 answer passes the same validator the requests go through, and every error answer has the
API's error shape with the HTTP status of its code."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.model import Method

from .conftest import ROOT, GeneratedApi, GeneratedSdk
from .helpers import AUTH, request_json

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def apps(sdk: GeneratedSdk) -> Iterator[dict[str, httpx.Client]]:
    """One fake per API on 127.0.0.1, each with an httpx client on its URL."""
    with contextlib.ExitStack() as stack:
        clients: dict[str, httpx.Client] = {}
        for package, gen in sdk.apis.items():
            server = stack.enter_context(gen.stub.serve_fake())
            clients[package] = stack.enter_context(httpx.Client(base_url=server.url, headers=AUTH))
        yield clients


def _methods(sdk: GeneratedSdk) -> list[tuple[GeneratedApi, Method]]:
    return [(gen, m) for gen in sdk.apis.values() for m in gen.api.methods()]


@st.composite
def _mutated(draw: st.DrawFn, gen: GeneratedApi, method: Method) -> dict[str, Any]:
    payload = request_json(gen, method, seed=draw(st.integers(0, 3)))
    other = request_json(gen, method, seed=9)
    names = [f.name for f in gen.api.messages[method.request_type].fields]
    for name in names:
        action = draw(st.sampled_from(["keep", "keep", "drop", "junk", "swap"]))
        if action == "drop":
            payload.pop(name, None)
        elif action == "junk":
            payload[name] = draw(_JSON)
        elif action == "swap" and names:
            payload[name] = other.get(draw(st.sampled_from(names)))
    return payload


def test_no_5xx_and_answers_fit_the_schema(
    sdk: GeneratedSdk, apps: dict[str, httpx.Client]
) -> None:
    request_module = importlib.import_module(f"{ROOT}._runtime._request")
    types = importlib.import_module(f"{ROOT}._runtime._types")
    runtime = importlib.import_module(f"{ROOT}._runtime.stub")
    methods = _methods(sdk)
    statuses: set[int] = set()

    @settings(
        max_examples=200,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        gen, method = data.draw(st.sampled_from(methods))
        payload = data.draw(_mutated(gen, method))
        spec = types.MethodSpec(
            method.verb,
            "x",
            method.path,
            tuple(f.name for f in method.path_params),
            tuple(f.name for f in method.query_params),
        )
        try:
            path, query, body = request_module.split_request(spec, payload)
        except request_module.MissingPathParameterError:
            return  # the SDK refuses to send it
        response = apps[gen.api.package].request(method.verb, path, params=query, json=body)
        assert response.status_code < 500, response.text
        statuses.add(response.status_code)
        answer = response.json()
        if response.status_code == 200:
            rule = next(r for r in gen.stub.SCHEMA.methods if r.full_name == method.full_name)
            assert runtime.response_violations(gen.stub.SCHEMA, rule, answer) == []
        else:
            assert set(answer) == {"code", "message", "details"}
            assert runtime.HTTP_STATUS[answer["code"]] == response.status_code
            assert answer["message"]

    check()
    assert {200, 400} <= statuses  # both valid and invalid requests were generated
