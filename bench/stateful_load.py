"""The stateful fake under load: `python -m ycrest.resourcemanager.v1.stub` (folders kept in
memory) on 127.0.0.1, and from each of N keep-alive connections a repeating mix of one
create (`POST /resource-manager/v1/folders`), two gets of the folder it made and one list
(`GET /resource-manager/v1/folders?cloudId=...&pageSize=10`); folder names are unique, so
every create succeeds. A run counts an error for any
non-2xx answer or a get that misses its folder. Only servers this module starts are
contacted."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from .stub_load import HOST, http_request, measure, read_response, run_workers

MODULE = "ycrest.resourcemanager.v1.stub"
API_HOST = "resource-manager.api.cloud.yandex.net"
FOLDERS = "/resource-manager/v1/folders"
CLOUD_ID = "b1gbenchcloud0000000"
MIX = ("create", "get", "list", "get")  # 1 create : 2 gets : 1 list


def _request(kind: str, name: str, folder_id: str) -> bytes:
    if kind == "create":
        body = json.dumps({"cloudId": CLOUD_ID, "name": name}).encode()
        return http_request("POST", FOLDERS, API_HOST, body)
    if kind == "get":
        return http_request("GET", f"{FOLDERS}/{folder_id}", API_HOST)
    return http_request("GET", f"{FOLDERS}?cloudId={CLOUD_ID}&pageSize=10", API_HOST)


async def _worker(
    port: int, prefix: str, count: int, latencies: list[float], errors: list[str]
) -> None:
    reader, writer = await asyncio.open_connection(HOST, port)
    folder_id = ""
    try:
        for step in range(count):
            kind = MIX[step % len(MIX)]
            if kind == "get" and not folder_id:
                kind = "create"
            start = time.perf_counter()
            writer.write(_request(kind, f"{prefix}-{step}", folder_id))
            status, body = await read_response(reader)
            latencies.append(time.perf_counter() - start)
            if body is None or not status.startswith(b"2"):
                errors.append(f"{kind}: {status.decode()}")
                if body is None:
                    return
                continue
            if kind == "create":
                folder_id = json.loads(body)["metadata"]["folderId"]
            elif kind == "get" and json.loads(body).get("id") != folder_id:
                errors.append("get: another folder")
    finally:
        writer.close()


async def _load(port: int, total: int, concurrency: int, run: str) -> dict[str, Any]:
    return await run_workers(
        total,
        concurrency,
        lambda i, count, lat, err: _worker(port, f"{run}-w{i}", count, lat, err),
    )


def run(
    sdk_dir: Path, *, total: int, concurrency: int, warmup: int, time_limit: float
) -> dict[str, Any]:
    return measure(
        sdk_dir,
        MODULE,
        _load,
        total=total,
        concurrency=concurrency,
        warmup=warmup,
        time_limit=time_limit,
    )


if __name__ == "__main__":
    print(
        run(Path(sys.argv[1]), total=int(sys.argv[2]), concurrency=50, warmup=200, time_limit=120)
    )
