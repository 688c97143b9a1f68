"""Clients of the Example API (`yandex.cloud.example.v1`).

Generated from the Yandex Cloud API reference; do not edit.

`ExampleClient` and `AsyncExampleClient` have one attribute per service and one method
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
    "AsyncExampleClient",
    "AsyncWidgetResource",
    "ExampleClient",
    "WidgetResource",
]

_WIDGET_FORGET = _rt.MethodSpec(
    "POST",
    "example.{api_host}",
    "/example/v1/widgets/{widgetId}:forget",
    ("widgetId",),
    (),
)
_WIDGET_GET = _rt.MethodSpec(
    "GET",
    "example.{api_host}",
    "/example/v1/widgets/{widgetId}",
    ("widgetId",),
    (),
)
_WIDGET_LIST = _rt.MethodSpec(
    "GET",
    "example.{api_host}",
    "/example/v1/widgets",
    (),
    (
        "folderId",
        "pageSize",
        "pageToken",
        "filter",
    ),
)
_WIDGET_ROTATE = _rt.MethodSpec(
    "POST",
    "example.{api_host}",
    "/example/v1/widgets/{widgetId}:rotate",
    ("widgetId",),
    (),
)
_WIDGET_UPDATE = _rt.MethodSpec(
    "PATCH",
    "example.{api_host}",
    "/example/v1/widgets/{widgetId}",
    ("widgetId",),
    (),
)


class WidgetResourceWithRawResponse(_rt.SyncService):
    """Methods of the Widget service (`client.widget`). Each returns the raw response; `.parse()` gives the typed value."""

    @_t.overload
    def forget(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]: ...

    @_t.overload
    def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]: ...

    def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]:
        """Forgets the cached state of a widget. Answers with an empty message.

        `POST /example/v1/widgets/{widgetId}:forget`

        Args:
            widget_id: Required field. ID of the widget to forget.
        """
        return self._request(
            _WIDGET_FORGET,
            _rt.request_payload(
                _m.ForgetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Empty.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    def get(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]: ...

    @_t.overload
    def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]: ...

    def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]:
        """Returns the specified widget.

        `GET /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to return.
        """
        return self._request(
            _WIDGET_GET,
            _rt.request_payload(
                _m.GetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Widget.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    def list(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]: ...

    @_t.overload
    def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]: ...

    def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]:
        """Retrieves the list of widgets in the specified folder.

        `GET /example/v1/widgets`

        Args:
            folder_id: Required field. ID of the folder to list widgets in.
            page_size: The maximum number of results per page to return.
            page_token: Page token returned by a previous list request.
            filter: A filter expression that filters widgets by name.
        """
        return self._request(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    def rotate(
        self,
        *,
        widget_id: str,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]: ...

    @_t.overload
    def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]: ...

    def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]:
        """Rotates the key of the specified widget.

        `POST /example/v1/widgets/{widgetId}:rotate`

        Args:
            widget_id: Required field. ID of the widget whose key to rotate.
            algorithm: Key algorithm, for example `AES_256`.
            grace_period: How long the old key stays valid.
        """
        return self._request(
            _WIDGET_ROTATE,
            _rt.request_payload(
                _m.RotateWidgetKeyRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "algorithm": ("algorithm", algorithm),
                    "gracePeriod": ("grace_period", _rt.as_duration(grace_period)),
                },
            ),
            _m.RotateWidgetKeyResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    def update(
        self,
        *,
        widget_id: str,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]: ...

    @_t.overload
    def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]: ...

    def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]:
        """Updates the specified widget.

        `PATCH /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to update.
            update_mask: A comma-separated names off ALL fields to be updated.
            name: New name of the widget.
            labels: New widget labels as `key:value` pairs.
        """
        return self._request(
            _WIDGET_UPDATE,
            _rt.request_payload(
                _m.UpdateWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "updateMask": ("update_mask", update_mask),
                    "name": ("name", name),
                    "labels": ("labels", labels),
                },
            ),
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )


class WidgetResource(_rt.SyncService):
    """Methods of the Widget service (`client.widget`)."""

    @property
    def with_raw_response(self) -> WidgetResourceWithRawResponse:
        """The same methods, returning the raw HTTP response."""
        return WidgetResourceWithRawResponse(self._transport)

    @_t.overload
    def forget(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty: ...

    @_t.overload
    def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty: ...

    def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty:
        """Forgets the cached state of a widget. Answers with an empty message.

        `POST /example/v1/widgets/{widgetId}:forget`

        Args:
            widget_id: Required field. ID of the widget to forget.
        """
        return self._request(
            _WIDGET_FORGET,
            _rt.request_payload(
                _m.ForgetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Empty.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    @_t.overload
    def get(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget: ...

    @_t.overload
    def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget: ...

    def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget:
        """Returns the specified widget.

        `GET /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to return.
        """
        return self._request(
            _WIDGET_GET,
            _rt.request_payload(
                _m.GetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Widget.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    @_t.overload
    def list(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse: ...

    @_t.overload
    def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse: ...

    def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse:
        """Retrieves the list of widgets in the specified folder.

        `GET /example/v1/widgets`

        Args:
            folder_id: Required field. ID of the folder to list widgets in.
            page_size: The maximum number of results per page to return.
            page_token: Page token returned by a previous list request.
            filter: A filter expression that filters widgets by name.
        """
        return self._request(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    @_t.overload
    def list_all(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]: ...

    @_t.overload
    def list_all(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]: ...

    def list_all(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.SyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]:
        """Every item of every page of `list`, fetched as iteration goes on (`for`); `.pages()` yields the pages."""
        return self._paginate(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
            "widgets",
        )

    @_t.overload
    def rotate(
        self,
        *,
        widget_id: str,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse: ...

    @_t.overload
    def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse: ...

    def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse:
        """Rotates the key of the specified widget.

        `POST /example/v1/widgets/{widgetId}:rotate`

        Args:
            widget_id: Required field. ID of the widget whose key to rotate.
            algorithm: Key algorithm, for example `AES_256`.
            grace_period: How long the old key stays valid.
        """
        return self._request(
            _WIDGET_ROTATE,
            _rt.request_payload(
                _m.RotateWidgetKeyRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "algorithm": ("algorithm", algorithm),
                    "gracePeriod": ("grace_period", _rt.as_duration(grace_period)),
                },
            ),
            _m.RotateWidgetKeyResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    @_t.overload
    def update(
        self,
        *,
        widget_id: str,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]: ...

    @_t.overload
    def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]: ...

    def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        """Updates the specified widget.

        `PATCH /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to update.
            update_mask: A comma-separated names off ALL fields to be updated.
            name: New name of the widget.
            labels: New widget labels as `key:value` pairs.
        """
        return self._request(
            _WIDGET_UPDATE,
            _rt.request_payload(
                _m.UpdateWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "updateMask": ("update_mask", update_mask),
                    "name": ("name", name),
                    "labels": ("labels", labels),
                },
            ),
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        ).parse()

    def resume_update(
        self, operation_id: str
    ) -> _rt.Operation[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        """The operation of an earlier `update` call, fetched by its id (after a restart, say); `wait()` returns its result."""
        return self._resume(
            operation_id,
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
        )


class AsyncWidgetResourceWithRawResponse(_rt.AsyncService):
    """Methods of the Widget service (`client.widget`). Each returns the raw response; `.parse()` gives the typed value."""

    @_t.overload
    async def forget(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]: ...

    @_t.overload
    async def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]: ...

    async def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Empty]:
        """Forgets the cached state of a widget. Answers with an empty message.

        `POST /example/v1/widgets/{widgetId}:forget`

        Args:
            widget_id: Required field. ID of the widget to forget.
        """
        return await self._request(
            _WIDGET_FORGET,
            _rt.request_payload(
                _m.ForgetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Empty.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    async def get(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]: ...

    @_t.overload
    async def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]: ...

    async def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.Widget]:
        """Returns the specified widget.

        `GET /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to return.
        """
        return await self._request(
            _WIDGET_GET,
            _rt.request_payload(
                _m.GetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Widget.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    async def list(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]: ...

    @_t.overload
    async def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]: ...

    async def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.ListWidgetsResponse]:
        """Retrieves the list of widgets in the specified folder.

        `GET /example/v1/widgets`

        Args:
            folder_id: Required field. ID of the folder to list widgets in.
            page_size: The maximum number of results per page to return.
            page_token: Page token returned by a previous list request.
            filter: A filter expression that filters widgets by name.
        """
        return await self._request(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    async def rotate(
        self,
        *,
        widget_id: str,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]: ...

    @_t.overload
    async def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]: ...

    async def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_m.RotateWidgetKeyResponse]:
        """Rotates the key of the specified widget.

        `POST /example/v1/widgets/{widgetId}:rotate`

        Args:
            widget_id: Required field. ID of the widget whose key to rotate.
            algorithm: Key algorithm, for example `AES_256`.
            grace_period: How long the old key stays valid.
        """
        return await self._request(
            _WIDGET_ROTATE,
            _rt.request_payload(
                _m.RotateWidgetKeyRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "algorithm": ("algorithm", algorithm),
                    "gracePeriod": ("grace_period", _rt.as_duration(grace_period)),
                },
            ),
            _m.RotateWidgetKeyResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )

    @_t.overload
    async def update(
        self,
        *,
        widget_id: str,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]: ...

    @_t.overload
    async def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]: ...

    async def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.APIResponse[_rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]]:
        """Updates the specified widget.

        `PATCH /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to update.
            update_mask: A comma-separated names off ALL fields to be updated.
            name: New name of the widget.
            labels: New widget labels as `key:value` pairs.
        """
        return await self._request(
            _WIDGET_UPDATE,
            _rt.request_payload(
                _m.UpdateWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "updateMask": ("update_mask", update_mask),
                    "name": ("name", name),
                    "labels": ("labels", labels),
                },
            ),
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )


class AsyncWidgetResource(_rt.AsyncService):
    """Methods of the Widget service (`client.widget`)."""

    @property
    def with_raw_response(self) -> AsyncWidgetResourceWithRawResponse:
        """The same methods, returning the raw HTTP response."""
        return AsyncWidgetResourceWithRawResponse(self._transport)

    @_t.overload
    async def forget(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty: ...

    @_t.overload
    async def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty: ...

    async def forget(
        self,
        *,
        widget_id: str | None = None,
        request: _m.ForgetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Empty:
        """Forgets the cached state of a widget. Answers with an empty message.

        `POST /example/v1/widgets/{widgetId}:forget`

        Args:
            widget_id: Required field. ID of the widget to forget.
        """
        response = await self._request(
            _WIDGET_FORGET,
            _rt.request_payload(
                _m.ForgetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Empty.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    @_t.overload
    async def get(
        self,
        *,
        widget_id: str,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget: ...

    @_t.overload
    async def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget: ...

    async def get(
        self,
        *,
        widget_id: str | None = None,
        request: _m.GetWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.Widget:
        """Returns the specified widget.

        `GET /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to return.
        """
        response = await self._request(
            _WIDGET_GET,
            _rt.request_payload(
                _m.GetWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                },
            ),
            _m.Widget.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    @_t.overload
    async def list(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse: ...

    @_t.overload
    async def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse: ...

    async def list(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.ListWidgetsResponse:
        """Retrieves the list of widgets in the specified folder.

        `GET /example/v1/widgets`

        Args:
            folder_id: Required field. ID of the folder to list widgets in.
            page_size: The maximum number of results per page to return.
            page_token: Page token returned by a previous list request.
            filter: A filter expression that filters widgets by name.
        """
        response = await self._request(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "pageToken": ("page_token", page_token),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    @_t.overload
    def list_all(
        self,
        *,
        folder_id: str,
        page_size: int | None = None,
        filter: str | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]: ...

    @_t.overload
    def list_all(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]: ...

    def list_all(
        self,
        *,
        folder_id: str | None = None,
        page_size: int | None = None,
        filter: str | None = None,
        request: _m.ListWidgetsRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncPager[_m.ListWidgetsResponse, _m.WidgetSummary]:
        """Every item of every page of `list`, fetched as iteration goes on (`async for`); `.pages()` yields the pages."""
        return self._paginate(
            _WIDGET_LIST,
            _rt.request_payload(
                _m.ListWidgetsRequest,
                request,
                {
                    "folderId": ("folder_id", folder_id),
                    "pageSize": ("page_size", page_size),
                    "filter": ("filter", filter),
                },
            ),
            _m.ListWidgetsResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
            "widgets",
        )

    @_t.overload
    async def rotate(
        self,
        *,
        widget_id: str,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse: ...

    @_t.overload
    async def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse: ...

    async def rotate(
        self,
        *,
        widget_id: str | None = None,
        algorithm: str | None = None,
        grace_period: _rt.DurationLike | None = None,
        request: _m.RotateWidgetKeyRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _m.RotateWidgetKeyResponse:
        """Rotates the key of the specified widget.

        `POST /example/v1/widgets/{widgetId}:rotate`

        Args:
            widget_id: Required field. ID of the widget whose key to rotate.
            algorithm: Key algorithm, for example `AES_256`.
            grace_period: How long the old key stays valid.
        """
        response = await self._request(
            _WIDGET_ROTATE,
            _rt.request_payload(
                _m.RotateWidgetKeyRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "algorithm": ("algorithm", algorithm),
                    "gracePeriod": ("grace_period", _rt.as_duration(grace_period)),
                },
            ),
            _m.RotateWidgetKeyResponse.from_json,
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    @_t.overload
    async def update(
        self,
        *,
        widget_id: str,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]: ...

    @_t.overload
    async def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]: ...

    async def update(
        self,
        *,
        widget_id: str | None = None,
        update_mask: str | None = None,
        name: str | None = None,
        labels: dict[str, str] | None = None,
        request: _m.UpdateWidgetRequest | None = None,
        extra_headers: _rt.Headers | None = None,
        extra_query: _rt.Query | None = None,
        timeout: _rt.Timeout = None,
        retry: bool | None = None,
    ) -> _rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        """Updates the specified widget.

        `PATCH /example/v1/widgets/{widgetId}`

        Args:
            widget_id: Required field. ID of the widget to update.
            update_mask: A comma-separated names off ALL fields to be updated.
            name: New name of the widget.
            labels: New widget labels as `key:value` pairs.
        """
        response = await self._request(
            _WIDGET_UPDATE,
            _rt.request_payload(
                _m.UpdateWidgetRequest,
                request,
                {
                    "widgetId": ("widget_id", widget_id),
                    "updateMask": ("update_mask", update_mask),
                    "name": ("name", name),
                    "labels": ("labels", labels),
                },
            ),
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
            _rt.CallOptions(extra_headers, extra_query, timeout, retry),
        )
        return response.parse()

    async def resume_update(
        self, operation_id: str
    ) -> _rt.AsyncOperation[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        """The operation of an earlier `update` call, fetched by its id (after a restart, say); `await wait()` returns its result."""
        return await self._resume(
            operation_id,
            self._operation(_m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json),
        )


class ExampleClient(_rt.BaseClient):
    """Client of the Example API."""

    sdk_version = "0.1.0"

    @cached_property
    def widget(self) -> WidgetResource:
        """Methods of the Widget service (`client.widget`)."""
        return WidgetResource(self._transport)


class AsyncExampleClient(_rt.AsyncBaseClient):
    """Async client of the Example API."""

    sdk_version = "0.1.0"

    @cached_property
    def widget(self) -> AsyncWidgetResource:
        """Methods of the Widget service (`client.widget`)."""
        return AsyncWidgetResource(self._transport)
