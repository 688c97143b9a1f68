"""The stateful fake as a standalone server process (`python -m <api>.stub`): the control API
over HTTP, a `--state` snapshot that survives a restart, and 50 concurrent creates."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import GeneratedApi, GeneratedSdk

FOLDER_ID = "b1gfolder00000000000"
AUTH = {"Authorization": "Bearer fake-iam-token"}


@pytest.fixture
def vpc(sdk: GeneratedSdk) -> GeneratedApi:
    return sdk.apis["yandex.cloud.vpc.v1"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def standalone(sdk: GeneratedSdk, gen: GeneratedApi, *args: str) -> Iterator[str]:
    """The generated stub's command line on a free 127.0.0.1 port; yields its URL."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(sdk.path)}
    command = [sys.executable, "-m", gen.module + ".stub", "--port", str(port)]
    command += ["--log-level", "warning", *args]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/_fake/state", timeout=1, headers=AUTH).raise_for_status()
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the stub did not start: {process.stderr}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stderr is not None:
            process.stderr.close()


def _client(gen: GeneratedApi, url: str, **kwargs: Any) -> Any:
    return gen.client.VpcClient(iam_token="t", hosts={"*": url}, **kwargs)


def test_state_snapshot_survives_a_restart(
    sdk: GeneratedSdk, vpc: GeneratedApi, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    with standalone(sdk, vpc, "--state", str(state), "--seed", "3") as url, _client(vpc, url) as c:
        network = c.network.create(folder_id=FOLDER_ID, name="kept").wait()
        operation_id = c.network.update(network_id=network.id, description="d").id
    saved = json.loads(state.read_text())
    networks = saved["resources"]["yandex.cloud.vpc.v1.Network"]
    assert [n["json"]["id"] for n in networks] == [network.id]
    assert not list(tmp_path.glob("*.tmp"))  # written by rename, no scratch left

    with standalone(sdk, vpc, "--state", str(state), "--seed", "3") as url, _client(vpc, url) as c:
        again = c.network.list(folder_id=FOLDER_ID).networks
        assert [(n.id, n.name, n.description) for n in again] == [(network.id, "kept", "d")]
        assert httpx.get(f"{url}/operations/{operation_id}", headers=AUTH).json()["done"] is True
        fresh = c.network.create(folder_id=FOLDER_ID, name="new").wait()
        assert fresh.id != network.id  # the id counter went on where it stopped


def test_control_over_http(sdk: GeneratedSdk, vpc: GeneratedApi) -> None:
    with standalone(sdk, vpc) as url, _client(vpc, url, sleep=lambda _s: None) as client:
        seeded = httpx.post(
            url + "/_fake/resources/Network",
            json={"folderId": FOLDER_ID, "name": "from-http"},
            headers=AUTH,
        ).json()
        assert client.network.list(folder_id=FOLDER_ID).networks[0].id == seeded["id"]
        fault = {"method": "Network.List", "code": "UNAVAILABLE", "times": 1, "retryAfter": 0}
        assert httpx.post(url + "/_fake/faults", json=fault, headers=AUTH).status_code == 200
        assert client.network.list(folder_id=FOLDER_ID).networks[0].name == "from-http"
        internal = {"method": "Network.List", "code": 13, "times": 1}
        httpx.post(url + "/_fake/faults", json=internal, headers=AUTH).raise_for_status()
        raw = httpx.get(url + "/vpc/v1/networks", params={"folderId": FOLDER_ID}, headers=AUTH)
        assert raw.status_code == 500 and raw.json()["code"] == 13
        state = httpx.get(url + "/_fake/state", headers=AUTH).json()
        assert [n["name"] for n in state["resources"]["yandex.cloud.vpc.v1.Network"]] == [
            "from-http"
        ]
        assert httpx.post(url + "/_fake/reset", headers=AUTH).status_code == 200
        assert httpx.get(url + "/_fake/state", headers=AUTH).json() == {
            "resources": {},
            "operations": [],
        }
        unknown = httpx.post(url + "/_fake/resources/Nothing", json={}, headers=AUTH)
        assert unknown.status_code == 404 and "Network" in unknown.json()["message"]


def test_50_concurrent_creates_are_all_kept(sdk: GeneratedSdk, vpc: GeneratedApi) -> None:
    async def run(url: str) -> tuple[list[str], list[list[str]]]:
        async with vpc.client.AsyncVpcClient(iam_token="t", hosts={"*": url}) as client:

            async def create(i: int) -> str:
                operation = await client.network.create(folder_id=FOLDER_ID, name=f"c-{i:02}")
                return str((await operation.wait()).id)

            async def snapshot() -> list[str]:
                page = await client.network.list(folder_id=FOLDER_ID, page_size=1000)
                return [n.id for n in page.networks or []]

            results = await asyncio.gather(
                *(create(i) for i in range(50)), *(snapshot() for _ in range(20))
            )
            final = await snapshot()
            return final, [list(r) for r in results[50:] if isinstance(r, list)]

    with standalone(sdk, vpc) as url:
        final, snapshots = asyncio.run(run(url))
    assert len(final) == 50 and len(set(final)) == 50
    for listed in snapshots:  # every list seen while creating is a prefix of the final one
        assert listed == final[: len(listed)]


def test_pytest_fixtures_give_a_fresh_state_per_test(
    sdk: GeneratedSdk, vpc: GeneratedApi, tmp_path: Path
) -> None:
    (tmp_path / "conftest.py").write_text(
        f'pytest_plugins = ["{vpc.module}.stub.testing"]\n', encoding="utf-8"
    )
    test = """
        def test_{n}(fake_vpc_client, fake_vpc_cloud):
            assert fake_vpc_cloud.resources("Network") == []
            fake_vpc_client.network.create(folder_id="{folder}", name="same").wait()
            assert len(fake_vpc_cloud.resources("Network")) == 1
    """
    body = "".join(test.format(n=n, folder=FOLDER_ID).replace("\n        ", "\n") for n in (1, 2))
    (tmp_path / "test_uses_fake.py").write_text(body, encoding="utf-8")
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


def test_a_broken_state_file_is_a_clear_error(
    sdk: GeneratedSdk, vpc: GeneratedApi, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    state.write_text('{"version": 1,\n  "resources": oops}\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", vpc.module + ".stub", "--port", "0", "--state", str(state)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(sdk.path)},
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"{state}:2: error: not JSON"), result.stderr
    assert "Traceback" not in result.stderr
    assert state.read_text(encoding="utf-8").endswith("oops}\n")  # left as it was
