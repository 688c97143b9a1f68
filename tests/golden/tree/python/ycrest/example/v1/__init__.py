"""Example API (`yandex.cloud.example.v1`).

Generated from the Yandex Cloud API reference; do not edit.
"""

from .client import (
    AsyncExampleClient,
    AsyncWidgetResource,
    AsyncWidgetResourceWithRawResponse,
    ExampleClient,
    WidgetResource,
    WidgetResourceWithRawResponse,
)
from .models import (
    Empty,
    ForgetWidgetRequest,
    GetWidgetRequest,
    Image,
    ListWidgetsRequest,
    ListWidgetsResponse,
    Operation,
    RotateWidgetKeyRequest,
    RotateWidgetKeyResponse,
    Status,
    UpdateWidgetMetadata,
    UpdateWidgetRequest,
    Widget,
    WidgetDay,
    WidgetEndpoint,
    WidgetFormat,
    WidgetSummary,
    WidgetSummaryType,
    WidgetType,
)

__all__ = [
    "AsyncExampleClient",
    "AsyncWidgetResource",
    "AsyncWidgetResourceWithRawResponse",
    "Empty",
    "ExampleClient",
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
    "WidgetResource",
    "WidgetResourceWithRawResponse",
    "WidgetSummary",
    "WidgetSummaryType",
    "WidgetType",
]
