"""The ASGI app of a stub: routes every documented path, decodes and validates the request
into the typed request model, calls the servicer, and answers in the API's JSON shapes."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Match
from starlette.types import Receive, Scope, Send

from .._operations import CANCEL_OPERATION, GET_OPERATION, unpack_any
from ._decode import decode_request
from ._errors import (
    INTERNAL,
    NOT_FOUND,
    UNAUTHENTICATED,
    UNIMPLEMENTED,
    StubError,
    Violation,
    summary,
)
from ._operations import OperationReply, OperationStore
from ._routing import Router
from ._schema import MethodRule, Schema
from ._validate import validate
from .stateful import CONTROL_PREFIX, Cloud, control

logger = logging.getLogger(__name__)

RequestDecoder = Callable[[Any], Any]


@dataclass(slots=True)
class CallContext:
    """What a servicer method gets besides its request."""

    method: MethodRule
    headers: Headers
    path_params: dict[str, str]
    state: StubState

    def new_operation_id(self) -> str:
        """A fresh operation id (an OperationReply without one gets one anyway)."""
        return self.state.new_operation_id()


@dataclass(slots=True)
class StubState:
    """Per-app state: the operations handed out, and the id counter."""

    schema: Schema
    operations: OperationStore
    id_source: Callable[[], str]
    cloud: Cloud | None = None  # the stateful fake's state, when it serves one

    def new_operation_id(self) -> str:
        return self.id_source()


@dataclass(frozen=True, slots=True)
class _OperationEndpoint:
    cancel: bool


_Target = MethodRule | _OperationEndpoint


@dataclass(slots=True)
class StubOptions:
    validate_responses: bool = False  # 500 INTERNAL when a servicer answers off-schema
    operation_polls: int = 0  # polls before an operation reads as done


@dataclass(slots=True)
class _Dispatcher:
    schema: Schema
    decoders: Mapping[str, RequestDecoder]  # request class name -> from_json
    servicers: Mapping[str, object]  # docs service name -> servicer
    state: StubState
    options: StubOptions
    router: Router[_Target] = field(init=False)

    def __post_init__(self) -> None:
        self.router = Router()
        for method in self.schema.methods:
            self.router.add(method.verb, method.path, method)
        for spec, cancel in ((GET_OPERATION, False), (CANCEL_OPERATION, True)):
            self.router.add(spec.verb, spec.path, _OperationEndpoint(cancel=cancel))

    async def __call__(self, request: Request) -> Response:
        headers: dict[str, str] = {}
        try:
            status, data = await self._answer(request)
        except StubError as exc:
            status, data, headers = exc.http_status, exc.to_json(), exc.headers
        try:
            return _AsciiJSONResponse(data, status_code=status, headers=headers)
        except (TypeError, ValueError) as exc:
            error = StubError(INTERNAL, f"the answer is not JSON: {exc}")
            return _AsciiJSONResponse(error.to_json(), status_code=error.http_status)

    async def _answer(self, request: Request) -> tuple[int, dict[str, Any]]:
        raw = request.scope.get("raw_path") or request.scope["path"].encode()
        raw_path = raw.decode("latin-1").split("?", 1)[0]
        cloud = self.state.cloud
        if cloud is not None and raw_path.startswith(CONTROL_PREFIX):
            return 200, control(cloud, request.method, raw_path, await request.body())
        found = self.router.resolve(request.method, raw_path)
        if found is None:
            raise StubError(NOT_FOUND, f"no method at {request.method} {request.url.path}")
        if found.route is None:
            raise StubError(
                UNIMPLEMENTED,
                f"{request.method} is not allowed on {request.url.path}; "
                f"allowed: {', '.join(found.allowed)}",
                http_status=405,
                headers={"Allow": ", ".join(found.allowed)},
            )
        target = found.route.target
        if not (isinstance(target, MethodRule) and target.anonymous):
            require_token(request.headers)
        if isinstance(target, _OperationEndpoint):
            operation_id = found.params["operationId"]
            store = self.state.operations
            return 200, (store.cancel(operation_id) if target.cancel else store.get(operation_id))
        body = await request.body()
        try:
            typed = self._typed_request(target, found.params, request, body)
        except RecursionError:  # a bound missed somewhere: still the request's fault
            raise StubError.invalid([Violation("", "the request is nested too deeply")]) from None
        context = CallContext(target, request.headers, found.params, self.state)
        result = await self._call(target, typed, context)
        return 200, self._reply(target, result)

    def _typed_request(
        self, target: MethodRule, path_params: dict[str, str], request: Request, body: bytes
    ) -> Any:
        data = decode_request(
            self.schema, target, path_params, request.query_params.multi_items(), body
        )
        violations = validate(self.schema, target.request, data)
        if violations:
            raise StubError.invalid(violations)
        try:
            return self.decoders[target.request_class](data)
        except (ValueError, TypeError, KeyError) as exc:
            raise StubError.invalid([Violation("", str(exc))]) from None

    async def _call(self, method: MethodRule, request: Any, context: CallContext) -> Any:
        servicer = self.servicers.get(method.service)
        handler = getattr(servicer, method.attribute, None) if servicer is not None else None
        if handler is None:
            raise StubError.unimplemented(method.full_name)
        if self.state.cloud is not None:
            self.state.cloud.before_call(method)  # an injected fault answers instead
        try:
            return await handler(request, context)
        except StubError:
            raise
        except NotImplementedError:
            raise StubError.unimplemented(method.full_name) from None
        except Exception as exc:
            logger.exception("servicer method %s failed", method.full_name)
            raise StubError(INTERNAL, f"{method.full_name} failed: {exc!r}") from None

    def _reply(self, method: MethodRule, result: Any) -> dict[str, Any]:
        if isinstance(result, OperationReply):
            if not result.id:
                result.id = self.state.new_operation_id()
            meta_type, response_type = method.operation or ("", "")
            data = self.state.operations.add(
                result.to_json(meta_type, response_type), target=result.target
            )
        elif hasattr(result, "to_json"):
            data = result.to_json()
        elif isinstance(result, dict):
            data = result
        else:
            raise StubError(
                INTERNAL, f"{method.full_name} returned {type(result).__name__}, not a model"
            )
        if self.options.validate_responses:
            violations = response_violations(self.schema, method, data)
            if violations:
                raise StubError(
                    INTERNAL, f"{method.full_name} answered off-schema: {summary(violations)}"
                )
        return data


def require_token(headers: Headers) -> None:
    """401 UNAUTHENTICATED unless the request carries `Authorization: Bearer <token>`; any
    token will do (the stub checks that one is sent, as the documents require)."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise StubError(
            UNAUTHENTICATED,
            "the request has no IAM token: send the header Authorization: Bearer <token>",
            headers={"WWW-Authenticate": "Bearer"},
        )


def response_violations(schema: Schema, method: MethodRule, data: Any) -> list[Violation]:
    """Where a response breaks the schema; for operations, their metadata and response are
    checked against the method's documented types as well."""
    violations = validate(schema, method.response, data, allow_unknown=True)
    if method.operation is None or not isinstance(data, dict):
        return violations
    meta_type, response_type = method.operation
    for key, type_name in (("metadata", meta_type), ("response", response_type)):
        value = data.get(key)
        if value is None or not type_name:
            continue
        if not isinstance(value, dict):
            violations.append(Violation(key, "expected a JSON object"))
            continue
        violations += validate(schema, type_name, unpack_any(value), allow_unknown=True, path=key)
    return violations


class _AsciiJSONResponse(JSONResponse):
    """JSON with every non-ASCII character escaped: an error message that quotes a lone
    surrogate from the request (valid in JSON text, not in UTF-8) still encodes."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, allow_nan=False, separators=(",", ":")).encode("ascii")


class _ApiRoute(BaseRoute):
    """One route that takes every HTTP request and hands it to the dispatcher, which does
    the routing itself (see `_routing`)."""

    def __init__(self, dispatcher: _Dispatcher) -> None:
        self._dispatcher = dispatcher

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        return (Match.FULL if scope["type"] == "http" else Match.NONE), {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._dispatcher(Request(scope, receive))
        await response(scope, receive, send)


def create_app(
    schema: Schema,
    decoders: Mapping[str, RequestDecoder],
    servicers: Mapping[str, object],
    *,
    id_source: Callable[[], str],
    options: StubOptions | None = None,
    cloud: Cloud | None = None,
) -> Starlette:
    """A Starlette app serving `schema`'s methods with `servicers` (by docs service name);
    `decoders` turn validated request JSON into request models (by class name). With a
    `cloud` (the stateful fake) it keeps the operations and answers the `/_fake/` controls."""
    options = options or StubOptions()
    state = StubState(schema, OperationStore(options.operation_polls), id_source, cloud)
    if cloud is not None:
        cloud.attach(state.operations)
    dispatcher = _Dispatcher(schema, decoders, servicers, state, options)
    app = Starlette(routes=[_ApiRoute(dispatcher)])
    app.state.stub = state
    return app
