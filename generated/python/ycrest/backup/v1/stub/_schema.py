"""Validation tables of the Cloud Backup API (`yandex.cloud.backup.v1`): one rule per
message field, the enum values and the REST methods, read by `ycrest._runtime.stub`.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from ycrest._runtime.stub._schema import (
    BOOL,
    ENUM,
    INT64,
    MESSAGE,
    STRING,
    TIMESTAMP,
    MessageRule,
    MethodRule,
    Schema,
)
from ycrest._runtime.stub._schema import FieldRule as _F

__all__ = ["SCHEMA"]

SCHEMA = Schema(
    package="yandex.cloud.backup.v1",
    messages={
        "yandex.cloud.backup.v1.ListTasksRequest": MessageRule(
            (
                _F("computeInstanceId", STRING, required=True),
                _F("pageSize", INT64),
                _F("pageToken", STRING),
            ),
        ),
        "yandex.cloud.backup.v1.ListTasksResponse": MessageRule(
            (
                _F("tasks", MESSAGE, ref="yandex.cloud.backup.v1.Task", repeated=True),
                _F("nextPageToken", STRING),
            ),
        ),
        "yandex.cloud.backup.v1.Progress": MessageRule(
            (
                _F("current", INT64),
                _F("total", INT64),
            ),
        ),
        "yandex.cloud.backup.v1.Task": MessageRule(
            (
                _F("id", INT64),
                _F("cancellable", BOOL),
                _F("policyId", STRING),
                _F("type", ENUM, ref="yandex.cloud.backup.v1.Task.Type"),
                _F("progress", MESSAGE, ref="yandex.cloud.backup.v1.Progress"),
                _F("status", ENUM, ref="yandex.cloud.backup.v1.Task.Status"),
                _F("enqueuedAt", TIMESTAMP),
                _F("startedAt", TIMESTAMP),
                _F("updatedAt", TIMESTAMP),
                _F("completedAt", TIMESTAMP),
                _F("computeInstanceId", STRING),
                _F("resultCode", ENUM, ref="yandex.cloud.backup.v1.Task.Code"),
                _F("error", STRING),
            ),
        ),
    },
    enums={
        "yandex.cloud.backup.v1.Task.Code": (
            "CODE_UNSPECIFIED",
            "OK",
            "ERROR",
            "WARNING",
            "CANCELLED",
            "ABANDONED",
            "TIMEDOUT",
        ),
        "yandex.cloud.backup.v1.Task.Status": (
            "STATUS_UNSPECIFIED",
            "ENQUEUED",
            "ASSIGNED",
            "STARTED",
            "PAUSED",
            "COMPLETED",
        ),
        "yandex.cloud.backup.v1.Task.Type": (
            "TYPE_UNSPECIFIED",
            "BACKUP",
            "RETENTION",
            "RECOVERY",
            "APPLY_POLICY",
            "REVOKE_POLICY",
        ),
    },
    methods=(
        MethodRule(
            service="Resource",
            name="ListTasks",
            attribute="list_tasks",
            verb="GET",
            path="/backup/v1/resources/{computeInstanceId}/tasks",
            request="yandex.cloud.backup.v1.ListTasksRequest",
            request_class="ListTasksRequest",
            response="yandex.cloud.backup.v1.ListTasksResponse",
        ),
    ),
)
