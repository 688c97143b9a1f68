"""Server stubs of the Example API (`yandex.cloud.example.v1`): a routed, validating ASGI app
and a fake that keeps what clients do (resources, operations; see `Cloud`) and answers the
rest with schema-valid examples.

Needs the SDK's `stub` extra (starlette, uvicorn).

- Serve your own behaviour: subclass a `<Service>Servicer`, override the methods you need
  (the rest answer 501 UNIMPLEMENTED) and run `create_app(MyServicer())` under any ASGI server.
- Serve the fake: `python -m ycrest.example.v1.stub --port 8080 [--seed N]`, or
  `create_fake_app(seed=1)`; subclass a `Fake<Service>Servicer` to change one method.
- Control the fake from tests: `server.cloud` / `app.state.stub.cloud` (seed, state, reset,
  fail, fail_operation), or over HTTP under `/_fake/` for the standalone server.
- In tests: `with fake_client() as client:` (real HTTP on 127.0.0.1), `fake_async_client()`
  (in-process through httpx.ASGITransport), or the pytest fixtures of `.testing`.

Requests are checked against the docs' rules (types, required fields, enum values, lengths,
ranges, item counts, patterns, oneof groups); a broken rule answers 400 INVALID_ARGUMENT
naming the field. Requests need `Authorization: Bearer <token>` (any token; 401
UNAUTHENTICATED without one), as the OpenAPI documents say; the fake clients send one.
Servicer methods raise `StubError` to answer other errors.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
from starlette.applications import Starlette

from ycrest._runtime import stub as _stub

from .. import models as _m
from ..client import AsyncExampleClient, ExampleClient
from ._resources import MODEL_TYPES, RESOURCES
from ._schema import SCHEMA

__all__ = [
    "FAKE_TOKEN",
    "RESOURCES",
    "SCHEMA",
    "FakeWidgetServicer",
    "WidgetServicer",
    "create_app",
    "create_fake_app",
    "fake_async_client",
    "fake_client",
    "main",
    "serve_fake",
]

# What the fake clients authenticate with; the fake accepts any credentials.
FAKE_TOKEN = "fake-iam-token"


class WidgetServicer:
    """The Widget service: subclass, override the methods you serve, and pass an
    instance to `create_app`. Methods not overridden answer 501 UNIMPLEMENTED.
    """

    async def forget(self, request: _m.ForgetWidgetRequest, context: _stub.CallContext) -> _m.Empty:
        """Forgets the cached state of a widget. Answers with an empty message.

        `POST /example/v1/widgets/{widgetId}:forget`
        """
        raise _stub.StubError.unimplemented("Widget.Forget")

    async def get(self, request: _m.GetWidgetRequest, context: _stub.CallContext) -> _m.Widget:
        """Returns the specified widget.

        `GET /example/v1/widgets/{widgetId}`
        """
        raise _stub.StubError.unimplemented("Widget.Get")

    async def list(
        self, request: _m.ListWidgetsRequest, context: _stub.CallContext
    ) -> _m.ListWidgetsResponse:
        """Retrieves the list of widgets in the specified folder.

        `GET /example/v1/widgets`
        """
        raise _stub.StubError.unimplemented("Widget.List")

    async def rotate(
        self, request: _m.RotateWidgetKeyRequest, context: _stub.CallContext
    ) -> _m.RotateWidgetKeyResponse:
        """Rotates the key of the specified widget.

        `POST /example/v1/widgets/{widgetId}:rotate`
        """
        raise _stub.StubError.unimplemented("Widget.Rotate")

    async def update(
        self, request: _m.UpdateWidgetRequest, context: _stub.CallContext
    ) -> _stub.OperationReply[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        """Updates the specified widget.

        `PATCH /example/v1/widgets/{widgetId}`
        """
        raise _stub.StubError.unimplemented("Widget.Update")


class FakeWidgetServicer(_stub.FakeServicer, WidgetServicer):
    """The Widget service of the fake: stateful where the resource table says how, else
    schema-valid example data. Subclass and override a method to change just that one.
    """

    async def forget(self, request: _m.ForgetWidgetRequest, context: _stub.CallContext) -> _m.Empty:
        return self.answer(request, context, _m.Empty.from_json)

    async def get(self, request: _m.GetWidgetRequest, context: _stub.CallContext) -> _m.Widget:
        return self.answer(request, context, _m.Widget.from_json)

    async def list(
        self, request: _m.ListWidgetsRequest, context: _stub.CallContext
    ) -> _m.ListWidgetsResponse:
        return self.answer(request, context, _m.ListWidgetsResponse.from_json)

    async def rotate(
        self, request: _m.RotateWidgetKeyRequest, context: _stub.CallContext
    ) -> _m.RotateWidgetKeyResponse:
        return self.answer(request, context, _m.RotateWidgetKeyResponse.from_json)

    async def update(
        self, request: _m.UpdateWidgetRequest, context: _stub.CallContext
    ) -> _stub.OperationReply[_m.UpdateWidgetMetadata, _m.WidgetSummary]:
        return self.operate(
            request, context, _m.UpdateWidgetMetadata.from_json, _m.WidgetSummary.from_json
        )


_SERVICERS: dict[str, type] = {
    "Widget": WidgetServicer,
}
_FAKES: dict[str, type[_stub.FakeServicer]] = {
    "Widget": FakeWidgetServicer,
}
_DECODERS: dict[str, _stub.RequestDecoder] = {
    "ForgetWidgetRequest": _m.ForgetWidgetRequest.from_json,
    "GetWidgetRequest": _m.GetWidgetRequest.from_json,
    "ListWidgetsRequest": _m.ListWidgetsRequest.from_json,
    "RotateWidgetKeyRequest": _m.RotateWidgetKeyRequest.from_json,
    "UpdateWidgetRequest": _m.UpdateWidgetRequest.from_json,
}


def create_app(
    *servicers: object,
    fake: bool = False,
    stateful: bool = True,
    seed: int = 0,
    operation_polls: int = 0,
    validate_responses: bool = False,
    state_file: str | None = None,
) -> Starlette:
    """The ASGI app: each servicer serves the services whose `<Service>Servicer` it subclasses.

    Services no servicer covers answer 501, or with the fake if `fake`: `stateful` (the default)
    keeps resources and operations in `app.state.stub.cloud` (a `Cloud`; with `state_file`, a
    JSON snapshot loaded at start and saved on every change), else every answer is schema-valid
    example data. `seed` picks ids and data; `operation_polls` makes operations read as not done
    for that many polls of `GET /operations/{id}`; `validate_responses` answers 500 when a
    servicer's answer breaks the schema.
    """
    data = _stub.FakeData(SCHEMA, seed)
    cloud = None
    if fake and stateful:
        cloud = _stub.Cloud(
            SCHEMA, RESOURCES, seed=seed, model_types=MODEL_TYPES, state_file=state_file
        )

    for servicer in servicers:
        if fake and isinstance(servicer, _stub.FakeServicer):
            servicer.join(data, cloud)

    def fallback(service: str) -> object:
        return _FAKES[service](data, cloud) if fake else _SERVICERS[service]()

    return _stub.create_app(
        SCHEMA,
        _DECODERS,
        _stub.bind_servicers(_SERVICERS, servicers, fallback),
        id_source=cloud.new_operation_id if cloud else lambda: data.next_id("op"),
        options=_stub.StubOptions(
            validate_responses=validate_responses, operation_polls=operation_polls
        ),
        cloud=cloud,
    )


def create_fake_app(
    *servicers: object,
    seed: int = 0,
    operation_polls: int = 0,
    stateful: bool = True,
    state_file: str | None = None,
) -> Starlette:
    """The fake: every service not given keeps what clients do to its resources (or, not
    `stateful`, answers with schema-valid examples only).
    """
    return create_app(
        *servicers,
        fake=True,
        stateful=stateful,
        seed=seed,
        operation_polls=operation_polls,
        validate_responses=True,
        state_file=state_file,
    )


@contextmanager
def serve_fake(
    *servicers: object,
    seed: int = 0,
    operation_polls: int = 0,
    port: int = 0,
    stateful: bool = True,
) -> Iterator[_stub.RunningServer]:
    """Serve `create_fake_app(...)` with uvicorn on 127.0.0.1 (port 0: an ephemeral one) for
    the `with` block; `server.hosts` points a client at it, `server.cloud` is its state.
    """
    app = create_fake_app(*servicers, seed=seed, operation_polls=operation_polls, stateful=stateful)
    with _stub.serve_in_thread(app, port=port) as server:
        yield server


@contextmanager
def fake_client(
    *servicers: object, seed: int = 0, operation_polls: int = 0, stateful: bool = True
) -> Iterator[ExampleClient]:
    """A `ExampleClient` talking over real HTTP to a fake served for the `with` block."""
    with (
        serve_fake(
            *servicers, seed=seed, operation_polls=operation_polls, stateful=stateful
        ) as server,
        ExampleClient(iam_token=FAKE_TOKEN, hosts=server.hosts) as client,
    ):
        yield client


def fake_async_client(
    *servicers: object,
    seed: int = 0,
    operation_polls: int = 0,
    stateful: bool = True,
    app: Starlette | None = None,
) -> AsyncExampleClient:
    """An `AsyncExampleClient` calling the fake (or `app`) in-process through
    `httpx.ASGITransport`: no sockets, no threads.
    """
    app = app or create_fake_app(
        *servicers, seed=seed, operation_polls=operation_polls, stateful=stateful
    )
    return AsyncExampleClient(
        iam_token=FAKE_TOKEN,
        hosts={"*": "http://fake.invalid"},
        http_client=httpx.ASGITransport(app=app),
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: serve the fake (`python -m ycrest.example.v1.stub --help`)."""
    _stub.main(_serve_options_app, "python -m ycrest.example.v1.stub", argv)


def _serve_options_app(options: _stub.ServeOptions) -> Starlette:
    return create_fake_app(
        seed=options.seed,
        operation_polls=options.operation_polls,
        stateful=not options.stateless,
        state_file=options.state_file,
    )
