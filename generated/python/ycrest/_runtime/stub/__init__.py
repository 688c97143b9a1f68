"""Server stubs of the generated SDK: a validating, routed Starlette app per API, a fake
that answers every method with schema-valid data, and helpers to run them.

Needs the SDK's `stub` extra (starlette, uvicorn); the rest of the runtime does not import
this package. Each API's `stub` module (`<root>.<api>.stub`) builds on it.
"""

from ._app import (
    CallContext,
    RequestDecoder,
    StubOptions,
    StubState,
    create_app,
    response_violations,
)
from ._errors import HTTP_STATUS, StubError, Violation
from ._fake import FakeData
from ._operations import OperationReply, OperationStore, packed, type_url
from ._schema import FieldRule, MessageRule, MethodRule, Schema
from ._server import RunningServer, main, serve_in_thread
from ._servicers import FakeServicer, bind_servicers, json_object
from ._validate import validate

__all__ = [
    "HTTP_STATUS",
    "CallContext",
    "FakeData",
    "FakeServicer",
    "FieldRule",
    "MessageRule",
    "MethodRule",
    "OperationReply",
    "OperationStore",
    "RequestDecoder",
    "RunningServer",
    "Schema",
    "StubError",
    "StubOptions",
    "StubState",
    "Violation",
    "bind_servicers",
    "create_app",
    "json_object",
    "main",
    "packed",
    "response_violations",
    "serve_in_thread",
    "type_url",
    "validate",
]
