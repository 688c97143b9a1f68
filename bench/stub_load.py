"""Stub server under load: the generated fake of the seed API (`ycrest.backup.v1.stub`)
served by uvicorn on 127.0.0.1 (a port the OS picks), then a bounded run of keep-alive
HTTP/1.1 requests at fixed concurrency from a minimal asyncio client (so the client's own
cost stays small next to the server's). Only servers this module starts are contacted."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .common import PYTHON, log

HOST = "127.0.0.1"
PATH = "/backup/v1/resources/fhm00000000000000001/tasks?pageSize=10"
REQUEST_TIMEOUT = 10.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _wait_until_listening(port: int, proc: subprocess.Popen[bytes], limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the stub server exited with {proc.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the stub server did not start listening")


async def _worker(
    port: int, count: int, latencies: list[float], errors: list[str], host: str
) -> None:
    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: {host}\r\n"
        "Authorization: Bearer fake-iam-token\r\nAccept: application/json\r\n\r\n"
    ).encode()
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for _ in range(count):
            start = time.perf_counter()
            writer.write(request)
            status_line = await asyncio.wait_for(reader.readline(), REQUEST_TIMEOUT)
            length = -1
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if length < 0:
                errors.append("no content-length")
                return
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            status = status_line.split(b" ", 2)[1] if status_line else b"---"
            if not status.startswith(b"2"):
                errors.append(status.decode())
    finally:
        writer.close()


async def _load(port: int, total: int, concurrency: int, host: str) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    share, extra = divmod(total, concurrency)
    start = time.perf_counter()
    await asyncio.gather(
        *(
            _worker(port, share + (1 if i < extra else 0), latencies, errors, host)
            for i in range(concurrency)
        )
    )
    elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    return {
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "seconds": elapsed,
        "rps": len(latencies) / elapsed if elapsed else 0.0,
        "p50_ms": pct(0.50) * 1000,
        "p99_ms": pct(0.99) * 1000,
    }


def run(
    sdk_dir: Path, *, total: int, concurrency: int, warmup: int, time_limit: float
) -> dict[str, Any]:
    module = "ycrest.backup.v1.stub"
    if not (sdk_dir / "ycrest" / "backup" / "v1" / "stub" / "__main__.py").exists():
        return {"skipped": f"{module} is not in the generated SDK ({sdk_dir})"}
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(sdk_dir)}
    argv = [PYTHON, "-m", module, "--host", HOST, "--port", str(port), "--log-level", "warning"]
    log(f"stub server: {module} on {HOST}:{port}; {total} requests at concurrency {concurrency}")
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_until_listening(port, proc, 30)
        host = "backup.api.cloud.yandex.net"
        asyncio.run(
            asyncio.wait_for(_load(port, warmup, min(concurrency, warmup), host), time_limit)
        )
        result = asyncio.run(asyncio.wait_for(_load(port, total, concurrency, host), time_limit))
        result.update({"module": module, "concurrency": concurrency, "warmup": warmup})
        return result
    except TimeoutError:
        return {"skipped": f"the load run did not finish within {time_limit:.0f} s"}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    print(
        run(Path(sys.argv[1]), total=int(sys.argv[2]), concurrency=50, warmup=200, time_limit=120)
    )
