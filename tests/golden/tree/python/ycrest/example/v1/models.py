"""Models of the Example API (`yandex.cloud.example.v1`).

Generated from the Yandex Cloud API reference; do not edit.

Every field is optional and defaults to None, which leaves it out of the request. Decoding
is lenient: missing fields stay None, and fields the server sends that this SDK does not
know are kept in `unknown_fields` and written back by `to_json`. Required fields are not
checked here; the server validates requests.
"""

from __future__ import annotations

import dataclasses as _dc
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from ycrest._runtime import _codec as _c
from ycrest._runtime._codec import Duration, JsonValue, OpenEnum, Timestamp

__all__ = [
    "Empty",
    "ForgetWidgetRequest",
    "GetWidgetRequest",
    "Image",
    "ListWidgetsRequest",
    "ListWidgetsResponse",
    "Operation",
    "RotateWidgetKeyRequest",
    "RotateWidgetKeyResponse",
    "Status",
    "UpdateWidgetMetadata",
    "UpdateWidgetRequest",
    "Widget",
    "WidgetDay",
    "WidgetEndpoint",
    "WidgetFormat",
    "WidgetSummary",
    "WidgetSummaryType",
    "WidgetType",
]


class WidgetDay(OpenEnum):
    """Values of `yandex.cloud.example.v1.Widget.Day`."""

    DAY_UNSPECIFIED = "DAY_UNSPECIFIED"
    MONDAY = "MONDAY"
    SUNDAY = "SUNDAY"


class WidgetFormat(OpenEnum):
    """Values of `yandex.cloud.example.v1.Widget.Format`."""

    FORMAT_UNSPECIFIED = "FORMAT_UNSPECIFIED"
    JSON = "JSON"
    YAML = "YAML"


class WidgetSummaryType(OpenEnum):
    """Values of `yandex.cloud.example.v1.WidgetSummary.Type`."""

    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"

    SMALL = "SMALL"
    """A small widget."""

    LARGE = "LARGE"
    """A large widget."""


class WidgetType(OpenEnum):
    """Values of `yandex.cloud.example.v1.Widget.Type`."""

    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"

    SMALL = "SMALL"
    """A small widget."""

    LARGE = "LARGE"
    """A large widget."""


@dataclass(slots=True, kw_only=True)
class Empty:
    """`google.protobuf.Empty`."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset({})

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Empty")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class ForgetWidgetRequest:
    """`yandex.cloud.example.v1.ForgetWidgetRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget to forget."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "ForgetWidgetRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class GetWidgetRequest:
    """`yandex.cloud.example.v1.GetWidgetRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget to return."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "GetWidgetRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Image:
    """`yandex.cloud.example.v1.Image`."""

    family: str | None = None
    """Image family."""

    checksum: bytes | None = None
    """Image checksum."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "family",
            "checksum",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Image")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.family = (
            v if (v := obj.get("family")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.checksum = None if (v := obj.get("checksum")) is None else _c.bytes_from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.family is not None:
            data["family"] = self.family
        if self.checksum is not None:
            data["checksum"] = _c.bytes_to_json(self.checksum)
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class ListWidgetsRequest:
    """`yandex.cloud.example.v1.ListWidgetsRequest`."""

    folder_id: str | None = None
    """Required field. ID of the folder to list widgets in."""

    page_size: int | None = None
    """The maximum number of results per page to return."""

    page_token: str | None = None
    """Page token returned by a previous list request."""

    filter: str | None = None
    """A filter expression that filters widgets by name."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "folderId",
            "pageSize",
            "pageToken",
            "filter",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "ListWidgetsRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.folder_id = (
            v if (v := obj.get("folderId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.page_size = (
            v if (v := obj.get("pageSize")) is None or type(v) is int else _c.int_from_json(v)
        )
        m.page_token = (
            v if (v := obj.get("pageToken")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.filter = (
            v if (v := obj.get("filter")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.folder_id is not None:
            data["folderId"] = self.folder_id
        if self.page_size is not None:
            data["pageSize"] = str(self.page_size)
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.filter is not None:
            data["filter"] = self.filter
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class ListWidgetsResponse:
    """`yandex.cloud.example.v1.ListWidgetsResponse`."""

    widgets: list[WidgetSummary] | None = None
    """List of widgets."""

    next_page_token: str | None = None
    """Token for the next results page."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgets",
            "nextPageToken",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "ListWidgetsResponse")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widgets = _c.list_from_json(obj.get("widgets"), WidgetSummary.from_json)
        m.next_page_token = (
            v
            if (v := obj.get("nextPageToken")) is None or type(v) is str
            else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widgets is not None:
            data["widgets"] = [v.to_json() for v in self.widgets]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Operation:
    """An Operation resource. For more information, see Operation."""

    id: str | None = None
    """ID of the operation."""

    description: str | None = None
    """Description of the operation. 0-256 characters long."""

    created_at: Timestamp | None = None
    """Creation timestamp.

    String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    created_by: str | None = None
    """ID of the user or service account who initiated the operation."""

    modified_at: Timestamp | None = None
    """The time when the Operation resource was last modified.

    String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    done: bool | None = None
    """If the value is `false`, it means the operation is still in progress.
    If `true`, the operation is completed, and either `error` or `response` is available.
    """

    metadata: JsonValue | None = None
    """Service-specific metadata associated with the operation.
    It typically contains the ID of the target resource that the operation is performed on.
    Any method that returns a long-running operation should document the metadata type, if
    any.
    """

    error: Status | None = None
    """The error result of the operation in case of failure or cancellation.

    Includes only one of the fields `error`, `response`.

    The operation result.
    If `done == false` and there was no failure detected, neither `error` nor `response` is
    set.
    If `done == false` and there was a failure detected, `error` is set.
    If `done == true`, exactly one of `error` or `response` is set.
    """

    response: JsonValue | None = None
    """The normal response of the operation in case of success.
    If the original method returns no data on success, such as Delete,
    the response is google.protobuf.Empty
    <https://developers.google.com/protocol-buffers/docs/reference/google.protobuf#google.protobuf.Empty>.
    If the original method is the standard Create/Update,
    the response should be the target resource of the operation.
    Any method that returns a long-running operation should document the response type, if
    any.

    Includes only one of the fields `error`, `response`.

    The operation result.
    If `done == false` and there was no failure detected, neither `error` nor `response` is
    set.
    If `done == false` and there was a failure detected, `error` is set.
    If `done == true`, exactly one of `error` or `response` is set.
    """

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "createdAt",
            "createdBy",
            "modifiedAt",
            "done",
            "metadata",
            "error",
            "response",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Operation")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.id = v if (v := obj.get("id")) is None or type(v) is str else _c.string_from_json(v)
        m.description = (
            v if (v := obj.get("description")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.created_at = None if (v := obj.get("createdAt")) is None else _c.lazy_timestamp(v)
        m.created_by = (
            v if (v := obj.get("createdBy")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.modified_at = None if (v := obj.get("modifiedAt")) is None else _c.lazy_timestamp(v)
        m.done = v if (v := obj.get("done")) is None or type(v) is bool else _c.bool_from_json(v)
        m.metadata = obj.get("metadata")
        m.error = None if (v := obj.get("error")) is None else Status.from_json(v)
        m.response = obj.get("response")
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        _c.check_oneof(
            "Operation",
            "error_or_response",
            {
                "error": self.error,
                "response": self.response,
            },
        )
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.description is not None:
            data["description"] = self.description
        if self.created_at is not None:
            data["createdAt"] = self.created_at.to_json()
        if self.created_by is not None:
            data["createdBy"] = self.created_by
        if self.modified_at is not None:
            data["modifiedAt"] = self.modified_at.to_json()
        if self.done is not None:
            data["done"] = self.done
        if self.metadata is not None:
            data["metadata"] = self.metadata
        if self.error is not None:
            data["error"] = self.error.to_json()
        if self.response is not None:
            data["response"] = self.response
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class RotateWidgetKeyRequest:
    """`yandex.cloud.example.v1.RotateWidgetKeyRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget whose key to rotate."""

    algorithm: str | None = None
    """Key algorithm, for example `AES_256`."""

    grace_period: Duration | None = None
    """How long the old key stays valid."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
            "algorithm",
            "gracePeriod",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "RotateWidgetKeyRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.algorithm = (
            v if (v := obj.get("algorithm")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.grace_period = None if (v := obj.get("gracePeriod")) is None else Duration.from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.algorithm is not None:
            data["algorithm"] = self.algorithm
        if self.grace_period is not None:
            data["gracePeriod"] = self.grace_period.to_json()
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class RotateWidgetKeyResponse:
    """`yandex.cloud.example.v1.RotateWidgetKeyResponse`."""

    widget_id: str | None = None
    """ID of the widget."""

    key: bytes | None = None
    """The new key."""

    rotated_at: Timestamp | None = None
    """String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
            "key",
            "rotatedAt",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "RotateWidgetKeyResponse")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.key = None if (v := obj.get("key")) is None else _c.bytes_from_json(v)
        m.rotated_at = None if (v := obj.get("rotatedAt")) is None else _c.lazy_timestamp(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.key is not None:
            data["key"] = _c.bytes_to_json(self.key)
        if self.rotated_at is not None:
            data["rotatedAt"] = self.rotated_at.to_json()
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Status:
    """The error result of the operation in case of failure or cancellation."""

    code: int | None = None
    """Error code. An enum value of google.rpc.Code
    <https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto>.
    """

    message: str | None = None
    """An error message."""

    details: list[JsonValue] | None = None
    """A list of messages that carry the error details."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "details",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Status")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.code = v if (v := obj.get("code")) is None or type(v) is int else _c.int_from_json(v)
        m.message = (
            v if (v := obj.get("message")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.details = _c.list_from_json(obj.get("details"), _c.json_from_json)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        if self.details is not None:
            data["details"] = list(self.details)
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class UpdateWidgetMetadata:
    """`yandex.cloud.example.v1.UpdateWidgetMetadata`."""

    widget_id: str | None = None
    """ID of the widget that is being updated."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "UpdateWidgetMetadata")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class UpdateWidgetRequest:
    """`yandex.cloud.example.v1.UpdateWidgetRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget to update."""

    update_mask: str | None = None
    """A comma-separated names off ALL fields to be updated."""

    name: str | None = None
    """New name of the widget."""

    labels: dict[str, str] | None = None
    """New widget labels as `key:value` pairs."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "widgetId",
            "updateMask",
            "name",
            "labels",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "UpdateWidgetRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.widget_id = (
            v if (v := obj.get("widgetId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.update_mask = (
            v if (v := obj.get("updateMask")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.name = v if (v := obj.get("name")) is None or type(v) is str else _c.string_from_json(v)
        m.labels = _c.map_from_json(obj.get("labels"), _c.string_from_json, _c.string_from_json)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.update_mask is not None:
            data["updateMask"] = self.update_mask
        if self.name is not None:
            data["name"] = self.name
        if self.labels is not None:
            data["labels"] = dict(self.labels)
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Widget:
    """A widget: the resource of the Example API."""

    id: str | None = None
    """ID of the widget."""

    folder_id: str | None = None
    """ID of the folder the widget belongs to."""

    type: WidgetType | None = None
    """Type of the widget."""

    from_: Timestamp | None = None
    """Start of the widget's validity.

    String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    class_: str | None = None
    """Class label. May quote `\"\""`, a backslash `\\` and braces `{ }`."""

    format: WidgetFormat | None = None
    """Format of the widget's payload."""

    created_at: Timestamp | None = None
    """Creation timestamp.

    String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    size: int | None = None
    """Size of the widget, in bytes."""

    capacity: int | None = None
    """Capacity of the widget, in bytes."""

    replicas: int | None = None
    """Number of replicas."""

    ratio: float | None = None
    """Compression ratio."""

    weight: float | None = None
    """Relative weight."""

    secret: bytes | None = None
    """Secret key material."""

    ttl: Duration | None = None
    """Time to live."""

    enabled: bool | None = None
    """Whether the widget is enabled."""

    labels: dict[str, str] | None = None
    """Widget labels as `key:value` pairs."""

    ports: dict[str, WidgetEndpoint] | None = None
    """Named endpoints."""

    metadata: JsonValue | None = None
    """Free-form metadata."""

    tags: list[str] | None = None
    """Tags of the widget."""

    days: list[WidgetDay] | None = None
    """Days the widget works on."""

    endpoints: list[WidgetEndpoint] | None = None
    """Endpoints of the widget."""

    history: list[Timestamp] | None = None
    """Times the widget was rotated.

    String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.
    """

    image: Image | None = None
    """Image the widget is built from.

    Includes only one of the fields `image`, `snapshotId`.

    Source of the widget.
    """

    snapshot_id: str | None = None
    """ID of the snapshot the widget is restored from.

    Includes only one of the fields `image`, `snapshotId`.

    Source of the widget.
    """

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "folderId",
            "type",
            "from",
            "class",
            "format",
            "createdAt",
            "size",
            "capacity",
            "replicas",
            "ratio",
            "weight",
            "secret",
            "ttl",
            "enabled",
            "labels",
            "ports",
            "metadata",
            "tags",
            "days",
            "endpoints",
            "history",
            "image",
            "snapshotId",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Widget")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.id = v if (v := obj.get("id")) is None or type(v) is str else _c.string_from_json(v)
        m.folder_id = (
            v if (v := obj.get("folderId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.type = None if (v := obj.get("type")) is None else WidgetType.from_json(v)
        m.from_ = None if (v := obj.get("from")) is None else _c.lazy_timestamp(v)
        m.class_ = (
            v if (v := obj.get("class")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.format = None if (v := obj.get("format")) is None else WidgetFormat.from_json(v)
        m.created_at = None if (v := obj.get("createdAt")) is None else _c.lazy_timestamp(v)
        m.size = v if (v := obj.get("size")) is None or type(v) is int else _c.int_from_json(v)
        m.capacity = (
            v if (v := obj.get("capacity")) is None or type(v) is int else _c.int_from_json(v)
        )
        m.replicas = (
            v if (v := obj.get("replicas")) is None or type(v) is int else _c.int_from_json(v)
        )
        m.ratio = None if (v := obj.get("ratio")) is None else _c.float_from_json(v)
        m.weight = None if (v := obj.get("weight")) is None else _c.float_from_json(v)
        m.secret = None if (v := obj.get("secret")) is None else _c.bytes_from_json(v)
        m.ttl = None if (v := obj.get("ttl")) is None else Duration.from_json(v)
        m.enabled = (
            v if (v := obj.get("enabled")) is None or type(v) is bool else _c.bool_from_json(v)
        )
        m.labels = _c.map_from_json(obj.get("labels"), _c.string_from_json, _c.string_from_json)
        m.ports = _c.map_from_json(obj.get("ports"), WidgetEndpoint.from_json, _c.string_from_json)
        m.metadata = obj.get("metadata")
        m.tags = _c.list_from_json(obj.get("tags"), _c.string_from_json)
        m.days = _c.list_from_json(obj.get("days"), WidgetDay.from_json)
        m.endpoints = _c.list_from_json(obj.get("endpoints"), WidgetEndpoint.from_json)
        m.history = _c.list_from_json(obj.get("history"), _c.lazy_timestamp)
        m.image = None if (v := obj.get("image")) is None else Image.from_json(v)
        m.snapshot_id = (
            v if (v := obj.get("snapshotId")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        _c.check_oneof(
            "Widget",
            "image_or_snapshotId",
            {
                "image": self.image,
                "snapshot_id": self.snapshot_id,
            },
        )
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.folder_id is not None:
            data["folderId"] = self.folder_id
        if self.type is not None:
            data["type"] = (
                self.type._value_ if type(self.type) is WidgetType else _c.enum_to_json(self.type)
            )
        if self.from_ is not None:
            data["from"] = self.from_.to_json()
        if self.class_ is not None:
            data["class"] = self.class_
        if self.format is not None:
            data["format"] = (
                self.format._value_
                if type(self.format) is WidgetFormat
                else _c.enum_to_json(self.format)
            )
        if self.created_at is not None:
            data["createdAt"] = self.created_at.to_json()
        if self.size is not None:
            data["size"] = str(self.size)
        if self.capacity is not None:
            data["capacity"] = str(self.capacity)
        if self.replicas is not None:
            data["replicas"] = self.replicas
        if self.ratio is not None:
            data["ratio"] = _c.float_to_json(self.ratio)
        if self.weight is not None:
            data["weight"] = _c.float_to_json(self.weight)
        if self.secret is not None:
            data["secret"] = _c.bytes_to_json(self.secret)
        if self.ttl is not None:
            data["ttl"] = self.ttl.to_json()
        if self.enabled is not None:
            data["enabled"] = self.enabled
        if self.labels is not None:
            data["labels"] = dict(self.labels)
        if self.ports is not None:
            data["ports"] = {k: v.to_json() for k, v in self.ports.items()}
        if self.metadata is not None:
            data["metadata"] = self.metadata
        if self.tags is not None:
            data["tags"] = list(self.tags)
        if self.days is not None:
            data["days"] = [
                (v._value_ if type(v) is WidgetDay else _c.enum_to_json(v)) for v in self.days
            ]
        if self.endpoints is not None:
            data["endpoints"] = [v.to_json() for v in self.endpoints]
        if self.history is not None:
            data["history"] = [v.to_json() for v in self.history]
        if self.image is not None:
            data["image"] = self.image.to_json()
        if self.snapshot_id is not None:
            data["snapshotId"] = self.snapshot_id
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class WidgetEndpoint:
    """`yandex.cloud.example.v1.Widget.Endpoint`."""

    address: str | None = None
    """IPv4 address."""

    port: int | None = None
    """Port number."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "address",
            "port",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "WidgetEndpoint")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.address = (
            v if (v := obj.get("address")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.port = v if (v := obj.get("port")) is None or type(v) is int else _c.int_from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.address is not None:
            data["address"] = self.address
        if self.port is not None:
            data["port"] = self.port
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class WidgetSummary:
    """`yandex.cloud.example.v1.WidgetSummary`."""

    id: str | None = None
    """ID of the widget."""

    name: str | None = None
    """Name of the widget."""

    type: WidgetSummaryType | None = None
    """Type of the widget."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "type",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "WidgetSummary")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.id = v if (v := obj.get("id")) is None or type(v) is str else _c.string_from_json(v)
        m.name = v if (v := obj.get("name")) is None or type(v) is str else _c.string_from_json(v)
        m.type = None if (v := obj.get("type")) is None else WidgetSummaryType.from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = (
                self.type._value_
                if type(self.type) is WidgetSummaryType
                else _c.enum_to_json(self.type)
            )
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data
