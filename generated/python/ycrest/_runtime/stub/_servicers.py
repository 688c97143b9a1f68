"""Servicers: binding user servicers to docs services, and the base of the generated fake
servicers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from .._operations import unpack_any
from ._app import CallContext
from ._fake import FakeData
from ._operations import OperationReply
from .stateful import Cloud

T = TypeVar("T")
MetadataT = TypeVar("MetadataT")
ResponseT = TypeVar("ResponseT")


def _decoded(packed_json: dict[str, Any], documented: str, decode: Callable[[Any], T]) -> T:
    """A model for a documented type (the stub adds `@type` back); the JSON with its own
    `@type` where the docs leave the type open."""
    return decode(unpack_any(packed_json) if documented else packed_json)


def json_object(data: Any) -> dict[str, Any]:
    """Decoder for metadata and responses the docs leave open: the JSON as it is."""
    return dict(data) if isinstance(data, Mapping) else {"value": data}


def bind_servicers(
    bases: Mapping[str, type],
    given: Sequence[object],
    fallback: Callable[[str], object],
) -> dict[str, object]:
    """Servicer per docs service: the first of `given` that is an instance of the service's
    base class, else `fallback(service)`. A servicer that subclasses no base is an error."""
    bound: dict[str, object] = {}
    for servicer in given:
        matched = [name for name, base in bases.items() if isinstance(servicer, base)]
        if not matched:
            known = ", ".join(base.__name__ for base in bases.values())
            raise TypeError(f"{type(servicer).__name__} subclasses none of {known}")
        for name in matched:
            bound.setdefault(name, servicer)
    for name in bases:
        if name not in bound:
            bound[name] = fallback(name)
    return bound


class FakeServicer:
    """Base of the generated `Fake<Service>Servicer` classes. With a `cloud` (the stateful
    fake) methods the resource table has a role for act on its state; the others, and all
    of them without a cloud, answer with schema-valid data from `fake`."""

    def __init__(self, fake: FakeData | None = None, cloud: Cloud | None = None) -> None:
        self._fake = fake
        self.cloud = cloud

    @property
    def fake(self) -> FakeData:
        if self._fake is None:
            raise RuntimeError(f"{type(self).__name__} is not part of a fake app yet")
        return self._fake

    def join(self, fake: FakeData, cloud: Cloud | None) -> None:
        """Take the app's fake data and cloud where none were given (a user's subclass made
        with no arguments and passed to `create_fake_app`)."""
        if self._fake is None:
            self._fake = fake
        if self.cloud is None:
            self.cloud = cloud

    def answer(self, request: Any, context: CallContext, decode: Callable[[Any], T]) -> T:
        """A plain method's answer: from the cloud's state, else faked."""
        cloud = self.cloud
        if cloud is None or cloud.role(context.method) is None:
            if cloud is not None:
                cloud.require_target(context.method, context.path_params)
            return self.fake_response(context, decode)
        return decode(cloud.respond(context.method, request.to_json(), context.path_params))

    def operate(
        self,
        request: Any,
        context: CallContext,
        metadata: Callable[[Any], MetadataT] | None,
        response: Callable[[Any], ResponseT],
    ) -> OperationReply[MetadataT, ResponseT]:
        """An operation method's answer: acting on the cloud's state, else faked (an
        operation fault injected for the method ends it with an error either way)."""
        cloud = self.cloud
        if cloud is None or cloud.role(context.method) is None:
            if cloud is not None:
                cloud.require_target(context.method, context.path_params)
            reply = self.fake_operation(context, metadata, response)
            error = cloud.faults.take_operation(context.method.full_name) if cloud else None
            if error is not None:
                reply.error, reply.response = error, None
            return reply
        raw = cloud.respond(context.method, request.to_json(), context.path_params)
        meta_type, response_type = context.method.operation or ("", "")
        decoded_response = None
        if raw.response is not None:
            decoded_response = _decoded(raw.response, response_type, response)
        decoded_metadata = None
        if raw.metadata is not None and metadata is not None:
            decoded_metadata = _decoded(raw.metadata, meta_type, metadata)
        return OperationReply(
            response=decoded_response,
            metadata=decoded_metadata,
            error=raw.error,
            id=raw.id,
            description=raw.description,
            created_by=raw.created_by,
            created_at=raw.created_at,
            target=raw.target,
        )

    def fake_response(self, context: CallContext, decode: Callable[[Any], T]) -> T:
        """The method's response type, faked; a Get-like method echoes the id it was
        asked for."""
        method = context.method
        data = self.fake.message(method.response, salt=method.full_name)
        ids = [v for k, v in context.path_params.items() if k.endswith(("Id", "id"))]
        if len(ids) == 1 and "id" in data and self._may_echo(method.response, ids[0]):
            data["id"] = ids[0]
        return decode(data)

    def _may_echo(self, type_name: str, value: str) -> bool:
        rule = self.fake.schema.message(type_name)
        f = rule.field_named("id") if rule is not None else None
        return (
            f is not None
            and f.kind == "string"
            and not f.repeated
            and f.pattern is None
            and (f.max_length is None or len(value) <= f.max_length)
        )

    def fake_operation(
        self,
        context: CallContext,
        metadata: Callable[[Any], MetadataT] | None,
        response: Callable[[Any], ResponseT],
    ) -> OperationReply[MetadataT, ResponseT]:
        """A finished operation carrying the documented metadata and response types."""
        method = context.method
        meta_type, response_type = method.operation or ("", "")
        meta = None
        if metadata is not None and meta_type:
            meta = metadata(self.fake.message(meta_type, salt=method.full_name))
        result = response(self.fake.message(response_type, salt=method.full_name))
        return OperationReply(
            response=result,
            metadata=meta,
            done=True,
            id=context.new_operation_id(),
            description=f"{method.full_name} (fake)",
            created_by="fake-user",
            created_at=self.fake.timestamp(method.full_name),
        )
