"""Cloud Backup API (`yandex.cloud.backup.v1`).

Generated from the Yandex Cloud API reference; do not edit.
"""

from .client import (
    AsyncBackupClient,
    AsyncResourceResource,
    AsyncResourceResourceWithRawResponse,
    BackupClient,
    ResourceResource,
    ResourceResourceWithRawResponse,
)
from .models import (
    ListTasksRequest,
    ListTasksResponse,
    Progress,
    Task,
    TaskCode,
    TaskStatus,
    TaskType,
)

__all__ = [
    "AsyncBackupClient",
    "AsyncResourceResource",
    "AsyncResourceResourceWithRawResponse",
    "BackupClient",
    "ListTasksRequest",
    "ListTasksResponse",
    "Progress",
    "ResourceResource",
    "ResourceResourceWithRawResponse",
    "Task",
    "TaskCode",
    "TaskStatus",
    "TaskType",
]
