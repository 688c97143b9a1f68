"""Models of the Cloud Backup API (`yandex.cloud.backup.v1`).

Generated from the Yandex Cloud API reference; do not edit.

Every field is optional and defaults to None, which leaves it out of the request. Decoding
is lenient: missing fields stay None, and fields the server sends that this SDK does not
know are kept in `unknown_fields` and written back by `to_json`. Required fields are not
checked here; the server validates requests.
"""

from __future__ import annotations

import dataclasses as _dc
from dataclasses import dataclass
from typing import Any, ClassVar, Self

from ycrest._runtime import _codec as _c
from ycrest._runtime._codec import OpenEnum, Timestamp

__all__ = [
    "ListTasksRequest",
    "ListTasksResponse",
    "Progress",
    "Task",
    "TaskCode",
    "TaskStatus",
    "TaskType",
]


class TaskCode(OpenEnum):
    """Values of `yandex.cloud.backup.v1.Task.Code`."""

    CODE_UNSPECIFIED = "CODE_UNSPECIFIED"
    OK = "OK"
    ERROR = "ERROR"
    WARNING = "WARNING"
    CANCELLED = "CANCELLED"
    ABANDONED = "ABANDONED"
    TIMEDOUT = "TIMEDOUT"


class TaskStatus(OpenEnum):
    """Values of `yandex.cloud.backup.v1.Task.Status`."""

    STATUS_UNSPECIFIED = "STATUS_UNSPECIFIED"
    ENQUEUED = "ENQUEUED"
    ASSIGNED = "ASSIGNED"
    STARTED = "STARTED"
    PAUSED = "PAUSED"
    COMPLETED = "COMPLETED"


class TaskType(OpenEnum):
    """Values of `yandex.cloud.backup.v1.Task.Type`."""

    TYPE_UNSPECIFIED = "TYPE_UNSPECIFIED"
    BACKUP = "BACKUP"
    RETENTION = "RETENTION"
    RECOVERY = "RECOVERY"
    APPLY_POLICY = "APPLY_POLICY"
    REVOKE_POLICY = "REVOKE_POLICY"


@dataclass(slots=True, kw_only=True)
class ListTasksRequest:
    """`yandex.cloud.backup.v1.ListTasksRequest`."""

    compute_instance_id: str | None = None
    """Required field. Compute Cloud instance ID."""

    page_size: int | None = None
    """Number of results per page."""

    page_token: str | None = None
    """Token for the results page."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "computeInstanceId",
            "pageSize",
            "pageToken",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "ListTasksRequest")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.compute_instance_id = (
            v
            if (v := obj.get("computeInstanceId")) is None or type(v) is str
            else _c.string_from_json(v)
        )
        m.page_size = (
            v if (v := obj.get("pageSize")) is None or type(v) is int else _c.int_from_json(v)
        )
        m.page_token = (
            v if (v := obj.get("pageToken")) is None or type(v) is str else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.compute_instance_id is not None:
            data["computeInstanceId"] = self.compute_instance_id
        if self.page_size is not None:
            data["pageSize"] = str(self.page_size)
        if self.page_token is not None:
            data["pageToken"] = self.page_token
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class ListTasksResponse:
    """`yandex.cloud.backup.v1.ListTasksResponse`."""

    tasks: list[Task] | None = None
    """Set of tasks parameters."""

    next_page_token: str | None = None
    """Token for the next results page."""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "tasks",
            "nextPageToken",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "ListTasksResponse")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.tasks = _c.list_from_json(obj.get("tasks"), Task.from_json)
        m.next_page_token = (
            v
            if (v := obj.get("nextPageToken")) is None or type(v) is str
            else _c.string_from_json(v)
        )
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.tasks is not None:
            data["tasks"] = [v.to_json() for v in self.tasks]
        if self.next_page_token is not None:
            data["nextPageToken"] = self.next_page_token
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Progress:
    """`yandex.cloud.backup.v1.Progress`."""

    current: int | None = None

    total: int | None = None

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "current",
            "total",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Progress")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.current = (
            v if (v := obj.get("current")) is None or type(v) is int else _c.int_from_json(v)
        )
        m.total = v if (v := obj.get("total")) is None or type(v) is int else _c.int_from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.current is not None:
            data["current"] = str(self.current)
        if self.total is not None:
            data["total"] = str(self.total)
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data


@dataclass(slots=True, kw_only=True)
class Task:
    """`yandex.cloud.backup.v1.Task`."""

    id: int | None = None
    """Task ID."""

    cancellable: bool | None = None
    """Shows whether the task is cancellable.
    Note: task cancellation is not supported yet.
    """

    policy_id: str | None = None
    """Policy ID."""

    type: TaskType | None = None
    """Type of the task."""

    progress: Progress | None = None
    """Task progress."""

    status: TaskStatus | None = None
    """Task status."""

    enqueued_at: Timestamp | None = None
    """String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.

    To work with values in this field, use the APIs described in the
    Protocol Buffers reference
    <https://developers.google.com/protocol-buffers/docs/reference/overview>.
    In some languages, built-in datetime utilities do not support nanosecond precision (9
    digits).
    """

    started_at: Timestamp | None = None
    """String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.

    To work with values in this field, use the APIs described in the
    Protocol Buffers reference
    <https://developers.google.com/protocol-buffers/docs/reference/overview>.
    In some languages, built-in datetime utilities do not support nanosecond precision (9
    digits).
    """

    updated_at: Timestamp | None = None
    """String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.

    To work with values in this field, use the APIs described in the
    Protocol Buffers reference
    <https://developers.google.com/protocol-buffers/docs/reference/overview>.
    In some languages, built-in datetime utilities do not support nanosecond precision (9
    digits).
    """

    completed_at: Timestamp | None = None
    """String in RFC3339 <https://www.ietf.org/rfc/rfc3339.txt> text format. The range of
    possible values is from
    `0001-01-01T00:00:00Z` to `9999-12-31T23:59:59.999999999Z`, i.e. from 0 to 9 digits for
    fractions of a second.

    To work with values in this field, use the APIs described in the
    Protocol Buffers reference
    <https://developers.google.com/protocol-buffers/docs/reference/overview>.
    In some languages, built-in datetime utilities do not support nanosecond precision (9
    digits).
    """

    compute_instance_id: str | None = None
    """Compute Cloud instance ID."""

    result_code: TaskCode | None = None
    """Task result code."""

    error: str | None = None
    """Task error message if task finished with not OK code"""

    unknown_fields: dict[str, Any] | None = _dc.field(default=None, repr=False)
    """Fields the server sent that this SDK does not know; `to_json` writes them back."""

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "cancellable",
            "policyId",
            "type",
            "progress",
            "status",
            "enqueuedAt",
            "startedAt",
            "updatedAt",
            "completedAt",
            "computeInstanceId",
            "resultCode",
            "error",
        }
    )

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Decode the JSON form; missing fields stay None, unknown ones are kept aside."""
        obj = data if type(data) is dict else _c.object_from_json(data, "Task")
        # Filled slot by slot: much cheaper than the keyword call of `__init__`.
        m = object.__new__(cls)
        m.id = v if (v := obj.get("id")) is None or type(v) is int else _c.int_from_json(v)
        m.cancellable = (
            v if (v := obj.get("cancellable")) is None or type(v) is bool else _c.bool_from_json(v)
        )
        m.policy_id = (
            v if (v := obj.get("policyId")) is None or type(v) is str else _c.string_from_json(v)
        )
        m.type = None if (v := obj.get("type")) is None else TaskType.from_json(v)
        m.progress = None if (v := obj.get("progress")) is None else Progress.from_json(v)
        m.status = None if (v := obj.get("status")) is None else TaskStatus.from_json(v)
        m.enqueued_at = None if (v := obj.get("enqueuedAt")) is None else _c.lazy_timestamp(v)
        m.started_at = None if (v := obj.get("startedAt")) is None else _c.lazy_timestamp(v)
        m.updated_at = None if (v := obj.get("updatedAt")) is None else _c.lazy_timestamp(v)
        m.completed_at = None if (v := obj.get("completedAt")) is None else _c.lazy_timestamp(v)
        m.compute_instance_id = (
            v
            if (v := obj.get("computeInstanceId")) is None or type(v) is str
            else _c.string_from_json(v)
        )
        m.result_code = None if (v := obj.get("resultCode")) is None else TaskCode.from_json(v)
        m.error = v if (v := obj.get("error")) is None or type(v) is str else _c.string_from_json(v)
        known = cls._json_names
        m.unknown_fields = None if known.issuperset(obj) else _c.unknown_fields(obj, known)
        return m

    def to_json(self) -> dict[str, Any]:
        """The JSON form; fields that are None are left out, unknown ones written back."""
        data: dict[str, Any] = {}
        if self.id is not None:
            data["id"] = str(self.id)
        if self.cancellable is not None:
            data["cancellable"] = self.cancellable
        if self.policy_id is not None:
            data["policyId"] = self.policy_id
        if self.type is not None:
            data["type"] = (
                self.type._value_ if type(self.type) is TaskType else _c.enum_to_json(self.type)
            )
        if self.progress is not None:
            data["progress"] = self.progress.to_json()
        if self.status is not None:
            data["status"] = (
                self.status._value_
                if type(self.status) is TaskStatus
                else _c.enum_to_json(self.status)
            )
        if self.enqueued_at is not None:
            data["enqueuedAt"] = self.enqueued_at.to_json()
        if self.started_at is not None:
            data["startedAt"] = self.started_at.to_json()
        if self.updated_at is not None:
            data["updatedAt"] = self.updated_at.to_json()
        if self.completed_at is not None:
            data["completedAt"] = self.completed_at.to_json()
        if self.compute_instance_id is not None:
            data["computeInstanceId"] = self.compute_instance_id
        if self.result_code is not None:
            data["resultCode"] = (
                self.result_code._value_
                if type(self.result_code) is TaskCode
                else _c.enum_to_json(self.result_code)
            )
        if self.error is not None:
            data["error"] = self.error
        if self.unknown_fields:
            return {**self.unknown_fields, **data}
        return data
