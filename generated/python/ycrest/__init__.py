"""Python SDK for the Yandex Cloud REST APIs.

Generated from the Yandex Cloud API reference; do not edit. Each API is a subpackage:

backup.v1.
"""

from ._runtime._codec import Duration, JsonValue, Timestamp

__version__ = "0.1.0"

__all__ = ["Duration", "JsonValue", "Timestamp", "__version__"]
