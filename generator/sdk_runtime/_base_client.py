"""Base classes of the generated clients and their per-service resources."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from ._auth import (
    DEFAULT_API_HOST,
    AsyncCredentials,
    AsyncIAMTokenCredentials,
    AsyncMetadataCredentials,
    AsyncOAuthCredentials,
    AsyncServiceAccountKeyCredentials,
    Credentials,
    IAMTokenCredentials,
    MetadataCredentials,
    OAuthCredentials,
    ServiceAccountKey,
    ServiceAccountKeyCredentials,
)
from ._credential_chain import resolve_credentials
from ._errors import YCError
from ._operations import (
    AsyncOperation,
    AsyncOperations,
    MetadataT,
    Operation,
    Operations,
    ResponseT,
)
from ._pagination import AsyncPager, SyncPager
from ._request import HostResolver
from ._response import APIResponse
from ._retry import RetryPolicy
from ._transport import AsyncTransport, SyncTransport, TransportSettings, user_agent
from ._types import CallOptions, JSONModel, JSONObject, MethodSpec, Timeout

T = TypeVar("T")
PageT = TypeVar("PageT")
C = TypeVar("C")

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


# Credential argument or chain kind -> the credentials class that uses it.
_BUILDERS: dict[str, Callable[[Any], Credentials]] = {
    "iam_token": IAMTokenCredentials,
    "oauth_token": OAuthCredentials,
    "service_account_key": ServiceAccountKeyCredentials,
    "metadata": lambda _: MetadataCredentials(),
}
_ASYNC_BUILDERS: dict[str, Callable[[Any], AsyncCredentials]] = {
    "iam_token": AsyncIAMTokenCredentials,
    "oauth_token": AsyncOAuthCredentials,
    "service_account_key": AsyncServiceAccountKeyCredentials,
    "metadata": lambda _: AsyncMetadataCredentials(),
}


@dataclass(frozen=True, slots=True)
class _Chosen(Generic[C]):
    credentials: C
    source: str  # `iam_token=`, `YC_TOKEN`, `yc profile 'default' (path)`...
    folder_id: str | None
    api_host: str | None


def _choose_credentials(
    builders: Mapping[str, Callable[[Any], C]],
    use_metadata: bool,
    credentials: C | None,
    **given: Any,
) -> _Chosen[C]:
    """The one credential argument given, else what the credential chain finds."""
    named = [n for n, v in {"credentials": credentials, **given}.items() if v is not None]
    if len(named) > 1:
        raise YCError(f"pass one of {', '.join(named)}, not several")
    if credentials is not None:
        return _Chosen(credentials, "credentials=", None, None)
    if named:
        return _Chosen(builders[named[0]](given[named[0]]), f"{named[0]}=", None, None)
    found = resolve_credentials(use_metadata=use_metadata)
    return _Chosen(builders[found.kind](found.value), found.source, found.folder_id, found.api_host)


class BaseClient:
    """Sync client: owns the HTTP client, credentials and retry settings.

    Given no credential argument, it takes what the credential chain finds (see
    `_credential_chain`), once, here. `folder_id` is then the `yc` profile's folder (or
    `YC_FOLDER_ID`); `credentials_source` says where the credentials came from."""

    sdk_version: ClassVar[str] = "0.0.0"  # the generated client sets its distribution's version

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        iam_token: str | None = None,
        oauth_token: str | None = None,
        service_account_key: ServiceAccountKey | None = None,
        use_metadata_credentials: bool = False,
        api_host: str | None = None,
        hosts: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        chosen = _choose_credentials(
            _BUILDERS,
            use_metadata_credentials,
            credentials,
            iam_token=iam_token,
            oauth_token=oauth_token,
            service_account_key=service_account_key,
        )
        self.folder_id = chosen.folder_id
        self.credentials_source = chosen.source
        self._owns_http = not isinstance(http_client, httpx.Client)
        if isinstance(http_client, httpx.Client):
            http = http_client
        else:
            http = httpx.Client(transport=http_client)
        settings = _settings(
            api_host or chosen.api_host or DEFAULT_API_HOST,
            hosts,
            timeout,
            max_retries,
            retry_non_idempotent,
            retry_policy,
            self.sdk_version,
            clock,
        )
        chosen.credentials.bind(http, settings.resolver)
        self._transport = SyncTransport(http, chosen.credentials, settings, sleep)

    @cached_property
    def operations(self) -> Operations:
        """Operations by id: `get` and `cancel`, for any method's operation."""
        return Operations(self._transport)

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
        use_metadata_credentials: bool = False,
        api_host: str | None = None,
        hosts: Mapping[str, str] | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_non_idempotent: bool = False,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        chosen = _choose_credentials(
            _ASYNC_BUILDERS,
            use_metadata_credentials,
            credentials,
            iam_token=iam_token,
            oauth_token=oauth_token,
            service_account_key=service_account_key,
        )
        self.folder_id = chosen.folder_id
        self.credentials_source = chosen.source
        self._owns_http = not isinstance(http_client, httpx.AsyncClient)
        if isinstance(http_client, httpx.AsyncClient):
            http = http_client
        else:
            http = httpx.AsyncClient(transport=http_client)
        settings = _settings(
            api_host or chosen.api_host or DEFAULT_API_HOST,
            hosts,
            timeout,
            max_retries,
            retry_non_idempotent,
            retry_policy,
            self.sdk_version,
            clock,
        )
        chosen.credentials.bind(http, settings.resolver)
        self._transport = AsyncTransport(http, chosen.credentials, settings, sleep)

    @cached_property
    def operations(self) -> AsyncOperations:
        """Operations by id: `get` and `cancel`, for any method's operation."""
        return AsyncOperations(self._transport)

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

    def _resume(
        self, operation_id: str, build: Callable[[Any], Operation[MetadataT, ResponseT]]
    ) -> Operation[MetadataT, ResponseT]:
        """The typed handle of an operation started earlier, fetched by its id."""
        return build({"id": operation_id}).refresh()

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

    async def _resume(
        self, operation_id: str, build: Callable[[Any], AsyncOperation[MetadataT, ResponseT]]
    ) -> AsyncOperation[MetadataT, ResponseT]:
        """See `SyncService._resume`."""
        return await build({"id": operation_id}).refresh()

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
