"""The generated SDK as its users call it: required arguments checked by mypy --strict,
timestamps and durations from `datetime`/`timedelta`, operations resumed by id."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.model import (
    OPERATION_TYPE,
    Api,
    Field,
    Location,
    Message,
    Method,
    Oneof,
    OperationInfo,
    Scalar,
    Service,
    TypeRef,
)
from tests.sdk_helpers import imported, write_sdk

PKG = "yandex.cloud.usage.v1"
HERE = Location("usage.md", 1)
VENV_BIN = Path(sys.executable).parent


def _f(name: str, scalar: Scalar = Scalar.STRING, **kw: Any) -> Field:
    return Field(name, TypeRef(scalar=scalar), HERE, **kw)


def usage_api() -> Api:
    """Widgets: a path parameter, docs-required fields inside and outside a oneof, a
    timestamp and a duration argument, a long-running create."""
    widget = Message(
        f"{PKG}.Widget",
        HERE,
        fields=[
            _f("id"),
            _f("name"),
            _f("expiresAt", Scalar.TIMESTAMP),
            _f("ttl", Scalar.DURATION),
        ],
    )
    get = Message(f"{PKG}.GetWidgetRequest", HERE, fields=[_f("widgetId", required=True)])
    create = Message(
        f"{PKG}.CreateWidgetRequest",
        HERE,
        fields=[
            _f("folderId", required=True),
            _f("name", required=True),
            _f("description"),
            _f("expiresAt", Scalar.TIMESTAMP),
            _f("ttl", Scalar.DURATION),
            _f("url", oneof="source", required=True),
            _f("code", oneof="source", required=True),
        ],
        oneofs=[Oneof("source", ["url", "code"])],
    )
    metadata = Message(f"{PKG}.CreateWidgetMetadata", HERE, fields=[_f("widgetId")])
    operation = Message(OPERATION_TYPE, HERE, fields=[_f("id"), _f("done", Scalar.BOOL)])
    methods = [
        Method(
            "Widget",
            "Get",
            "GET",
            "/usage/v1/widgets/{widgetId}",
            "usage.{{ api-host }}",
            HERE,
            request_type=get.full_name,
            path_params=list(get.fields),
            response_type=widget.full_name,
        ),
        Method(
            "Widget",
            "Create",
            "POST",
            "/usage/v1/widgets",
            "usage.{{ api-host }}",
            HERE,
            request_type=create.full_name,
            body_params=list(create.fields),
            response_type=OPERATION_TYPE,
            operation=OperationInfo(metadata.full_name, widget.full_name),
        ),
    ]
    messages = [widget, get, create, metadata, operation]
    return Api(
        PKG, "Usage API", {"Widget": Service("Widget", methods)}, {m.full_name: m for m in messages}
    )


@pytest.fixture(scope="module")
def sdk_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sdk([usage_api()], tmp_path_factory.mktemp("usage_sdk"))


@pytest.fixture(scope="module")
def client_module(sdk_path: Path) -> Iterator[ModuleType]:
    with imported(sdk_path):
        yield importlib.import_module("ycrest.usage.v1")


# --- mypy --strict over user scripts -------------------------------------------------------

GOOD = """\
    import datetime as dt

    from ycrest import Timestamp
    from ycrest.usage.v1 import CreateWidgetRequest, GetWidgetRequest, UsageClient, Widget

    client = UsageClient(iam_token="t")
    a: Widget = client.widget.get(widget_id="w1")
    b: Widget = client.widget.get(request=GetWidgetRequest(widget_id="w1"))
    c: Widget = client.widget.with_raw_response.get(widget_id="w1").parse()
    op = client.widget.create(
        folder_id="f",
        name="n",
        expires_at=dt.datetime.now(dt.UTC),
        ttl=dt.timedelta(minutes=5),
    )
    d: Widget = op.wait()
    e: Widget = client.widget.create(
        request=CreateWidgetRequest(folder_id="f", name="n"), expires_at=Timestamp(0)
    ).wait()
    f: Widget = client.widget.resume_create("op1").wait()
    g: str | None = client.operations.get("op1").id
    h: str | None = client.folder_id
"""

BAD = {
    "missing path parameter": "client.widget.get()",
    "missing required body field": 'client.widget.create(folder_id="f")',
    "path parameter of the wrong type": "client.widget.get(widget_id=1)",
    "wrong type for a timestamp": 'client.widget.create(folder_id="f", name="n", expires_at="x")',
    "missing argument of the raw view": "client.widget.with_raw_response.get()",
    "wrong response type of a resumed operation": "x: int = client.widget.resume_create('o').wait()",
}


def mypy(sdk_path: Path, scripts: dict[str, str], cache: Path) -> dict[str, str]:
    """mypy --strict output per script (empty when clean); one run for all of them."""
    folder = sdk_path.parent / "scripts"
    folder.mkdir(exist_ok=True)
    for name, text in scripts.items():
        (folder / f"{name}.py").write_text(text)
    result = subprocess.run(
        [
            str(VENV_BIN / "mypy"),
            "--strict",
            "--cache-dir",
            str(cache),
            *(str(folder / f"{name}.py") for name in scripts),
        ],
        cwd=sdk_path,
        capture_output=True,
        text=True,
        check=False,
        env={"MYPYPATH": str(sdk_path), "PATH": str(VENV_BIN)},
    )
    assert "error: Cannot find" not in result.stdout, result.stdout
    return {
        name: "\n".join(line for line in result.stdout.splitlines() if f"{name}.py:" in line)
        for name in scripts
    }


def test_mypy_catches_missing_required_arguments(sdk_path: Path, tmp_path: Path) -> None:
    header = "from ycrest.usage.v1 import UsageClient\n\nclient = UsageClient(iam_token='t')\n"
    scripts = {"good": textwrap.dedent(GOOD)}
    names = {f"bad_{i}": why for i, why in enumerate(BAD)}
    scripts.update({name: header + BAD[why] + "\n" for name, why in names.items()})
    found = mypy(sdk_path, scripts, tmp_path / ".mypy")
    assert found["good"] == ""
    for name, why in names.items():
        assert "error:" in found[name], f"mypy accepts a call with a {why}"


def test_signatures_mark_required_arguments(client_module: ModuleType) -> None:
    import inspect
    import typing

    resource = client_module.WidgetResource
    overloads = typing.get_overloads(resource.create)
    assert len(overloads) == 2
    by_fields, by_request = (inspect.signature(o).parameters for o in overloads)
    required = [n for n, p in by_fields.items() if p.default is inspect.Parameter.empty]
    assert required == ["self", "folder_id", "name"]  # oneof members stay optional
    assert "request" not in by_fields and by_request["request"].default is inspect.Parameter.empty
    assert by_fields["expires_at"].annotation == "_rt.TimestampLike | None"


# --- running against a mock server -------------------------------------------------------

WIDGET = {"id": "w1", "name": "n", "expiresAt": "2030-01-02T03:04:05Z", "ttl": "1.500s"}


class Server:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/usage/v1/widgets":
            return httpx.Response(200, json={"id": "op1", "done": False})
        if path == "/operations/op1" and request.method == "GET":
            return httpx.Response(
                200,
                json={
                    "id": "op1",
                    "done": True,
                    "metadata": {"@type": "m", "widgetId": "w1"},
                    "response": {"@type": "w", **WIDGET},
                },
            )
        if path == "/operations/op1:cancel":
            return httpx.Response(200, json={"id": "op1", "done": False, "description": "c"})
        return httpx.Response(404, json={"code": 5, "message": path})


def test_datetime_and_timedelta_arguments(client_module: ModuleType) -> None:
    server = Server()
    client = client_module.UsageClient(iam_token="t", http_client=httpx.MockTransport(server))
    moscow = dt.timezone(dt.timedelta(hours=3))
    client.widget.create(
        folder_id="f",
        name="n",
        expires_at=dt.datetime(2030, 1, 2, 6, 4, 5, 250000, tzinfo=moscow),
        ttl=dt.timedelta(seconds=1, milliseconds=500),
    )
    body = json.loads(server.requests[-1].content)
    assert body["expiresAt"] == "2030-01-02T03:04:05.250Z" and body["ttl"] == "1.500s"
    with pytest.raises(ValueError, match="no time zone"):
        client.widget.create(folder_id="f", name="n", expires_at=dt.datetime(2030, 1, 1))
    assert len(server.requests) == 1  # nothing sent for the naive datetime


def test_timestamp_and_duration_print_as_their_json(client_module: ModuleType) -> None:
    from ycrest import Duration, Timestamp

    assert str(Timestamp(seconds=1_893_553_445, nanos=250_000_000)) == "2030-01-02T03:04:05.250Z"
    assert str(Duration(seconds=1, nanos=500_000_000)) == "1.500s"
    assert str(Duration.from_timedelta(dt.timedelta(seconds=-1.5))) == "-1.500s"
    assert f"{Timestamp(0)}" == "1970-01-01T00:00:00Z"


def test_resume_an_operation_by_id(client_module: ModuleType) -> None:
    models = importlib.import_module("ycrest.usage.v1.models")
    server = Server()
    client = client_module.UsageClient(iam_token="t", http_client=httpx.MockTransport(server))
    operation = client.widget.resume_create("op1")
    assert operation.done and operation.metadata == models.CreateWidgetMetadata(widget_id="w1")
    widget = operation.wait()
    assert isinstance(widget, models.Widget) and widget.ttl is not None
    assert str(widget.ttl) == "1.500s"
    assert [r.url.path for r in server.requests] == ["/operations/op1"]

    raw = client.operations.get("op1")
    assert raw.response == WIDGET  # undecoded JSON, without its @type
    cancelled = client.operations.cancel("op1")
    assert cancelled.description == "c" and server.requests[-1].method == "POST"


def test_async_resume_and_operations(client_module: ModuleType) -> None:
    models = importlib.import_module("ycrest.usage.v1.models")
    server = Server()

    async def main() -> tuple[Any, Any]:
        async with client_module.AsyncUsageClient(
            iam_token="t", http_client=httpx.MockTransport(server)
        ) as client:
            widget = await (await client.widget.resume_create("op1")).wait()
            cancelled = await client.operations.cancel("op1")
            return widget, cancelled

    widget, cancelled = asyncio.run(main())
    assert widget == models.Widget.from_json(WIDGET)
    assert cancelled.description == "c"
