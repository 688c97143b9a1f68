"""User servicers: an overridden method is routed to with its typed request, the others
answer 501; errors a servicer raises keep their status; the fake runs in-process too, from
the command line, and as pytest fixtures."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ROOT, GeneratedApi, GeneratedSdk
from .helpers import AUTH


def _servicer_class(backup: GeneratedApi) -> type:
    stub = backup.stub
    models = backup.models
    runtime = importlib.import_module(f"{ROOT}._runtime.stub")

    class MyBackups(stub.BackupServicer):  # type: ignore[name-defined,misc]
        def __init__(self) -> None:
            self.requests: list[Any] = []

        async def get(self, request: Any, context: Any) -> Any:
            self.requests.append(request)
            if request.backup_id == "missing":
                raise runtime.StubError.not_found("backup missing not found")
            return models.Backup(id=request.backup_id, compute_instance_id="vm1")

    return MyBackups


def test_an_overridden_method_is_routed_to_and_the_rest_answer_501(
    backup: GeneratedApi,
) -> None:
    servicer = _servicer_class(backup)()
    app = backup.stub.create_app(servicer)
    runtime = importlib.import_module(f"{ROOT}._runtime")
    with (
        _serve(backup, app) as url,
        backup.client.BackupClient(iam_token="t", hosts={"*": url}) as client,
    ):
        got = client.backup.get(backup_id="b-42", folder_id="folder1")
        assert got.id == "b-42" and got.compute_instance_id == "vm1"
        assert servicer.requests[0].folder_id == "folder1"
        assert isinstance(servicer.requests[0], backup.models.GetBackupRequest)
        with pytest.raises(runtime.UnimplementedError) as info:
            client.backup.list_files(backup_id="b-42", folder_id="folder1")
        assert info.value.http_status == 501
        assert "Backup.ListFiles" in str(info.value)
        with pytest.raises(runtime.UnimplementedError):
            client.resource.list(folder_id="folder1")  # another service, not given
        with pytest.raises(runtime.NotFoundError) as missing:
            client.backup.get(backup_id="missing", folder_id="folder1")
        assert missing.value.message == "backup missing not found"


@contextlib.contextmanager
def _serve(backup: GeneratedApi, app: Any) -> Iterator[str]:
    """The base URL of `app` served on 127.0.0.1 for the `with` block."""
    runtime = importlib.import_module(f"{ROOT}._runtime.stub")
    with runtime.serve_in_thread(app) as server:
        yield server.url


def test_a_fake_servicer_subclass_changes_one_method(backup: GeneratedApi) -> None:
    stub = backup.stub

    class OneFixed(stub.FakeResourceServicer):  # type: ignore[name-defined,misc]
        async def list(self, request: Any, context: Any) -> Any:
            return backup.models.ListResourcesResponse(resources=[], next_page_token="")

    runtime = importlib.import_module(f"{ROOT}._runtime.stub")
    with stub.fake_client(OneFixed(runtime.FakeData(stub.SCHEMA))) as client:
        assert client.resource.list(folder_id="f1").resources == []
        assert len(client.resource.list_tasks(compute_instance_id="vm1").tasks) == 1


def test_a_servicer_of_no_service_is_rejected(backup: GeneratedApi) -> None:
    with pytest.raises(TypeError, match="subclasses none of"):
        backup.stub.create_app(object())


def test_in_process_async_client_through_asgi_transport(backup: GeneratedApi) -> None:
    async def run() -> tuple[Any, Any]:
        client = backup.stub.fake_async_client(seed=2, stateful=False)
        try:
            listed = await client.resource.list(folder_id="f1")
            operation = await client.policy.update(
                policy_id="p1",
                request=backup.models.UpdatePolicyRequest.from_json(
                    importlib.import_module(f"{ROOT}._runtime.stub")
                    .FakeData(backup.stub.SCHEMA)
                    .message("yandex.cloud.backup.v1.UpdatePolicyRequest")
                ),
            )
            return listed, await operation.wait()
        finally:
            await client.aclose()

    listed, policy = asyncio.run(run())
    assert isinstance(listed, backup.models.ListResourcesResponse)
    assert isinstance(policy, backup.models.Policy)


def test_servicer_bugs_are_500_but_bad_answers_caught(backup: GeneratedApi) -> None:
    class Broken(backup.stub.BackupServicer):  # type: ignore[name-defined,misc]
        async def get(self, request: Any, context: Any) -> Any:
            return backup.models.Backup(type="NOT_AN_ENUM_VALUE")

    app = backup.stub.create_app(Broken(), validate_responses=True)
    with _serve(backup, app) as url:
        response = httpx.get(f"{url}/backup/v1/backups/b1", params={"folderId": "f"}, headers=AUTH)
    assert response.status_code == 500
    assert "type" in response.json()["message"] and response.json()["code"] == 13


def test_command_line_help(sdk: GeneratedSdk, backup: GeneratedApi) -> None:
    result = subprocess.run(
        [sys.executable, "-m", f"{backup.module}.stub", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(sdk.path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "--port" in result.stdout and "--seed" in result.stdout


def test_pytest_fixtures_hand_back_a_client_on_the_fake(
    sdk: GeneratedSdk, backup: GeneratedApi, tmp_path: Path
) -> None:
    (tmp_path / "conftest.py").write_text(
        f'pytest_plugins = ["{backup.module}.stub.testing"]\n', encoding="utf-8"
    )
    (tmp_path / "test_uses_fake.py").write_text(
        textwrap.dedent(f"""
            from {backup.module}.models import ListResourcesResponse


            def test_list(fake_backup_client):
                page = fake_backup_client.resource.list(folder_id="f1")
                assert isinstance(page, ListResourcesResponse)


            def test_server(fake_backup_server):
                assert fake_backup_server.url.startswith("http://127.0.0.1:")
            """),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(sdk.path)},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
