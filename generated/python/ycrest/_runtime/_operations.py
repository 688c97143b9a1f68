"""Typed handles for long-running operations (yandex.cloud.operation.Operation).

`metadata` and `response` arrive as google.protobuf.Any JSON (an `@type` key next to the
message's fields); the handle strips `@type` and decodes them with the callables the
generated code passes (a model's `from_json`, or `raw_json` to keep the JSON).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ._errors import OperationError, OperationTimeoutError
from ._transport import AsyncTransport, SyncTransport
from ._types import JSONObject, MethodSpec

MetadataT = TypeVar("MetadataT")
ResponseT = TypeVar("ResponseT")

OPERATION_HOST = "operation.{api_host}"
GET_OPERATION = MethodSpec("GET", OPERATION_HOST, "/operations/{operationId}", ("operationId",))
CANCEL_OPERATION = MethodSpec(
    "POST", OPERATION_HOST, "/operations/{operationId}:cancel", ("operationId",)
)
DEFAULT_POLL_INTERVAL = 1.0
MAX_POLL_INTERVAL = 10.0


def raw_json(data: Any) -> JSONObject:
    """Decoder that keeps the JSON as it is."""
    return data if isinstance(data, dict) else {"value": data}


def unpack_any(data: Any) -> Any:
    """google.protobuf.Any JSON without its `@type` key: the message's own fields."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k != "@type"}
    return data


class _OperationState(Generic[MetadataT, ResponseT]):
    """Fields of an operation JSON, decoded; shared by the sync and async handles."""

    def __init__(
        self,
        data: JSONObject,
        metadata: Callable[[Any], MetadataT],
        response: Callable[[Any], ResponseT],
    ) -> None:
        self._decode_metadata = metadata
        self._decode_response = response
        self._update(data)

    def _update(self, data: JSONObject) -> None:
        self.raw = data
        self.id: str = str(data.get("id", ""))
        self.description: str = str(data.get("description", ""))
        self.created_at: str | None = data.get("createdAt")
        self.created_by: str | None = data.get("createdBy")
        self.modified_at: str | None = data.get("modifiedAt")
        self.done: bool = bool(data.get("done", False))
        raw_metadata = data.get("metadata")
        self.metadata: MetadataT | None = (
            None if raw_metadata is None else self._decode_metadata(unpack_any(raw_metadata))
        )
        error = data.get("error")
        self.error: JSONObject | None = error if isinstance(error, dict) else None
        raw_response = data.get("response")
        if raw_response is None and self.done and self.error is None:
            raw_response = {}  # google.protobuf.Empty, or a response with default fields only
        self.response: ResponseT | None = (
            None if raw_response is None else self._decode_response(unpack_any(raw_response))
        )

    def result(self) -> ResponseT:
        """The decoded response; raises OperationError if the operation failed."""
        if self.error is not None:
            details = self.error.get("details")
            raise OperationError(
                operation_id=self.id,
                code=int(self.error.get("code", 2)),
                message=str(self.error.get("message", "")),
                details=details if isinstance(details, list) else [],
            )
        if not self.done or self.response is None:
            raise ValueError(f"operation {self.id} is not done")
        return self.response

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.id!r} done={self.done}>"


def _intervals(poll_interval: float) -> Callable[[], float]:
    current = [poll_interval]

    def step() -> float:
        value = current[0]
        current[0] = min(value * 2, max(MAX_POLL_INTERVAL, poll_interval))
        return value

    return step


class Operation(_OperationState[MetadataT, ResponseT]):
    def __init__(
        self,
        data: JSONObject,
        transport: SyncTransport,
        metadata: Callable[[Any], MetadataT],
        response: Callable[[Any], ResponseT],
    ) -> None:
        self._transport = transport
        super().__init__(data, metadata, response)

    def refresh(self) -> Operation[MetadataT, ResponseT]:
        self._update(self._transport.request(GET_OPERATION, {"operationId": self.id}).json())
        return self

    def cancel(self) -> Operation[MetadataT, ResponseT]:
        self._update(self._transport.request(CANCEL_OPERATION, {"operationId": self.id}).json())
        return self

    def wait(
        self, timeout: float | None = None, poll_interval: float = DEFAULT_POLL_INTERVAL
    ) -> ResponseT:
        """Poll until done (capped exponential backoff); return the decoded response.

        Raises OperationError if it failed, OperationTimeoutError after `timeout` seconds."""
        clock = self._transport.settings.clock
        deadline = None if timeout is None else clock() + timeout
        next_interval = _intervals(poll_interval)
        while not self.done:
            delay = next_interval()
            if deadline is not None:
                remaining = deadline - clock()
                if remaining <= 0:
                    raise OperationTimeoutError(self.id, timeout or 0.0)
                delay = min(delay, remaining)
            self._transport.sleep(delay)
            self.refresh()
        return self.result()


class AsyncOperation(_OperationState[MetadataT, ResponseT]):
    def __init__(
        self,
        data: JSONObject,
        transport: AsyncTransport,
        metadata: Callable[[Any], MetadataT],
        response: Callable[[Any], ResponseT],
    ) -> None:
        self._transport = transport
        super().__init__(data, metadata, response)

    async def refresh(self) -> AsyncOperation[MetadataT, ResponseT]:
        response = await self._transport.request(GET_OPERATION, {"operationId": self.id})
        self._update(response.json())
        return self

    async def cancel(self) -> AsyncOperation[MetadataT, ResponseT]:
        response = await self._transport.request(CANCEL_OPERATION, {"operationId": self.id})
        self._update(response.json())
        return self

    async def wait(
        self, timeout: float | None = None, poll_interval: float = DEFAULT_POLL_INTERVAL
    ) -> ResponseT:
        """See `Operation.wait`."""
        clock = self._transport.settings.clock
        deadline = None if timeout is None else clock() + timeout
        next_interval = _intervals(poll_interval)
        while not self.done:
            delay = next_interval()
            if deadline is not None:
                remaining = deadline - clock()
                if remaining <= 0:
                    raise OperationTimeoutError(self.id, timeout or 0.0)
                delay = min(delay, remaining)
            await self._transport.sleep(delay)
            await self.refresh()
        return self.result()


class Operations:
    """Any operation by its id (`client.operations`), its metadata and response left as
    JSON; a method's `resume_<method>(operation_id)` gives the typed handle instead."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get(self, operation_id: str) -> Operation[JSONObject, JSONObject]:
        return Operation({"id": operation_id}, self._transport, raw_json, raw_json).refresh()

    def cancel(self, operation_id: str) -> Operation[JSONObject, JSONObject]:
        return Operation({"id": operation_id}, self._transport, raw_json, raw_json).cancel()


class AsyncOperations:
    """Async counterpart of `Operations`."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get(self, operation_id: str) -> AsyncOperation[JSONObject, JSONObject]:
        operation = AsyncOperation({"id": operation_id}, self._transport, raw_json, raw_json)
        return await operation.refresh()

    async def cancel(self, operation_id: str) -> AsyncOperation[JSONObject, JSONObject]:
        operation = AsyncOperation({"id": operation_id}, self._transport, raw_json, raw_json)
        return await operation.cancel()
