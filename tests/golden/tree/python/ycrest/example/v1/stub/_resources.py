"""Resource table of the Example API (`yandex.cloud.example.v1`) for the stateful fake:
each service's resource and the role of each method, derived from the docs by the Yandex
Cloud API conventions. Services and methods not listed answer with examples.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from ycrest._runtime.stub.stateful import MethodRole as _R
from ycrest._runtime.stub.stateful import ResourceRule

__all__ = ["MODEL_TYPES", "RESOURCES"]

RESOURCES: tuple[ResourceRule, ...] = (
    ResourceRule(
        service="Widget",
        type="yandex.cloud.example.v1.Widget",
        id_param="widgetId",
        parent="folderId",
        roles={
            "Get": _R("get"),
            "Update": _R("update"),
        },
    ),
)

# Model class name -> resource message, for seeding with typed models.
MODEL_TYPES: dict[str, str] = {
    "Widget": "yandex.cloud.example.v1.Widget",
}
