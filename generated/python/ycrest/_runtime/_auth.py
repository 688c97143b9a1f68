"""Credentials: where the IAM token in `Authorization: Bearer ...` comes from.

Static IAM token, OAuth token exchange, service-account authorized key (JWT PS256 exchange)
and the VM metadata service, each sync (thread-safe) and async (asyncio-safe). Tokens are
cached and refreshed before they expire; `invalidate()` drops the cached one (the client
calls it once on HTTP 401). Secrets never show in repr, str or logs.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from ._errors import APIConnectionError, APITimeoutError, YCError, error_from_response
from ._request import HostResolver

DEFAULT_API_HOST = "api.cloud.yandex.net"
IAM_HOST = "iam.{api_host}"
IAM_TOKENS_PATH = "/iam/v1/tokens"
JWT_AUDIENCE = "https://iam.api.cloud.yandex.net/iam/v1/tokens"
METADATA_URL = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"
_DEFAULT_LIFETIME = 3600.0  # when a token response does not say
_PEM_WARNING = re.compile(r"\A\s*PLEASE DO NOT REMOVE THIS LINE![^\n]*\n")

Clock = Callable[[], float]
ServiceAccountKey = str | Path | Mapping[str, Any]


class AuthError(YCError):
    """Credentials are unusable (bad key file, unexpected token response...)."""


class _Secret:
    """A string that does not show itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__


@dataclass(frozen=True)
class _Token:
    value: _Secret
    expires_at: float
    refresh_at: float


def _parse_rfc3339(value: str) -> float:
    """`2024-01-02T03:04:05.123456789Z` -> epoch seconds (Python 3.10 has no `Z` or ns)."""
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)", value)
    if not m:
        raise ValueError(value)
    zone = "+00:00" if m.group(3) == "Z" else m.group(3)
    fraction = (m.group(2) or "0")[:6].ljust(6, "0")
    return datetime.fromisoformat(f"{m.group(1)}.{fraction}{zone}").timestamp()


def _make_token(value: Any, expires_at: float, now: float, margin: float) -> _Token:
    if not isinstance(value, str) or not value:
        raise AuthError("token response without a token")
    lifetime = max(0.0, expires_at - now)
    return _Token(_Secret(value), expires_at, expires_at - min(margin, lifetime / 2))


# --- token sources: what to send and how to read the answer (no I/O) ---------------------


class _Source(ABC):
    @abstractmethod
    def request(self, resolver: HostResolver, now: float) -> httpx.Request: ...

    @abstractmethod
    def parse(self, data: Any, now: float) -> tuple[Any, float]:
        """(token, expires_at epoch seconds) from the JSON answer."""


def _iam_exchange(resolver: HostResolver, body: dict[str, str]) -> httpx.Request:
    url = resolver.base_url(IAM_HOST) + IAM_TOKENS_PATH
    return httpx.Request("POST", url, json=body)


def _parse_iam(data: Any, now: float) -> tuple[Any, float]:
    if not isinstance(data, dict):
        raise AuthError("unexpected IAM token response")
    try:
        expires_at = _parse_rfc3339(str(data.get("expiresAt")))
    except ValueError:
        expires_at = now + _DEFAULT_LIFETIME
    return data.get("iamToken"), expires_at


class _OAuthSource(_Source):
    def __init__(self, oauth_token: str) -> None:
        self._oauth = _Secret(oauth_token)

    def request(self, resolver: HostResolver, now: float) -> httpx.Request:
        return _iam_exchange(resolver, {"yandexPassportOauthToken": self._oauth.reveal()})

    def parse(self, data: Any, now: float) -> tuple[Any, float]:
        return _parse_iam(data, now)


def _load_key(key: ServiceAccountKey) -> tuple[str, str, _Secret]:
    """(key id, service account id, PEM) from an authorized key file or its JSON."""
    if isinstance(key, Mapping):
        data: Any = key
    else:
        try:
            data = json.loads(Path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise AuthError(f"cannot read the service account key file {key}: {exc}") from None
    if not isinstance(data, Mapping):
        raise AuthError("a service account key must be a JSON object")
    missing = [f for f in ("id", "service_account_id", "private_key") if not data.get(f)]
    if missing:
        raise AuthError(f"service account key lacks {', '.join(missing)}")
    pem = _PEM_WARNING.sub("", str(data["private_key"]), count=1)
    return str(data["id"]), str(data["service_account_id"]), _Secret(pem)


def _import_jwt() -> Any:
    dist = __name__.split(".", 1)[0]
    try:
        import jwt
    except ImportError:
        raise AuthError(
            "service account keys need PyJWT with cryptography; "
            f"install the optional extra `sa-key`: pip install '{dist}[sa-key]'"
        ) from None
    return jwt


class _ServiceAccountKeySource(_Source):
    def __init__(self, key: ServiceAccountKey) -> None:
        self.key_id, self.service_account_id, self._pem = _load_key(key)

    def make_jwt(self, now: float) -> str:
        jwt = _import_jwt()
        claims = {
            "iss": self.service_account_id,
            "aud": JWT_AUDIENCE,
            "iat": int(now),
            "exp": int(now) + 3600,
        }
        try:
            token = jwt.encode(
                claims, self._pem.reveal(), algorithm="PS256", headers={"kid": self.key_id}
            )
        except NotImplementedError:
            raise AuthError(
                "PS256 signing needs the `cryptography` package (the `sa-key` extra)"
            ) from None
        except ValueError as exc:  # a malformed PEM; the message does not quote the key
            raise AuthError(f"invalid private key in service account key: {exc}") from None
        return str(token)

    def request(self, resolver: HostResolver, now: float) -> httpx.Request:
        return _iam_exchange(resolver, {"jwt": self.make_jwt(now)})

    def parse(self, data: Any, now: float) -> tuple[Any, float]:
        return _parse_iam(data, now)


class _MetadataSource(_Source):
    def __init__(self, url: str) -> None:
        self.url = url

    def request(self, resolver: HostResolver, now: float) -> httpx.Request:
        return httpx.Request("GET", self.url, headers={"Metadata-Flavor": "Google"})

    def parse(self, data: Any, now: float) -> tuple[Any, float]:
        if not isinstance(data, dict):
            raise AuthError("unexpected metadata token response")
        expires_in = data.get("expires_in")
        lifetime = float(expires_in) if isinstance(expires_in, (int, float)) else _DEFAULT_LIFETIME
        return data.get("access_token"), now + lifetime


def _read(response: httpx.Response) -> Any:
    if response.status_code >= 400:
        raise error_from_response(response)
    try:
        return response.json()
    except ValueError:
        raise AuthError("token endpoint answered with non-JSON") from None


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    # The message names the host only: query strings and bodies may carry secrets.
    what = f"token request to {request.url.host} failed: {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(what, request=request)
    return APIConnectionError(what, request=request)


# --- sync --------------------------------------------------------------------------------


class Credentials(ABC):
    """Sync credentials provider."""

    @abstractmethod
    def token(self) -> str:
        """A valid IAM token."""

    def invalidate(self) -> None:
        """Forget the cached token (the server rejected it)."""

    def bind(self, http_client: httpx.Client, resolver: HostResolver) -> None:
        """Called by the client: token requests go through its HTTP client and hosts,
        unless the credentials were given their own."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class IAMTokenCredentials(Credentials):
    """A ready IAM token; not refreshed."""

    def __init__(self, iam_token: str) -> None:
        self._token = _Secret(iam_token)

    def token(self) -> str:
        return self._token.reveal()


class RefreshingCredentials(Credentials):
    """Caches a token from a source and fetches a new one before it expires."""

    def __init__(
        self,
        source: _Source,
        *,
        http_client: httpx.Client | None = None,
        api_host: str | None = None,
        hosts: Mapping[str, str] | None = None,
        clock: Clock = time.time,
        refresh_margin: float = 300.0,
    ) -> None:
        self._source = source
        self._http = http_client
        self._resolver = HostResolver(api_host or DEFAULT_API_HOST, hosts)
        self._own_resolver = api_host is not None or hosts is not None
        self._clock = clock
        self._margin = refresh_margin
        self._cached: _Token | None = None
        self._lock = threading.Lock()

    def bind(self, http_client: httpx.Client, resolver: HostResolver) -> None:
        if self._http is None:
            self._http = http_client
        if not self._own_resolver:
            self._resolver = resolver

    def invalidate(self) -> None:
        with self._lock:
            self._cached = None

    def token(self) -> str:
        with self._lock:
            now = self._clock()
            cached = self._cached
            if cached is not None and now < cached.refresh_at:
                return cached.value.reveal()
            try:
                self._cached = self._fetch(now)
            except YCError:
                if cached is not None and now < cached.expires_at:
                    return cached.value.reveal()  # refresh failed early; the old one still works
                raise
            return self._cached.value.reveal()

    def _fetch(self, now: float) -> _Token:
        if self._http is None:
            self._http = httpx.Client()
        request = self._source.request(self._resolver, now)
        try:
            response = self._http.send(request)
        except httpx.TransportError as exc:
            raise _transport_error(exc, request) from None
        value, expires_at = self._source.parse(_read(response), now)
        return _make_token(value, expires_at, now, self._margin)


class OAuthCredentials(RefreshingCredentials):
    """Exchanges a Yandex OAuth token for IAM tokens."""

    def __init__(self, oauth_token: str, **options: Any) -> None:
        super().__init__(_OAuthSource(oauth_token), **options)


class ServiceAccountKeyCredentials(RefreshingCredentials):
    """Signs JWTs with a service-account authorized key (file path or its JSON)."""

    def __init__(self, key: ServiceAccountKey, **options: Any) -> None:
        super().__init__(_ServiceAccountKeySource(key), **options)


class MetadataCredentials(RefreshingCredentials):
    """The service account attached to the VM, via the metadata service."""

    def __init__(self, url: str = METADATA_URL, **options: Any) -> None:
        super().__init__(_MetadataSource(url), **options)


# --- async -------------------------------------------------------------------------------


class AsyncCredentials(ABC):
    """Async credentials provider."""

    @abstractmethod
    async def token(self) -> str:
        """A valid IAM token."""

    def invalidate(self) -> None:
        """Forget the cached token (the server rejected it)."""

    def bind(self, http_client: httpx.AsyncClient, resolver: HostResolver) -> None:
        """See `Credentials.bind`."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class AsyncIAMTokenCredentials(AsyncCredentials):
    def __init__(self, iam_token: str) -> None:
        self._token = _Secret(iam_token)

    async def token(self) -> str:
        return self._token.reveal()


class AsyncRefreshingCredentials(AsyncCredentials):
    def __init__(
        self,
        source: _Source,
        *,
        http_client: httpx.AsyncClient | None = None,
        api_host: str | None = None,
        hosts: Mapping[str, str] | None = None,
        clock: Clock = time.time,
        refresh_margin: float = 300.0,
    ) -> None:
        self._source = source
        self._http = http_client
        self._resolver = HostResolver(api_host or DEFAULT_API_HOST, hosts)
        self._own_resolver = api_host is not None or hosts is not None
        self._clock = clock
        self._margin = refresh_margin
        self._cached: _Token | None = None
        self._lock: asyncio.Lock | None = None  # created inside the running loop

    def bind(self, http_client: httpx.AsyncClient, resolver: HostResolver) -> None:
        if self._http is None:
            self._http = http_client
        if not self._own_resolver:
            self._resolver = resolver

    def invalidate(self) -> None:
        self._cached = None

    async def token(self) -> str:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            now = self._clock()
            cached = self._cached
            if cached is not None and now < cached.refresh_at:
                return cached.value.reveal()
            try:
                self._cached = await self._fetch(now)
            except YCError:
                if cached is not None and now < cached.expires_at:
                    return cached.value.reveal()
                raise
            return self._cached.value.reveal()

    async def _fetch(self, now: float) -> _Token:
        if self._http is None:
            self._http = httpx.AsyncClient()
        request = self._source.request(self._resolver, now)
        try:
            response = await self._http.send(request)
        except httpx.TransportError as exc:
            raise _transport_error(exc, request) from None
        value, expires_at = self._source.parse(_read(response), now)
        return _make_token(value, expires_at, now, self._margin)


class AsyncOAuthCredentials(AsyncRefreshingCredentials):
    def __init__(self, oauth_token: str, **options: Any) -> None:
        super().__init__(_OAuthSource(oauth_token), **options)


class AsyncServiceAccountKeyCredentials(AsyncRefreshingCredentials):
    def __init__(self, key: ServiceAccountKey, **options: Any) -> None:
        super().__init__(_ServiceAccountKeySource(key), **options)


class AsyncMetadataCredentials(AsyncRefreshingCredentials):
    def __init__(self, url: str = METADATA_URL, **options: Any) -> None:
        super().__init__(_MetadataSource(url), **options)
