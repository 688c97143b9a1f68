"""Auto-paging iterators: items across pages, following `next_page_token` until it is empty.

The generated code hands over a page-fetch callable (page token or None -> typed page) and
the name of the items attribute of the page model.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _next_token(page: Any, token_attribute: str) -> str | None:
    token = getattr(page, token_attribute, None)
    return token if isinstance(token, str) and token else None


class SyncPager(Generic[PageT, ItemT]):
    """`for item in pager` iterates items; `pager.pages()` iterates pages."""

    def __init__(
        self,
        fetch: Callable[[str | None], PageT],
        items_attribute: str,
        token_attribute: str = "next_page_token",
        first_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items_attribute
        self._token = token_attribute
        self._first = first_token

    def pages(self) -> Iterator[PageT]:
        token = self._first
        while True:
            page = self._fetch(token)
            yield page
            token = _next_token(page, self._token)
            if token is None:
                return

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            items: list[ItemT] = getattr(page, self._items, None) or []
            yield from items


class AsyncPager(Generic[PageT, ItemT]):
    """`async for item in pager` iterates items; `pager.pages()` iterates pages."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[PageT]],
        items_attribute: str,
        token_attribute: str = "next_page_token",
        first_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items_attribute
        self._token = token_attribute
        self._first = first_token

    async def pages(self) -> AsyncIterator[PageT]:
        token = self._first
        while True:
            page = await self._fetch(token)
            yield page
            token = _next_token(page, self._token)
            if token is None:
                return

    async def _items_iter(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            items: list[ItemT] = getattr(page, self._items, None) or []
            for item in items:
                yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items_iter()
