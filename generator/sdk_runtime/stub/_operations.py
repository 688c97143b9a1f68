"""Operations a stub hands out (yandex.cloud.operation.Operation JSON) and the store behind
`GET /operations/{operationId}`, which the SDK's `.wait()` polls."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .._codec import Timestamp
from ._errors import CANCELLED, StubError

MetadataT = TypeVar("MetadataT")
ResponseT = TypeVar("ResponseT")

TYPE_URL_PREFIX = "type.googleapis.com/"
EMPTY_TYPE = "google.protobuf.Empty"


def type_url(full_name: str) -> str:
    return TYPE_URL_PREFIX + full_name


def packed(value: Any, full_name: str) -> dict[str, Any]:
    """`value` (a model or a JSON object) as google.protobuf.Any JSON: `@type` first."""
    data = value.to_json() if hasattr(value, "to_json") else value
    if not isinstance(data, dict):
        data = {"value": data}
    if "@type" in data:
        return dict(data)
    return {"@type": type_url(full_name or EMPTY_TYPE), **data}


@dataclass(slots=True)
class OperationReply(Generic[MetadataT, ResponseT]):
    """What a servicer returns for an operation method. The stub adds `@type` to metadata and
    response (from the method's documented types), an id if none is given, and keeps it for
    `GET /operations/{id}`."""

    response: ResponseT | None = None
    metadata: MetadataT | None = None
    error: StubError | None = None
    done: bool = True
    id: str = ""
    description: str = ""
    created_by: str = ""
    created_at: str | None = None
    target: str = ""  # id of the resource it acts on (listed by its ListOperations)

    def to_json(self, metadata_type: str = "", response_type: str = "") -> dict[str, Any]:
        now = self.created_at or Timestamp.now().to_json()
        data: dict[str, Any] = {
            "id": self.id,
            "description": self.description,
            "createdAt": now,
            "createdBy": self.created_by,
            "modifiedAt": now,
            "done": self.done,
        }
        if self.metadata is not None:
            data["metadata"] = packed(self.metadata, metadata_type)
        if self.error is not None:
            data["error"] = self.error.to_json()
        elif self.done:
            data["response"] = packed(
                self.response if self.response is not None else {}, response_type
            )
        return data


@dataclass(slots=True)
class _Stored:
    final: dict[str, Any]
    pending_polls: int
    target: str = ""  # id of the resource it acts on, for ListOperations
    seq: int = 0


@dataclass(slots=True)
class OperationStore:
    """Operations by id. With `pending_polls` > 0 an operation first reads as not done and
    turns done after that many `GET /operations/{id}` calls. `on_change` is called after an
    operation is added or cancelled (the stateful fake saves its snapshot there)."""

    pending_polls: int = 0
    on_change: Callable[[], None] | None = None
    _items: dict[str, _Stored] = field(default_factory=dict)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _seq: int = 0

    def add(self, operation: dict[str, Any], target: str = "") -> dict[str, Any]:
        """Store an operation; returns what the creating call answers."""
        with self._lock:
            self._seq += 1
            polls = self.pending_polls if operation.get("done") else 0
            stored = _Stored(operation, polls, target, self._seq)
            self._items[str(operation["id"])] = stored
            view = self._view(stored)
        self._changed()
        return view

    def get(self, operation_id: str) -> dict[str, Any]:
        with self._lock:
            stored = self._lookup(operation_id)
            if stored.pending_polls > 0:
                stored.pending_polls -= 1
            return self._view(stored)

    def cancel(self, operation_id: str) -> dict[str, Any]:
        """A not yet done operation ends CANCELLED; a done one stays as it is."""
        with self._lock:
            stored = self._lookup(operation_id)
            if stored.pending_polls > 0:
                stored.pending_polls = 0
                final = {k: v for k, v in stored.final.items() if k != "response"}
                final["done"] = True
                final["error"] = StubError(CANCELLED, "operation cancelled").to_json()
                stored.final = final
            view = self._view(stored)
        self._changed()
        return view

    def for_target(self, target: str) -> list[tuple[int, dict[str, Any]]]:
        """(order, operation JSON as polled now) of the operations on one resource."""
        with self._lock:
            found = [s for s in self._items.values() if s.target == target]
            return [(s.seq, self._view(s)) for s in sorted(found, key=lambda s: s.seq)]

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def dump(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {"final": s.final, "pendingPolls": s.pending_polls, "target": s.target}
                for s in sorted(self._items.values(), key=lambda s: s.seq)
            ]

    def load(self, items: list[dict[str, Any]]) -> None:
        with self._lock:
            self._items.clear()
            self._seq = 0
            for item in items:
                self._seq += 1
                final = dict(item["final"])
                polls = int(item.get("pendingPolls", 0))
                self._items[str(final["id"])] = _Stored(
                    final, polls, str(item.get("target", "")), self._seq
                )

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def _lookup(self, operation_id: str) -> _Stored:
        stored = self._items.get(operation_id)
        if stored is None:
            raise StubError.not_found(f"operation {operation_id} not found")
        return stored

    @staticmethod
    def _view(stored: _Stored) -> dict[str, Any]:
        if stored.pending_polls <= 0:
            return dict(stored.final)
        view = {k: v for k, v in stored.final.items() if k not in ("response", "error")}
        view["done"] = False
        return view
