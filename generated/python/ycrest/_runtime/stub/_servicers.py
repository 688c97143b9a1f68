"""Servicers: binding user servicers to docs services, and the base of the generated fake
servicers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from ._app import CallContext
from ._fake import FakeData
from ._operations import OperationReply

T = TypeVar("T")
MetadataT = TypeVar("MetadataT")
ResponseT = TypeVar("ResponseT")


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
    """Base of the generated `Fake<Service>Servicer` classes: every method answers with
    schema-valid data from `fake`."""

    def __init__(self, fake: FakeData) -> None:
        self.fake = fake

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
