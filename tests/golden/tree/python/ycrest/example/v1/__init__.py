"""Example API (`yandex.cloud.example.v1`).

Generated from the Yandex Cloud API reference; do not edit.
"""

from .client import (
    AsyncExampleClient,
    AsyncWidgetResource,
    ExampleClient,
    WidgetResource,
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
    "WidgetSummary",
    "WidgetSummaryType",
    "WidgetType",
]
