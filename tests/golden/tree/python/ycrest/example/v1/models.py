"""Models of the Example API (`yandex.cloud.example.v1`).

Generated from the Yandex Cloud API reference; do not edit.

Every field is optional and defaults to None, which leaves it out of the request. Decoding
is lenient: unknown fields are ignored and missing ones stay None. Required fields are not
checked here; the server validates requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        _c.object_from_json(data, "Empty")
        return cls()

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        return data


@dataclass(slots=True, kw_only=True)
class ForgetWidgetRequest:
    """`yandex.cloud.example.v1.ForgetWidgetRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget to forget."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "ForgetWidgetRequest")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        return data


@dataclass(slots=True, kw_only=True)
class GetWidgetRequest:
    """`yandex.cloud.example.v1.GetWidgetRequest`."""

    widget_id: str | None = None
    """Required field. ID of the widget to return."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "GetWidgetRequest")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        return data


@dataclass(slots=True, kw_only=True)
class Image:
    """`yandex.cloud.example.v1.Image`."""

    family: str | None = None
    """Image family."""

    checksum: bytes | None = None
    """Image checksum."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "Image")
        return cls(
            family=_c.optional(obj.get("family"), _c.string_from_json),
            checksum=_c.optional(obj.get("checksum"), _c.bytes_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.family is not None:
            data["family"] = self.family
        if self.checksum is not None:
            data["checksum"] = _c.bytes_to_json(self.checksum)
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "ListWidgetsRequest")
        return cls(
            folder_id=_c.optional(obj.get("folderId"), _c.string_from_json),
            page_size=_c.optional(obj.get("pageSize"), _c.int_from_json),
            page_token=_c.optional(obj.get("pageToken"), _c.string_from_json),
            filter=_c.optional(obj.get("filter"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.folder_id is not None:
            data["folderId"] = self.folder_id
        if self.page_size is not None:
            data["pageSize"] = str(self.page_size)
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.filter is not None:
            data["filter"] = self.filter
        return data


@dataclass(slots=True, kw_only=True)
class ListWidgetsResponse:
    """`yandex.cloud.example.v1.ListWidgetsResponse`."""

    widgets: list[WidgetSummary] | None = None
    """List of widgets."""

    next_page_token: str | None = None
    """Token for the next results page."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "ListWidgetsResponse")
        return cls(
            widgets=_c.list_from_json(obj.get("widgets"), WidgetSummary.from_json),
            next_page_token=_c.optional(obj.get("nextPageToken"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widgets is not None:
            data["widgets"] = [v.to_json() for v in self.widgets]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "Operation")
        return cls(
            id=_c.optional(obj.get("id"), _c.string_from_json),
            description=_c.optional(obj.get("description"), _c.string_from_json),
            created_at=_c.optional(obj.get("createdAt"), Timestamp.from_json),
            created_by=_c.optional(obj.get("createdBy"), _c.string_from_json),
            modified_at=_c.optional(obj.get("modifiedAt"), Timestamp.from_json),
            done=_c.optional(obj.get("done"), _c.bool_from_json),
            metadata=_c.optional(obj.get("metadata"), _c.json_from_json),
            error=_c.optional(obj.get("error"), Status.from_json),
            response=_c.optional(obj.get("response"), _c.json_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "RotateWidgetKeyRequest")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
            algorithm=_c.optional(obj.get("algorithm"), _c.string_from_json),
            grace_period=_c.optional(obj.get("gracePeriod"), Duration.from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.algorithm is not None:
            data["algorithm"] = self.algorithm
        if self.grace_period is not None:
            data["gracePeriod"] = self.grace_period.to_json()
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "RotateWidgetKeyResponse")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
            key=_c.optional(obj.get("key"), _c.bytes_from_json),
            rotated_at=_c.optional(obj.get("rotatedAt"), Timestamp.from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.key is not None:
            data["key"] = _c.bytes_to_json(self.key)
        if self.rotated_at is not None:
            data["rotatedAt"] = self.rotated_at.to_json()
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "Status")
        return cls(
            code=_c.optional(obj.get("code"), _c.int_from_json),
            message=_c.optional(obj.get("message"), _c.string_from_json),
            details=_c.list_from_json(obj.get("details"), _c.json_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.code is not None:
            data["code"] = self.code
        if self.message is not None:
            data["message"] = self.message
        if self.details is not None:
            data["details"] = list(self.details)
        return data


@dataclass(slots=True, kw_only=True)
class UpdateWidgetMetadata:
    """`yandex.cloud.example.v1.UpdateWidgetMetadata`."""

    widget_id: str | None = None
    """ID of the widget that is being updated."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "UpdateWidgetMetadata")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "UpdateWidgetRequest")
        return cls(
            widget_id=_c.optional(obj.get("widgetId"), _c.string_from_json),
            update_mask=_c.optional(obj.get("updateMask"), _c.string_from_json),
            name=_c.optional(obj.get("name"), _c.string_from_json),
            labels=_c.map_from_json(obj.get("labels"), _c.string_from_json, _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.widget_id is not None:
            data["widgetId"] = self.widget_id
        if self.update_mask is not None:
            data["updateMask"] = self.update_mask
        if self.name is not None:
            data["name"] = self.name
        if self.labels is not None:
            data["labels"] = dict(self.labels)
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "Widget")
        return cls(
            id=_c.optional(obj.get("id"), _c.string_from_json),
            folder_id=_c.optional(obj.get("folderId"), _c.string_from_json),
            type=_c.optional(obj.get("type"), WidgetType),
            from_=_c.optional(obj.get("from"), Timestamp.from_json),
            class_=_c.optional(obj.get("class"), _c.string_from_json),
            format=_c.optional(obj.get("format"), WidgetFormat),
            created_at=_c.optional(obj.get("createdAt"), Timestamp.from_json),
            size=_c.optional(obj.get("size"), _c.int_from_json),
            capacity=_c.optional(obj.get("capacity"), _c.int_from_json),
            replicas=_c.optional(obj.get("replicas"), _c.int_from_json),
            ratio=_c.optional(obj.get("ratio"), _c.float_from_json),
            weight=_c.optional(obj.get("weight"), _c.float_from_json),
            secret=_c.optional(obj.get("secret"), _c.bytes_from_json),
            ttl=_c.optional(obj.get("ttl"), Duration.from_json),
            enabled=_c.optional(obj.get("enabled"), _c.bool_from_json),
            labels=_c.map_from_json(obj.get("labels"), _c.string_from_json, _c.string_from_json),
            ports=_c.map_from_json(obj.get("ports"), WidgetEndpoint.from_json, _c.string_from_json),
            metadata=_c.optional(obj.get("metadata"), _c.json_from_json),
            tags=_c.list_from_json(obj.get("tags"), _c.string_from_json),
            days=_c.list_from_json(obj.get("days"), WidgetDay),
            endpoints=_c.list_from_json(obj.get("endpoints"), WidgetEndpoint.from_json),
            history=_c.list_from_json(obj.get("history"), Timestamp.from_json),
            image=_c.optional(obj.get("image"), Image.from_json),
            snapshot_id=_c.optional(obj.get("snapshotId"), _c.string_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
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
            data["type"] = _c.enum_to_json(self.type)
        if self.from_ is not None:
            data["from"] = self.from_.to_json()
        if self.class_ is not None:
            data["class"] = self.class_
        if self.format is not None:
            data["format"] = _c.enum_to_json(self.format)
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
            data["days"] = [_c.enum_to_json(v) for v in self.days]
        if self.endpoints is not None:
            data["endpoints"] = [v.to_json() for v in self.endpoints]
        if self.history is not None:
            data["history"] = [v.to_json() for v in self.history]
        if self.image is not None:
            data["image"] = self.image.to_json()
        if self.snapshot_id is not None:
            data["snapshotId"] = self.snapshot_id
        return data


@dataclass(slots=True, kw_only=True)
class WidgetEndpoint:
    """`yandex.cloud.example.v1.Widget.Endpoint`."""

    address: str | None = None
    """IPv4 address."""

    port: int | None = None
    """Port number."""

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "WidgetEndpoint")
        return cls(
            address=_c.optional(obj.get("address"), _c.string_from_json),
            port=_c.optional(obj.get("port"), _c.int_from_json),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.address is not None:
            data["address"] = self.address
        if self.port is not None:
            data["port"] = self.port
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

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; unknown fields are ignored, missing ones stay None."""
        obj = _c.object_from_json(data, "WidgetSummary")
        return cls(
            id=_c.optional(obj.get("id"), _c.string_from_json),
            name=_c.optional(obj.get("name"), _c.string_from_json),
            type=_c.optional(obj.get("type"), WidgetSummaryType),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = self.id
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = _c.enum_to_json(self.type)
        return data
