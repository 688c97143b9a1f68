"""Raw responses: what `with_raw_response` views return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")


class APIResponse(Generic[T]):
    """An HTTP response with its typed value one `.parse()` away."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[Any], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    def json(self) -> Any:
        """The body as decoded JSON ({} for an empty body)."""
        if not self.http_response.content:
            return {}
        return self.http_response.json()

    def parse(self) -> T:
        return self._parse(self.json())

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"
