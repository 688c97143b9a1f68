"""Sends one logical call: URL and headers, authentication, retries, timeouts, errors.

`SyncTransport` and `AsyncTransport` have the same shape; the decisions they share live in
`_Plan` so the two loops stay small and identical.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from ._auth import AsyncCredentials, Credentials
from ._errors import APIConnectionError, APIStatusError, APITimeoutError, error_from_response
from ._request import HostResolver, split_request
from ._retry import RETRYABLE_STATUSES, RetryPolicy
from ._types import CallOptions, JSONObject, MethodSpec, Timeout

log = logging.getLogger(__name__.rsplit(".", 2)[0])  # the SDK root package's logger

_NO_OPTIONS = CallOptions()


def user_agent(sdk_version: str) -> str:
    dist = __name__.split(".", 1)[0]
    return (
        f"{dist}-python/{sdk_version} httpx/{httpx.__version__} python/{platform.python_version()}"
    )


def _as_timeout(value: Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@dataclass
class TransportSettings:
    resolver: HostResolver
    retry: RetryPolicy
    timeout: Timeout
    user_agent: str
    clock: Callable[[], float] = time.monotonic  # elapsed time, for the retry budget
    wall_clock: Callable[[], float] = time.time  # for HTTP-date Retry-After values


class _Plan:
    """One logical call: its request parts, ids, and retry decisions."""

    def __init__(
        self,
        settings: TransportSettings,
        spec: MethodSpec,
        payload: JSONObject,
        options: CallOptions,
    ) -> None:
        self.settings = settings
        self.spec = spec
        path, query, body = split_request(spec, payload)
        if options.extra_query:
            query.extend((k, str(v)) for k, v in options.extra_query.items())
        # The query goes into the URL text here, encoded as httpx encodes `params`: httpx
        # then parses the URL once instead of parsing it and merging the parameters in.
        self.url = settings.resolver.base_url(spec.host) + path
        if query:
            self.url += "?" + urlencode(query)
        self.body = body
        self.headers: dict[str, str] = {
            "User-Agent": settings.user_agent,
            "x-client-request-id": str(uuid.uuid4()),
        }
        if spec.mutating:
            self.headers["Idempotency-Key"] = str(uuid.uuid4())  # same on every retry
        self.headers.update(options.extra_headers or {})
        self.timeout = _as_timeout(
            options.timeout if options.timeout is not None else settings.timeout
        )
        opted_in = (
            options.retry if options.retry is not None else settings.retry.retry_non_idempotent
        )
        self.may_retry = spec.idempotent or opted_in
        self.started = settings.clock()
        self.retries = 0
        self.reauthenticated = False

    def build(self, http: httpx.Client | httpx.AsyncClient, token: str) -> httpx.Request:
        headers = dict(self.headers)
        headers["Authorization"] = f"Bearer {token}"
        return http.build_request(
            self.spec.verb,
            self.url,
            json=self.body,
            headers=headers,
            timeout=self.timeout,
        )

    def should_reauthenticate(self, response: httpx.Response) -> bool:
        """One token refresh and retry on 401."""
        if response.status_code != 401 or self.reauthenticated:
            return False
        self.reauthenticated = True
        return True

    def failure(
        self, response: httpx.Response | None, exc: Exception | None, request: httpx.Request
    ) -> tuple[Exception, float | None]:
        """(error to raise, delay before retrying or None to raise it now)."""
        error: Exception
        if response is not None:
            error = error_from_response(response)
            retryable = response.status_code in RETRYABLE_STATUSES
        elif isinstance(exc, httpx.TimeoutException):
            error = APITimeoutError(f"{self.spec.verb} {self.url} timed out", request=request)
            retryable = True
        else:
            error = APIConnectionError(
                f"{self.spec.verb} {self.url} failed: {exc}", request=request
            )
            retryable = True
        if not (retryable and self.may_retry):
            return error, None
        elapsed = self.settings.clock() - self.started
        delay = self.settings.retry.delay(
            self.retries, response, self.settings.wall_clock(), elapsed
        )
        if delay is not None:
            self.retries += 1
            log.debug(
                "retrying %s %s in %.2fs (retry %d)", self.spec.verb, self.url, delay, self.retries
            )
        return error, delay


def _log(response: httpx.Response) -> None:
    log.debug("%s %s -> %d", response.request.method, response.request.url, response.status_code)


class SyncTransport:
    def __init__(
        self,
        http: httpx.Client,
        credentials: Credentials,
        settings: TransportSettings,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = http
        self.credentials = credentials
        self.settings = settings
        self.sleep = sleep

    def request(
        self, spec: MethodSpec, payload: JSONObject, options: CallOptions | None = None
    ) -> httpx.Response:
        plan = _Plan(self.settings, spec, payload, options or _NO_OPTIONS)
        while True:
            request = plan.build(self.http, self.credentials.token())
            response: httpx.Response | None = None
            exc: Exception | None = None
            try:
                response = self.http.send(request)
            except httpx.TransportError as e:
                exc = e
            else:
                _log(response)
                if response.status_code < 400:
                    return response
                if plan.should_reauthenticate(response):
                    self.credentials.invalidate()
                    continue
            error, delay = plan.failure(response, exc, request)
            if delay is None:
                raise error from (exc if not isinstance(error, APIStatusError) else None)
            self.sleep(delay)


class AsyncTransport:
    def __init__(
        self,
        http: httpx.AsyncClient,
        credentials: AsyncCredentials,
        settings: TransportSettings,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.http = http
        self.credentials = credentials
        self.settings = settings
        self.sleep = sleep

    async def request(
        self, spec: MethodSpec, payload: JSONObject, options: CallOptions | None = None
    ) -> httpx.Response:
        plan = _Plan(self.settings, spec, payload, options or _NO_OPTIONS)
        while True:
            request = plan.build(self.http, await self.credentials.token())
            response: httpx.Response | None = None
            exc: Exception | None = None
            try:
                response = await self.http.send(request)
            except httpx.TransportError as e:
                exc = e
            else:
                _log(response)
                if response.status_code < 400:
                    return response
                if plan.should_reauthenticate(response):
                    self.credentials.invalidate()
                    continue
            error, delay = plan.failure(response, exc, request)
            if delay is None:
                raise error from (exc if not isinstance(error, APIStatusError) else None)
            await self.sleep(delay)
