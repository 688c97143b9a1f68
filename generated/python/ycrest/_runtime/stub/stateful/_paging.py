"""Pages of a list: creation order, `pageSize` capped at the documented maximum, and an
opaque `pageToken` naming the last item handed out (stable while items come and go)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any

from .._errors import INVALID_ARGUMENT, StubError
from ._rules import DEFAULT_PAGE_SIZE

_PREFIX = "after:"


def encode_token(seq: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{seq}".encode()).decode().rstrip("=")


def decode_token(token: str) -> int:
    try:
        text = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        if not text.startswith(_PREFIX):
            raise ValueError(text)
        return int(text.removeprefix(_PREFIX))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise StubError(INVALID_ARGUMENT, f"invalid pageToken {token!r}") from None


def page_size(request: dict[str, Any], maximum: int) -> int:
    try:
        size = int(request.get("pageSize") or 0)
    except (TypeError, ValueError):
        size = 0
    if size <= 0:
        size = DEFAULT_PAGE_SIZE
    return min(size, maximum)


def page(
    items: Sequence[tuple[int, dict[str, Any]]], request: dict[str, Any], maximum: int
) -> tuple[list[dict[str, Any]], str]:
    """(items of the page, next page token or "") for (sequence number, JSON) pairs in order."""
    token = str(request.get("pageToken") or "")
    after = decode_token(token) if token else None
    remaining = [pair for pair in items if after is None or pair[0] > after]
    size = page_size(request, maximum)
    shown = remaining[:size]
    more = len(remaining) > size
    return [json for _, json in shown], (encode_token(shown[-1][0]) if more else "")
