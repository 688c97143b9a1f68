"""A client rendered for a fixture API compiles, passes ruff and mypy --strict, and works
end to end against httpx.MockTransport (models from the real models renderer)."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import generator.sdk_runtime as rt
from generator.model import (
    OPERATION_TYPE,
    Api,
    Field,
    Location,
    Message,
    Method,
    OperationInfo,
    Scalar,
    Service,
    TypeRef,
)
from generator.render.options import RenderOptions
from generator.render.python_sdk import runtime_files
from generator.render.python_sdk.clients import client_class_name, render_client
from generator.render.python_sdk.format import format_python
from generator.render.python_sdk.models import render_models
from generator.render.python_sdk.naming import class_names

ROOT = "ycfixture"
PKG = "yandex.cloud.fixture.v1"
HERE = Location("fixture.md", 1)
VENV_BIN = Path(sys.executable).parent


def s(name: str, **kw: Any) -> Field:
    return Field(name, TypeRef(scalar=Scalar.STRING), HERE, **kw)


def msg_field(name: str, message: str, **kw: Any) -> Field:
    return Field(name, TypeRef(message=f"{PKG}.{message}"), HERE, **kw)


def message(name: str, *fields: Field, full: str | None = None) -> Message:
    return Message(full or f"{PKG}.{name}", HERE, fields=list(fields))


def fixture_api() -> Api:
    int64 = TypeRef(scalar=Scalar.INT64)
    messages = [
        message("PolicySettings", Field("retries", int64, HERE)),
        message("Policy", s("id"), s("name"), msg_field("settings", "PolicySettings")),
        message("GetPolicyRequest", s("policyId")),
        message(
            "ListPoliciesRequest",
            s("folderId"),
            Field("pageSize", int64, HERE),
            s("pageToken"),
            s("ids", repeated=True),
        ),
        message(
            "ListPoliciesResponse",
            msg_field("policies", "Policy", repeated=True),
            s("nextPageToken"),
        ),
        message(
            "CreatePolicyRequest", s("folderId"), s("name"), msg_field("settings", "PolicySettings")
        ),
        message("CreatePolicyMetadata", s("policyId")),
        message(
            "ApplyPolicyRequest",
            s("policyId"),
            Field("dryRun", TypeRef(scalar=Scalar.BOOL), HERE),
            s("timeout"),
        ),
        message(
            "Operation",
            s("id"),
            Field("done", TypeRef(scalar=Scalar.BOOL), HERE),
            full=OPERATION_TYPE,
        ),
    ]
    by_name = {m.name: m for m in messages}

    def method(name: str, verb: str, path: str, request: str, response: str, **kw: Any) -> Method:
        req = by_name[request]
        path_params = [f for f in req.fields if "{" + f.name + "}" in path]
        rest = [f for f in req.fields if f not in path_params]
        return Method(
            "Policy",
            name,
            verb,
            path,
            "fixture.{{ api-host }}",
            HERE,
            request_type=req.full_name,
            path_params=path_params,
            query_params=kw.pop("query", rest if verb == "GET" else []),
            body_params=[] if verb == "GET" else kw.pop("body", rest),
            response_type=(
                by_name[response].full_name if response != "Operation" else OPERATION_TYPE
            ),
            **kw,
        )

    apply_req = by_name["ApplyPolicyRequest"]
    methods = [
        method(
            "Get",
            "GET",
            "/fixture/v1/policies/{policyId}",
            "GetPolicyRequest",
            "Policy",
            description='Returns a policy. Tricky text: """ \\ end"',
        ),
        method(
            "List", "GET", "/fixture/v1/policies", "ListPoliciesRequest", "ListPoliciesResponse"
        ),
        method(
            "Create",
            "POST",
            "/fixture/v1/policies",
            "CreatePolicyRequest",
            "Operation",
            operation=OperationInfo(f"{PKG}.CreatePolicyMetadata", f"{PKG}.Policy"),
        ),
        method(
            "Apply",
            "POST",
            "/fixture/v1/policies/{policyId}:apply",
            "ApplyPolicyRequest",
            "Operation",
            query=[apply_req.fields[1]],
            body=[apply_req.fields[2]],
            operation=OperationInfo(None, None),
        ),
    ]
    return Api(
        PKG,
        "Fixture API",
        {"Policy": Service("Policy", methods)},
        {m.full_name: m for m in messages},
    )


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("sdk")
    api, options = fixture_api(), RenderOptions(package_root=ROOT, sdk_version="1.2.3")
    names = class_names(api)
    root = base / ROOT
    (root / "_runtime").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "py.typed").write_text("")
    for name, text in runtime_files().items():
        (root / "_runtime" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "_runtime" / name).write_text(text)
    pkg = root / "fixture" / "v1"
    pkg.mkdir(parents=True)
    (root / "fixture" / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "models.py").write_text(format_python(render_models(api, options, names)))
    (pkg / "client.py").write_text(format_python(render_client(api, options, names)["client.py"]))
    return base


@pytest.fixture(scope="module")
def sdk(package_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_dir))
    try:
        yield importlib.import_module(f"{ROOT}.fixture.v1.client")
    finally:
        sys.path.remove(str(package_dir))
        for name in [n for n in sys.modules if n == ROOT or n.startswith(ROOT + ".")]:
            del sys.modules[name]


def test_client_name() -> None:
    assert client_class_name(fixture_api()) == "FixtureClient"
    api = Api("yandex.cloud.compute.v1.instancegroup", "x")
    assert client_class_name(api) == "InstancegroupClient"


def test_rendered_client_is_black_clean_and_keeps_docs_inert(
    package_dir: Path, sdk: ModuleType
) -> None:
    source = (package_dir / ROOT / "fixture" / "v1" / "client.py").read_text()
    assert format_python(source) == source
    doc = sdk.PolicyResource.get.__doc__
    assert doc.startswith('Returns a policy. Tricky text: """ \\ end"')
    assert "GET /fixture/v1/policies/{policyId}" in doc


def test_rendered_client_passes_ruff_and_mypy_strict(package_dir: Path) -> None:
    client = f"{ROOT}/fixture/v1/client.py"
    ruff = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", "--no-cache", "--isolated", client],
        cwd=package_dir,
        capture_output=True,
        check=False,
        text=True,
    )
    assert ruff.returncode == 0, ruff.stdout
    mypy = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--cache-dir", str(package_dir / ".mypy"), client],
        cwd=package_dir,
        capture_output=True,
        check=False,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout


POLICY = {"id": "p/1", "name": "n", "settings": {"retries": "3"}}


def handler(request: httpx.Request) -> httpx.Response:
    path, params = request.url.path, request.url.params
    if request.method == "GET" and request.url.raw_path.startswith(b"/fixture/v1/policies/"):
        return httpx.Response(200, json=POLICY, headers={"x-request-id": "r1"})
    if path == "/fixture/v1/policies" and request.method == "GET":
        if params.get("pageToken") == "t1":
            return httpx.Response(200, json={"policies": [{"id": "b"}]})
        return httpx.Response(200, json={"policies": [{"id": "a"}], "nextPageToken": "t1"})
    if path == "/fixture/v1/policies" and request.method == "POST":
        return httpx.Response(
            200, json={"id": "op1", "done": False, "metadata": {"@type": "x", "policyId": "p1"}}
        )
    if path == "/operations/op1":
        return httpx.Response(
            200, json={"id": "op1", "done": True, "response": {"@type": "x", **POLICY}}
        )
    if path.endswith(":apply"):
        return httpx.Response(200, json={"id": "op2", "done": True, "response": {"ok": True}})
    return httpx.Response(404, json={"code": 5, "message": f"no route {path}"})


def test_sync_client_end_to_end(sdk: ModuleType) -> None:
    models = importlib.import_module(f"{ROOT}.fixture.v1.models")
    calls: list[httpx.Request] = []

    def recording(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return handler(request)

    with sdk.FixtureClient(iam_token="t", http_client=httpx.MockTransport(recording)) as client:
        policy = client.policy.get(policy_id="p/1")
        assert isinstance(policy, models.Policy)
        assert (policy.id, policy.settings.retries) == ("p/1", 3)
        assert (
            str(calls[-1].url) == "https://fixture.api.cloud.yandex.net/fixture/v1/policies/p%2F1"
        )
        assert calls[-1].headers["user-agent"].startswith("ycfixture-python/1.2.3")

        raw = client.policy.with_raw_response.get(policy_id="x")
        assert (raw.status_code, raw.request_id, raw.json()["name"]) == (200, "r1", "n")
        assert raw.parse().name == "n"

        assert [
            p.id for p in client.policy.list_all(folder_id="f", page_size=1, ids=["i1", "i2"])
        ] == ["a", "b"]
        assert calls[-1].url.params.multi_items() == [
            ("folderId", "f"),
            ("pageSize", "1"),
            ("ids", "i1"),
            ("ids", "i2"),
            ("pageToken", "t1"),
        ]

        request = models.CreatePolicyRequest(folder_id="f", name="old")
        operation = client.policy.create(
            request=request, name="new", settings=models.PolicySettings(retries=5)
        )
        assert json.loads(calls[-1].content) == {
            "folderId": "f",
            "name": "new",
            "settings": {"retries": "5"},
        }
        assert "idempotency-key" in calls[-1].headers
        assert operation.metadata.policy_id == "p1"
        assert operation.wait(poll_interval=0.0).id == "p/1"

        applied = client.policy.apply(policy_id="p1", dry_run=True, timeout_="10s")
        assert applied.wait() == {"ok": True}
        assert calls[-1].url.path == "/fixture/v1/policies/p1:apply"
        assert calls[-1].url.params["dryRun"] == "true"
        assert json.loads(calls[-1].content) == {"timeout": "10s"}

        rt = importlib.import_module(f"{ROOT}._runtime")
        with pytest.raises(rt.MissingPathParameterError):
            client.policy.get(policy_id="")


def test_async_client_end_to_end(sdk: ModuleType) -> None:
    async def main() -> tuple[str, list[str], Any]:
        async with sdk.AsyncFixtureClient(
            iam_token="t",
            http_client=httpx.MockTransport(handler),
            hosts={"*": "http://127.0.0.1:1"},
        ) as client:
            policy = await client.policy.get(policy_id="p")
            ids = [p.id async for p in client.policy.list_all(folder_id="f")]
            operation = await client.policy.create(folder_id="f")
            done = await operation.wait(poll_interval=0.0)
            return policy.name, ids, done.settings.retries

    assert asyncio.run(main()) == ("n", ["a", "b"], 3)


def test_service_named_like_a_client_member_is_renamed() -> None:
    from generator.render.python_sdk.clients import CLIENT_MEMBERS, client_attribute

    assert client_attribute("Operations") == "operations_"
    assert client_attribute("Operation") == "operation"
    client = rt.BaseClient(iam_token="t")
    for member in CLIENT_MEMBERS:  # every reserved name really is a member of the clients
        assert hasattr(client, member) or hasattr(rt.AsyncBaseClient, member), member
