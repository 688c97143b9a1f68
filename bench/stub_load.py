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
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
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


def http_request(verb: str, path: str, host: str, body: bytes = b"") -> bytes:
    """One keep-alive HTTP/1.1 request with the fake's bearer token."""
    head = (
        f"{verb} {path} HTTP/1.1\r\nHost: {host}\r\n"
        "Authorization: Bearer fake-iam-token\r\nAccept: application/json\r\n"
    )
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


async def read_response(reader: asyncio.StreamReader) -> tuple[bytes, bytes | None]:
    """(status code, body) of one response; body None when it has no Content-Length."""
    status_line = await asyncio.wait_for(reader.readline(), REQUEST_TIMEOUT)
    length = -1
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    status = status_line.split(b" ", 2)[1] if status_line else b"---"
    if length < 0:
        return status, None
    return status, await reader.readexactly(length)


async def _worker(
    port: int, count: int, latencies: list[float], errors: list[str], host: str
) -> None:
    request = http_request("GET", PATH, host)
    reader, writer = await asyncio.open_connection(HOST, port)
    try:
        for _ in range(count):
            start = time.perf_counter()
            writer.write(request)
            status, body = await read_response(reader)
            if body is None:
                errors.append("no content-length")
                return
            latencies.append(time.perf_counter() - start)
            if not status.startswith(b"2"):
                errors.append(status.decode())
    finally:
        writer.close()


Worker = Callable[[int, int, list[float], list[str]], Awaitable[None]]


async def run_workers(total: int, concurrency: int, worker: Worker) -> dict[str, Any]:
    """`worker(index, count, latencies, errors)` for `concurrency` workers sharing `total`
    requests; the summary of their latencies and errors."""
    latencies: list[float] = []
    errors: list[str] = []
    share, extra = divmod(total, concurrency)
    start = time.perf_counter()
    await asyncio.gather(
        *(worker(i, share + (1 if i < extra else 0), latencies, errors) for i in range(concurrency))
    )
    return summary(latencies, errors, time.perf_counter() - start)


async def _load(port: int, total: int, concurrency: int, host: str) -> dict[str, Any]:
    return await run_workers(
        total, concurrency, lambda _i, count, lat, err: _worker(port, count, lat, err, host)
    )


def summary(latencies: list[float], errors: list[str], elapsed: float) -> dict[str, Any]:
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


def stub_missing(sdk_dir: Path, module: str) -> str | None:
    """Why `module` (`ycrest.x.v1.stub`) cannot be served from `sdk_dir`, or None."""
    if (sdk_dir / Path(*module.split(".")) / "__main__.py").exists():
        return None
    return f"{module} is not in the generated SDK ({sdk_dir})"


@contextmanager
def serving(sdk_dir: Path, module: str) -> Iterator[int]:
    """`python -m <module>` on a free 127.0.0.1 port for the `with` block; yields the port."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(sdk_dir)}
    argv = [PYTHON, "-m", module, "--host", HOST, "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_until_listening(port, proc, 30)
        yield port
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


Load = Callable[[int, int, int, str], Awaitable[dict[str, Any]]]


def measure(
    sdk_dir: Path,
    module: str,
    load: Load,
    *,
    total: int,
    concurrency: int,
    warmup: int,
    time_limit: float,
) -> dict[str, Any]:
    """Serve `module`, run `load(port, requests, concurrency, tag)` for the warm-up (tag
    "warm") and the measured run (tag "run"); the measured run's summary."""
    missing = stub_missing(sdk_dir, module)
    if missing:
        return {"skipped": missing}
    log(f"stub server: {module}; {total} requests at concurrency {concurrency}")
    try:
        with serving(sdk_dir, module) as port:
            warm = min(concurrency, warmup)
            asyncio.run(asyncio.wait_for(load(port, warmup, warm, "warm"), time_limit))
            result = asyncio.run(
                asyncio.wait_for(load(port, total, concurrency, "run"), time_limit)
            )
        result.update({"module": module, "concurrency": concurrency, "warmup": warmup})
        return result
    except TimeoutError:
        return {"skipped": f"the load run did not finish within {time_limit:.0f} s"}


def run(
    sdk_dir: Path, *, total: int, concurrency: int, warmup: int, time_limit: float
) -> dict[str, Any]:
    return measure(
        sdk_dir,
        "ycrest.backup.v1.stub",
        lambda port, count, conc, _tag: _load(port, count, conc, "backup.api.cloud.yandex.net"),
        total=total,
        concurrency=concurrency,
        warmup=warmup,
        time_limit=time_limit,
    )


if __name__ == "__main__":
    print(
        run(Path(sys.argv[1]), total=int(sys.argv[2]), concurrency=50, warmup=200, time_limit=120)
    )
