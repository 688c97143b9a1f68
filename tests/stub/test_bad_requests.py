"""Bad requests over real loopback HTTP get the documented 4xx, in the API's error shape,
with a message naming the offending field; never a 5xx."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from generator.model import Api, Field, Method, Scalar

from .conftest import ROOT, GeneratedApi, GeneratedSdk
from .helpers import AUTH, method_named, request_json


@pytest.fixture(scope="module")
def servers(sdk: GeneratedSdk) -> Iterator[dict[str, httpx.Client]]:
    """One fake per API, each with an httpx client on its base URL."""
    clients: dict[str, httpx.Client] = {}
    contexts = []
    try:
        for package, gen in sdk.apis.items():
            context = gen.stub.serve_fake()
            server = context.__enter__()
            contexts.append(context)
            clients[package] = httpx.Client(base_url=server.url, headers=AUTH)
        yield clients
    finally:
        for client in clients.values():
            client.close()
        for context in reversed(contexts):
            context.__exit__(None, None, None)


def send(client: httpx.Client, method: Method, payload: dict[str, Any]) -> httpx.Response:
    """Send `payload` the way the SDK does (path, query and body split by the method)."""
    request = importlib.import_module(f"{ROOT}._runtime._request")
    types = importlib.import_module(f"{ROOT}._runtime._types")
    spec = types.MethodSpec(
        method.verb,
        "x",
        method.path,
        tuple(f.name for f in method.path_params),
        tuple(f.name for f in method.query_params),
    )
    path, query, body = request.split_request(spec, payload)
    return client.request(method.verb, path, params=query, json=body)


def assert_invalid(response: httpx.Response, *named: str) -> dict[str, Any]:
    assert response.status_code == 400, response.text
    error: dict[str, Any] = response.json()
    assert error["code"] == 3  # INVALID_ARGUMENT
    assert isinstance(error["details"], list)
    for name in named:
        assert name in error["message"], error["message"]
    return error


def _fields(api: Api) -> Iterator[tuple[Method, Field]]:
    """(method, top-level request field) pairs, path parameters excluded."""
    for m in api.methods():
        path = {f.name for f in m.path_params}
        for f in api.messages[m.request_type].fields:
            if f.name not in path:
                yield m, f


def _first(sdk: GeneratedSdk, predicate: Any) -> tuple[GeneratedApi, Method, Field]:
    for gen in sdk.apis.values():
        for m, f in _fields(gen.api):
            if predicate(gen.api, f):
                return gen, m, f
    raise AssertionError("the corpus has no such field")


def test_missing_required_field(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    gen, m, f = _first(sdk, lambda api, f: f.required and not f.repeated and not f.is_map)
    payload = request_json(gen, m)
    del payload[f.name]
    error = assert_invalid(send(servers[gen.api.package], m, payload), f.name)
    violation = error["details"][0]["fieldViolations"][0]
    assert violation == {"field": f.name, "description": "required field is missing"}


def test_missing_required_field_raises_in_the_generated_client(backup: GeneratedApi) -> None:
    errors = importlib.import_module(f"{ROOT}._runtime")
    with backup.stub.fake_client() as client, pytest.raises(errors.InvalidArgumentError) as info:
        client.backup.get(backup_id="b1")  # folderId is required
    assert "folderId" in str(info.value)
    assert info.value.http_status == 400


def test_unknown_enum_value(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    gen, m, f = _first(sdk, lambda api, f: f.type.enum in api.enums and not f.repeated)
    payload = request_json(gen, m)
    payload[f.name] = "NOT_A_VALUE"
    assert_invalid(send(servers[gen.api.package], m, payload), f.name, "NOT_A_VALUE")


def test_over_long_string(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    def long_limited(api: Api, f: Field) -> bool:
        limited = f.constraints.max_length is not None and f.constraints.pattern is None
        return limited and f.type.scalar is Scalar.STRING and not f.repeated and not f.is_map

    gen, m, f = _first(sdk, long_limited)
    payload = request_json(gen, m)
    assert f.constraints.max_length is not None
    payload[f.name] = "x" * (f.constraints.max_length + 1)
    assert_invalid(send(servers[gen.api.package], m, payload), f.name, "at most")


def test_wrong_type_in_the_body(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    gen, m, f = _first(
        sdk,
        lambda api, f: (
            f.type.scalar is Scalar.STRING
            and not f.repeated
            and not f.is_map
            and any(f in meth.body_params for meth in api.methods())
        ),
    )
    payload = request_json(gen, m)
    payload[f.name] = {"not": "a string"}
    assert_invalid(send(servers[gen.api.package], m, payload), f.name, "expected a string")


def test_wrong_type_in_the_query(backup: GeneratedApi, servers: dict[str, httpx.Client]) -> None:
    response = servers[backup.api.package].get(
        "/backup/v1/resources", params={"folderId": "f1", "pageSize": "many"}
    )
    assert_invalid(response, "pageSize", "integer")


def test_two_members_of_a_oneof(sdk: GeneratedSdk, servers: dict[str, httpx.Client]) -> None:
    found = None
    for gen in sdk.apis.values():
        for m in gen.api.methods():
            request = gen.api.messages[m.request_type]
            group = next((o for o in request.oneofs if len(o.fields) > 1), None)
            if group is not None and not m.path_params:
                found = (gen, m, group)
                break
        if found:
            break
    assert found is not None
    gen, m, group = found
    payload = request_json(gen, m)
    runtime = importlib.import_module(f"{ROOT}._runtime.stub")
    fake = runtime.FakeData(gen.stub.SCHEMA, 1)
    first, second = group.fields[:2]
    rules = gen.stub.SCHEMA.messages[m.request_type]
    for name in (first, second):
        if name not in payload:
            rule = rules.field_named(name)
            payload[name] = fake.message(rule.ref) if rule.kind == "message" else "x1"
    assert_invalid(send(servers[gen.api.package], m, payload), first, second, "only one of")


def _nested_enum_path(schema: Any, type_name: str, data: Any, path: str) -> str | None:
    """Path of the first enum inside a list of messages in `data`, e.g.
    `settings.scheduling.backupSets[0].type`."""
    rule = schema.messages.get(type_name)
    if rule is None or not isinstance(data, dict):
        return None
    for f in rule.fields:
        value = data.get(f.name)
        here = f"{path}.{f.name}" if path else f.name
        if f.kind == "message" and f.is_list and value:
            inner = schema.messages.get(f.ref)
            for g in inner.fields if inner else ():
                if g.kind == "enum" and not g.repeated and g.name in value[0]:
                    return f"{here}[0].{g.name}"
            found = _nested_enum_path(schema, f.ref, value[0], f"{here}[0]")
        elif f.kind == "message" and not f.repeated:
            found = _nested_enum_path(schema, f.ref, value, here)
        else:
            continue
        if found:
            return found
    return None


def _set_path(data: dict[str, Any], path: str, value: Any) -> None:
    target: Any = data
    parts = path.replace("[", ".[").split(".")
    for part in parts[:-1]:
        target = target[int(part[1:-1])] if part.startswith("[") else target[part]
    target[parts[-1]] = value


def test_a_nested_field_is_named_by_its_full_path(
    backup: GeneratedApi, servers: dict[str, httpx.Client]
) -> None:
    update = method_named(backup, "Policy.Update")
    payload = request_json(backup, update)
    path = _nested_enum_path(backup.stub.SCHEMA, update.request_type, payload, "")
    assert path is not None and "[0]." in path
    broken = copy.deepcopy(payload)
    _set_path(broken, path, "NO_SUCH_VALUE")
    error = assert_invalid(send(servers[backup.api.package], update, broken), path)
    assert error["details"][0]["fieldViolations"][0]["field"] == path


def test_unknown_field(backup: GeneratedApi, servers: dict[str, httpx.Client]) -> None:
    setup = method_named(backup, "Setup.GetAgentInstallCommand")
    payload = request_json(backup, setup)
    payload["noSuchField"] = 1
    assert_invalid(send(servers[backup.api.package], setup, payload), "noSuchField")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "malformed JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_malformed_bodies(
    backup: GeneratedApi, servers: dict[str, httpx.Client], body: bytes, words: str
) -> None:
    response = servers[backup.api.package].post(
        "/backup/v1/setup/getAgentInstallCommand",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert_invalid(response, words)


def test_unknown_path_is_404(backup: GeneratedApi, servers: dict[str, httpx.Client]) -> None:
    response = servers[backup.api.package].get("/backup/v1/nothing/here")
    assert response.status_code == 404
    assert response.json()["code"] == 5  # NOT_FOUND
    assert "/backup/v1/nothing/here" in response.json()["message"]


def test_wrong_verb_is_405_with_allow(
    backup: GeneratedApi, servers: dict[str, httpx.Client]
) -> None:
    response = servers[backup.api.package].delete("/backup/v1/backups/b1")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"
    assert response.json()["code"] == 12


def test_unknown_operation_is_404(backup: GeneratedApi, servers: dict[str, httpx.Client]) -> None:
    response = servers[backup.api.package].get("/operations/nope")
    assert response.status_code == 404
    assert response.json() == {"code": 5, "message": "operation nope not found", "details": []}
