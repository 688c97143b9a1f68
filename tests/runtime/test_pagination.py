from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import generator.sdk_runtime as rt
from generator.sdk_runtime import CallOptions, MethodSpec

from .helpers import FakeClock, Recorder, async_client, ok, sync_client


@dataclass
class Page:
    policies: list[str] = field(default_factory=list)
    next_page_token: str = ""

    @classmethod
    def from_json(cls, data: Any) -> Page:
        return cls(list(data.get("policies", [])), data.get("nextPageToken", ""))


PAGES = {
    None: Page(["a", "b"], "t1"),
    "t1": Page([], "t2"),  # an empty page in the middle does not stop paging
    "t2": Page(["c"], ""),
}


def test_sync_pager_items_and_pages() -> None:
    seen: list[str | None] = []

    def fetch(token: str | None) -> Page:
        seen.append(token)
        return PAGES[token]

    pager: rt.SyncPager[Page, str] = rt.SyncPager(fetch, "policies")
    assert list(pager) == ["a", "b", "c"]
    assert seen == [None, "t1", "t2"]
    assert [p.policies for p in pager.pages()] == [["a", "b"], [], ["c"]]


def test_async_pager_items_and_pages() -> None:
    async def fetch(token: str | None) -> Page:
        return PAGES[token]

    async def main() -> tuple[list[str], int]:
        pager: rt.AsyncPager[Page, str] = rt.AsyncPager(fetch, "policies")
        items = [item async for item in pager]
        pages = [page async for page in pager.pages()]
        return items, len(pages)

    assert asyncio.run(main()) == (["a", "b", "c"], 3)


def handler_for_pages(rec_pages: dict[str | None, dict[str, Any]]) -> Any:
    def handler(request: Any) -> Any:
        return ok(rec_pages[request.url.params.get("pageToken")])

    return handler


SPEC = MethodSpec("GET", "backup.{api_host}", "/backup/v1/policies")
WIRE: dict[str | None, dict[str, Any]] = {
    None: {"policies": ["a"], "nextPageToken": "n1"},
    "n1": {"policies": ["b"]},
}


def test_service_paginate_sends_page_tokens() -> None:
    rec = Recorder(handler_for_pages(WIRE))
    client = sync_client(rec, FakeClock())
    pager = rt.SyncService(client._transport)._paginate(
        SPEC, {"folderId": "f", "pageSize": "1"}, Page.from_json, CallOptions(), "policies"
    )
    assert list(pager) == ["a", "b"]
    assert [r.url.params.multi_items() for r in rec.requests] == [
        [("folderId", "f"), ("pageSize", "1")],
        [("folderId", "f"), ("pageSize", "1"), ("pageToken", "n1")],
    ]


def test_async_service_paginate() -> None:
    rec = Recorder(handler_for_pages(WIRE))

    async def main() -> list[str]:
        async with async_client(rec, FakeClock()) as client:
            pager = rt.AsyncService(client._transport)._paginate(
                SPEC, {"folderId": "f"}, Page.from_json, CallOptions(), "policies"
            )
            return [item async for item in pager]

    assert asyncio.run(main()) == ["a", "b"]
    assert rec.requests[1].url.params["pageToken"] == "n1"
