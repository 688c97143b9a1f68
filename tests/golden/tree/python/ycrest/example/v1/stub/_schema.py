"""Validation tables of the Example API (`yandex.cloud.example.v1`): one rule per
message field, the enum values and the REST methods, read by `ycrest._runtime.stub`.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from ycrest._runtime.stub._schema import (
    BOOL,
    BYTES,
    DOUBLE,
    DURATION,
    ENUM,
    FIELD_MASK,
    FLOAT,
    INT32,
    INT64,
    JSON,
    MESSAGE,
    STRING,
    TIMESTAMP,
    UINT64,
    MessageRule,
    MethodRule,
    Schema,
)
from ycrest._runtime.stub._schema import FieldRule as _F

__all__ = ["SCHEMA"]

SCHEMA = Schema(
    package="yandex.cloud.example.v1",
    messages={
        "google.protobuf.Empty": MessageRule(
            (),
        ),
        "google.rpc.Status": MessageRule(
            (
                _F("code", INT32),
                _F("message", STRING),
                _F("details", JSON, repeated=True),
            ),
        ),
        "yandex.cloud.example.v1.ForgetWidgetRequest": MessageRule(
            (_F("widgetId", STRING, required=True),),
        ),
        "yandex.cloud.example.v1.GetWidgetRequest": MessageRule(
            (_F("widgetId", STRING, required=True),),
        ),
        "yandex.cloud.example.v1.Image": MessageRule(
            (
                _F("family", STRING),
                _F("checksum", BYTES),
            ),
        ),
        "yandex.cloud.example.v1.ListWidgetsRequest": MessageRule(
            (
                _F("folderId", STRING, required=True),
                _F("pageSize", INT64),
                _F("pageToken", STRING),
                _F("filter", STRING),
            ),
        ),
        "yandex.cloud.example.v1.ListWidgetsResponse": MessageRule(
            (
                _F("widgets", MESSAGE, ref="yandex.cloud.example.v1.WidgetSummary", repeated=True),
                _F("nextPageToken", STRING),
            ),
        ),
        "yandex.cloud.example.v1.RotateWidgetKeyRequest": MessageRule(
            (
                _F("widgetId", STRING, required=True),
                _F("algorithm", STRING),
                _F("gracePeriod", DURATION),
            ),
        ),
        "yandex.cloud.example.v1.RotateWidgetKeyResponse": MessageRule(
            (
                _F("widgetId", STRING),
                _F("key", BYTES),
                _F("rotatedAt", TIMESTAMP),
            ),
        ),
        "yandex.cloud.example.v1.UpdateWidgetMetadata": MessageRule(
            (_F("widgetId", STRING),),
        ),
        "yandex.cloud.example.v1.UpdateWidgetRequest": MessageRule(
            (
                _F("widgetId", STRING, required=True),
                _F("updateMask", FIELD_MASK),
                _F("name", STRING),
                _F("labels", STRING, map_key="string"),
            ),
        ),
        "yandex.cloud.example.v1.Widget": MessageRule(
            (
                _F("id", STRING),
                _F("folderId", STRING),
                _F("type", ENUM, ref="yandex.cloud.example.v1.Widget.Type"),
                _F("from", TIMESTAMP),
                _F("class", STRING),
                _F("format", ENUM, ref="yandex.cloud.example.v1.Widget.Format"),
                _F("createdAt", TIMESTAMP),
                _F("size", INT64),
                _F("capacity", UINT64),
                _F("replicas", INT32),
                _F("ratio", DOUBLE),
                _F("weight", FLOAT),
                _F("secret", BYTES),
                _F("ttl", DURATION),
                _F("enabled", BOOL),
                _F("labels", STRING, map_key="string"),
                _F(
                    "ports",
                    MESSAGE,
                    ref="yandex.cloud.example.v1.Widget.Endpoint",
                    map_key="string",
                ),
                _F("metadata", JSON),
                _F("tags", STRING, repeated=True),
                _F("days", ENUM, ref="yandex.cloud.example.v1.Widget.Day", repeated=True),
                _F(
                    "endpoints",
                    MESSAGE,
                    ref="yandex.cloud.example.v1.Widget.Endpoint",
                    repeated=True,
                ),
                _F("history", TIMESTAMP, repeated=True),
                _F(
                    "image",
                    MESSAGE,
                    ref="yandex.cloud.example.v1.Image",
                    oneof="image_or_snapshotId",
                ),
                _F("snapshotId", STRING, oneof="image_or_snapshotId"),
            ),
            oneofs=(
                (
                    "image",
                    "snapshotId",
                ),
            ),
        ),
        "yandex.cloud.example.v1.Widget.Endpoint": MessageRule(
            (
                _F("address", STRING),
                _F("port", INT32),
            ),
        ),
        "yandex.cloud.example.v1.WidgetSummary": MessageRule(
            (
                _F("id", STRING),
                _F("name", STRING),
                _F("type", ENUM, ref="yandex.cloud.example.v1.WidgetSummary.Type"),
            ),
        ),
        "yandex.cloud.operation.Operation": MessageRule(
            (
                _F("id", STRING),
                _F("description", STRING),
                _F("createdAt", TIMESTAMP),
                _F("createdBy", STRING),
                _F("modifiedAt", TIMESTAMP),
                _F("done", BOOL),
                _F("metadata", JSON),
                _F("error", MESSAGE, ref="google.rpc.Status", oneof="error_or_response"),
                _F("response", JSON, oneof="error_or_response"),
            ),
            oneofs=(
                (
                    "error",
                    "response",
                ),
            ),
        ),
    },
    enums={
        "yandex.cloud.example.v1.Widget.Day": (
            "DAY_UNSPECIFIED",
            "MONDAY",
            "SUNDAY",
        ),
        "yandex.cloud.example.v1.Widget.Format": (
            "FORMAT_UNSPECIFIED",
            "JSON",
            "YAML",
        ),
        "yandex.cloud.example.v1.Widget.Type": (
            "TYPE_UNSPECIFIED",
            "SMALL",
            "LARGE",
        ),
        "yandex.cloud.example.v1.WidgetSummary.Type": (
            "TYPE_UNSPECIFIED",
            "SMALL",
            "LARGE",
        ),
    },
    methods=(
        MethodRule(
            service="Widget",
            name="Forget",
            attribute="forget",
            verb="POST",
            path="/example/v1/widgets/{widgetId}:forget",
            request="yandex.cloud.example.v1.ForgetWidgetRequest",
            request_class="ForgetWidgetRequest",
            response="google.protobuf.Empty",
        ),
        MethodRule(
            service="Widget",
            name="Get",
            attribute="get",
            verb="GET",
            path="/example/v1/widgets/{widgetId}",
            request="yandex.cloud.example.v1.GetWidgetRequest",
            request_class="GetWidgetRequest",
            response="yandex.cloud.example.v1.Widget",
        ),
        MethodRule(
            service="Widget",
            name="List",
            attribute="list",
            verb="GET",
            path="/example/v1/widgets",
            request="yandex.cloud.example.v1.ListWidgetsRequest",
            request_class="ListWidgetsRequest",
            response="yandex.cloud.example.v1.ListWidgetsResponse",
        ),
        MethodRule(
            service="Widget",
            name="Rotate",
            attribute="rotate",
            verb="POST",
            path="/example/v1/widgets/{widgetId}:rotate",
            request="yandex.cloud.example.v1.RotateWidgetKeyRequest",
            request_class="RotateWidgetKeyRequest",
            response="yandex.cloud.example.v1.RotateWidgetKeyResponse",
        ),
        MethodRule(
            service="Widget",
            name="Update",
            attribute="update",
            verb="PATCH",
            path="/example/v1/widgets/{widgetId}",
            request="yandex.cloud.example.v1.UpdateWidgetRequest",
            request_class="UpdateWidgetRequest",
            response="yandex.cloud.operation.Operation",
            operation=(
                "yandex.cloud.example.v1.UpdateWidgetMetadata",
                "yandex.cloud.example.v1.WidgetSummary",
            ),
        ),
    ),
)
