"""Cloud Backup API (`yandex.cloud.backup.v1`).

Generated from the Yandex Cloud API reference; do not edit.
"""

from .client import (
    AsyncBackupClient,
    AsyncResourceResource,
    BackupClient,
    ResourceResource,
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
    "BackupClient",
    "ListTasksRequest",
    "ListTasksResponse",
    "Progress",
    "ResourceResource",
    "Task",
    "TaskCode",
    "TaskStatus",
    "TaskType",
]
