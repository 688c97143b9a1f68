"""Test doubles for the runtime: a recording mock server, a fake clock and fake sleeps."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from generator.sdk_runtime import AsyncBaseClient, BaseClient, RetryPolicy

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx.MockTransport handler answering from a script and recording requests."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return step(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class FakeClock:
    """Monotonic and wall clock in one; `sleep` advances it instead of waiting."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def ok(
    data: Any = None, status: int = 200, headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(status, json={} if data is None else data, headers=headers)


def no_jitter_policy(**kwargs: Any) -> RetryPolicy:
    """Retries with the full (un-jittered) backoff, so delays are predictable."""
    return RetryPolicy(jitter=lambda: 1.0, **kwargs)


def sync_client(recorder: Recorder, clock: FakeClock, **kwargs: Any) -> BaseClient:
    kwargs.setdefault("iam_token", "t0ken")
    kwargs.setdefault("retry_policy", no_jitter_policy())
    return BaseClient(http_client=recorder.transport(), sleep=clock.sleep, clock=clock, **kwargs)


def async_client(recorder: Recorder, clock: FakeClock, **kwargs: Any) -> AsyncBaseClient:
    kwargs.setdefault("iam_token", "t0ken")
    kwargs.setdefault("retry_policy", no_jitter_policy())
    return AsyncBaseClient(
        http_client=recorder.transport(), sleep=clock.async_sleep, clock=clock, **kwargs
    )
