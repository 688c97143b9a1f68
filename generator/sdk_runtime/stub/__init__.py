"""Server stubs of the generated SDK: a validating, routed Starlette app per API, a fake
that remembers what clients did (`stateful`) and answers the rest with schema-valid data,
and helpers to run them.

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
from ._server import RunningServer, ServeOptions, main, serve_in_thread
from ._servicers import FakeServicer, bind_servicers, json_object
from ._validate import validate
from .stateful import Cloud, MethodRole, ResourceRule, VerbCall

__all__ = [
    "HTTP_STATUS",
    "CallContext",
    "Cloud",
    "FakeData",
    "FakeServicer",
    "FieldRule",
    "MessageRule",
    "MethodRole",
    "MethodRule",
    "OperationReply",
    "OperationStore",
    "RequestDecoder",
    "ResourceRule",
    "RunningServer",
    "Schema",
    "ServeOptions",
    "StubError",
    "StubOptions",
    "StubState",
    "VerbCall",
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
