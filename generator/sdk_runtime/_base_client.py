"""Base classes of the generated clients and their per-service resources."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx

from ._auth import (
    DEFAULT_API_HOST,
    AsyncCredentials,
    AsyncIAMTokenCredentials,
    AsyncOAuthCredentials,
    AsyncServiceAccountKeyCredentials,
    Credentials,
    IAMTokenCredentials,
    OAuthCredentials,
    ServiceAccountKey,
    ServiceAccountKeyCredentials,
)
from ._errors import YCError
from ._operations import AsyncOperation, MetadataT, Operation, ResponseT
from ._pagination import AsyncPager, SyncPager
from ._request import HostResolver
from ._response import APIResponse
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport, TransportSettings, user_agent
from ._types import CallOptions, JSONModel, JSONObject, MethodSpec, Timeout

T = TypeVar("T")
PageT = TypeVar("PageT")

DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2


def request_payload(
    model: Callable[..., JSONModel],
    request: JSONModel | None,
    fields: Mapping[str, tuple[str, Any]],
) -> JSONObject:
    """The request JSON of a generated method: `request.to_json()`, overridden by the keyword
    arguments given (`fields` maps JSON name -> (attribute name, value); None = not given).
    The keyword arguments are encoded by building the request model from them."""
    payload: JSONObject = dict(request.to_json()) if request is not None else {}
    given = {attr: value for attr, value in fields.values() if value is not None}
    if given:
        encoded = model(**given).to_json()
        for json_name, (attr, _) in fields.items():
            if attr in given and json_name in encoded:
                payload[json_name] = encoded[json_name]
    return payload


def _settings(
    api_host: str,
    hosts: Mapping[str, str] | None,
    timeout: Timeout,
    max_retries: int,
    retry_non_idempotent: bool,
    retry_policy: RetryPolicy | None,
    sdk_version: str,
    clock: Callable[[], float],
) -> TransportSettings:
    policy = retry_policy or RetryPolicy(
        max_retries=max_retries, retry_non_idempotent=retry_non_idempotent
    )
    return TransportSettings(
        resolver=HostResolver(api_host, hosts),
        retry=policy,
        timeout=timeout,
        user_agent=user_agent(sdk_version),
        clock=clock,
    )


def _too_many(**given: Any) -> None:
    names = [name for name, value in given.items() if value is not None]
    if len(names) > 1:
        raise YCError(f"pass one of {', '.join(names)}, not several")
    if not names:
        raise YCError(
            "no credentials: pass credentials=, iam_token=, oauth_token= or service_account_key="
        )


class BaseClient:
    """Sync client: owns the HTTP client, credentials and retry settings."""

    sdk_version: ClassVar[str] = "0.0.0"  # the generated client sets its distribution's version

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        iam_token: str | None = None,
        oauth_token: str | None = None,
        service_account_key: ServiceAccountKey | None = None,
        api_host: str = DEFAULT_API_HOST,
        hosts: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _too_many(
            credentials=credentials,
            iam_token=iam_token,
            oauth_token=oauth_token,
            service_account_key=service_account_key,
        )
        if credentials is None:
            if iam_token is not None:
                credentials = IAMTokenCredentials(iam_token)
            elif oauth_token is not None:
                credentials = OAuthCredentials(oauth_token)
            else:
                assert service_account_key is not None
                credentials = ServiceAccountKeyCredentials(service_account_key)
        self._owns_http = not isinstance(http_client, httpx.Client)
        if isinstance(http_client, httpx.Client):
            http = http_client
        else:
            http = httpx.Client(transport=http_client)
        settings = _settings(
            api_host,
            hosts,
            timeout,
            max_retries,
            retry_non_idempotent,
            retry_policy,
            self.sdk_version,
            clock,
        )
        credentials.bind(http, settings.resolver)
        self._transport = SyncTransport(http, credentials, settings, sleep)

    def close(self) -> None:
        """Close the HTTP client if the SDK created it."""
        if self._owns_http:
            self._transport.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} api_host={self._transport.settings.resolver.api_host!r}>"


class AsyncBaseClient:
    """Async client, same shape as `BaseClient`."""

    sdk_version: ClassVar[str] = "0.0.0"

    def __init__(
        self,
        *,
        credentials: AsyncCredentials | None = None,
        iam_token: str | None = None,
        oauth_token: str | None = None,
        service_account_key: ServiceAccountKey | None = None,
        api_host: str = DEFAULT_API_HOST,
        hosts: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        _too_many(
            credentials=credentials,
            iam_token=iam_token,
            oauth_token=oauth_token,
            service_account_key=service_account_key,
        )
        if credentials is None:
            if iam_token is not None:
                credentials = AsyncIAMTokenCredentials(iam_token)
            elif oauth_token is not None:
                credentials = AsyncOAuthCredentials(oauth_token)
            else:
                assert service_account_key is not None
                credentials = AsyncServiceAccountKeyCredentials(service_account_key)
        self._owns_http = not isinstance(http_client, httpx.AsyncClient)
        if isinstance(http_client, httpx.AsyncClient):
            http = http_client
        else:
            http = httpx.AsyncClient(transport=http_client)
        settings = _settings(
            api_host,
            hosts,
            timeout,
            max_retries,
            retry_non_idempotent,
            retry_policy,
            self.sdk_version,
            clock,
        )
        credentials.bind(http, settings.resolver)
        self._transport = AsyncTransport(http, credentials, settings, sleep)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._transport.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} api_host={self._transport.settings.resolver.api_host!r}>"


class SyncService:
    """Base of a generated resource (`client.policy`) and of its raw-response view."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def _request(
        self,
        spec: MethodSpec,
        payload: JSONObject,
        parse: Callable[[Any], T],
        options: CallOptions,
    ) -> APIResponse[T]:
        return APIResponse(self._transport.request(spec, payload, options), parse)

    def _operation(
        self, metadata: Callable[[Any], MetadataT], response: Callable[[Any], ResponseT]
    ) -> Callable[[Any], Operation[MetadataT, ResponseT]]:
        def build(data: Any) -> Operation[MetadataT, ResponseT]:
            return Operation(data, self._transport, metadata, response)

        return build

    def _paginate(
        self,
        spec: MethodSpec,
        payload: JSONObject,
        parse: Callable[[Any], PageT],
        options: CallOptions,
        items_attribute: str,
    ) -> SyncPager[PageT, Any]:
        def fetch(token: str | None) -> PageT:
            page = dict(payload)
            if token is not None:
                page["pageToken"] = token
            return self._request(spec, page, parse, options).parse()

        return SyncPager(fetch, items_attribute)


class AsyncService:
    """Async counterpart of `SyncService`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def _request(
        self,
        spec: MethodSpec,
        payload: JSONObject,
        parse: Callable[[Any], T],
        options: CallOptions,
    ) -> APIResponse[T]:
        return APIResponse(await self._transport.request(spec, payload, options), parse)

    def _operation(
        self, metadata: Callable[[Any], MetadataT], response: Callable[[Any], ResponseT]
    ) -> Callable[[Any], AsyncOperation[MetadataT, ResponseT]]:
        def build(data: Any) -> AsyncOperation[MetadataT, ResponseT]:
            return AsyncOperation(data, self._transport, metadata, response)

        return build

    def _paginate(
        self,
        spec: MethodSpec,
        payload: JSONObject,
        parse: Callable[[Any], PageT],
        options: CallOptions,
        items_attribute: str,
    ) -> AsyncPager[PageT, Any]:
        async def fetch(token: str | None) -> PageT:
            page = dict(payload)
            if token is not None:
                page["pageToken"] = token
            return (await self._request(spec, page, parse, options)).parse()

        return AsyncPager(fetch, items_attribute)
