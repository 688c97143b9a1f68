"""Clients of the Cloud Backup API (`yandex.cloud.backup.v1`).

Generated from the Yandex Cloud API reference; do not edit.

`BackupClient` and `AsyncBackupClient` have one attribute per service and one method
per operation. Methods take the request fields as keyword arguments (or `request=`), raise
the runtime's errors, and return typed models; `.with_raw_response` gives the HTTP
response instead. List methods have an auto-paging twin named `<method>_all`.
"""

from __future__ import annotations

import typing as _t
from functools import cached_property

import ycrest._runtime as _rt

from . import models as _m

__all__ = [
    "AsyncBackupClient",
    "AsyncResourceResource",
    "BackupClient",
    "ResourceResource",
]

_RESOURCE_LIST_TASKS = _rt.MethodSpec(
    "GET",
    "backup.{api_host}",
    "/backup/v1/resources/{computeInstanceId}/tasks",
    ("computeInstanceId",),
    (
        "pageSize",
        "pageToken",
    ),
)


class ResourceResourceWithRawResponse(_rt.SyncService):
    """Methods of the Resource service (`client.resource`). Each returns the raw response; `.parse()` gives the typed value."""

    @_t.overload
    def list_tasks(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]: ...

    @_t.overload
    def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]: ...

    def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]:
        """List tasks of resources.

        `GET /backup/v1/resources/{computeInstanceId}/tasks`

        Args:
            compute_instance_id: Required field. Compute Cloud instance ID.
            page_size: Number of results per page.
            page_token: Token for the results page.
        """
        return self._request(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )


class ResourceResource(_rt.SyncService):
    """Methods of the Resource service (`client.resource`)."""

    @property
    def with_raw_response(self) -> ResourceResourceWithRawResponse:
        """The same methods, returning the raw HTTP response."""
        return ResourceResourceWithRawResponse(self._transport)

    @_t.overload
    def list_tasks(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse: ...

    @_t.overload
    def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse: ...

    def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse:
        """List tasks of resources.

        `GET /backup/v1/resources/{computeInstanceId}/tasks`

        Args:
            compute_instance_id: Required field. Compute Cloud instance ID.
            page_size: Number of results per page.
            page_token: Token for the results page.
        """
        return self._request(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    @_t.overload
    def list_tasks_all(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListTasksResponse, _m.Task]: ...

    @_t.overload
    def list_tasks_all(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListTasksResponse, _m.Task]: ...

    def list_tasks_all(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListTasksResponse, _m.Task]:
        """Every item of every page of `list_tasks`, fetched as iteration goes on (`for`); `.pages()` yields the pages."""
        return self._paginate(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
            "tasks",
        )


class AsyncResourceResourceWithRawResponse(_rt.AsyncService):
    """Methods of the Resource service (`client.resource`). Each returns the raw response; `.parse()` gives the typed value."""

    @_t.overload
    async def list_tasks(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]: ...

    @_t.overload
    async def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]: ...

    async def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListTasksResponse]:
        """List tasks of resources.

        `GET /backup/v1/resources/{computeInstanceId}/tasks`

        Args:
            compute_instance_id: Required field. Compute Cloud instance ID.
            page_size: Number of results per page.
            page_token: Token for the results page.
        """
        return await self._request(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )


class AsyncResourceResource(_rt.AsyncService):
    """Methods of the Resource service (`client.resource`)."""

    @property
    def with_raw_response(self) -> AsyncResourceResourceWithRawResponse:
        """The same methods, returning the raw HTTP response."""
        return AsyncResourceResourceWithRawResponse(self._transport)

    @_t.overload
    async def list_tasks(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse: ...

    @_t.overload
    async def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse: ...

    async def list_tasks(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListTasksResponse:
        """List tasks of resources.

        `GET /backup/v1/resources/{computeInstanceId}/tasks`

        Args:
            compute_instance_id: Required field. Compute Cloud instance ID.
            page_size: Number of results per page.
            page_token: Token for the results page.
        """
        response = await self._request(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    @_t.overload
    def list_tasks_all(
        self,
        *,
        compute_instance_id: str,
        page_size: int | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListTasksResponse, _m.Task]: ...

    @_t.overload
    def list_tasks_all(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        request: _m.ListTasksRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListTasksResponse, _m.Task]: ...

    def list_tasks_all(
        self,
        *,
        compute_instance_id: str | None = None,
        page_size: int | None = None,
        request: _m.ListTasksRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListTasksResponse, _m.Task]:
        """Every item of every page of `list_tasks`, fetched as iteration goes on (`async for`); `.pages()` yields the pages."""
        return self._paginate(
            _RESOURCE_LIST_TASKS,
            _rt.request_payload(
                _m.ListTasksRequest,
                request,
                {
                    "computeInstanceId": ("compute_instance_id", compute_instance_id),
                    "pageSize": ("page_size", page_size),
                },
            ),
            _m.ListTasksResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
            "tasks",
        )


class BackupClient(_rt.BaseClient):
    """Client of the Cloud Backup API."""

    sdk_version = "0.1.0"

    @cached_property
    def resource(self) -> ResourceResource:
        """Methods of the Resource service (`client.resource`)."""
        return ResourceResource(self._transport)


class AsyncBackupClient(_rt.AsyncBaseClient):
    """Async client of the Cloud Backup API."""

    sdk_version = "0.1.0"

    @cached_property
    def resource(self) -> AsyncResourceResource:
        """Methods of the Resource service (`client.resource`)."""
        return AsyncResourceResource(self._transport)
