"""pytest fixtures serving a fake of the Cloud Backup API on 127.0.0.1.

Enable them in a `conftest.py`:

    pytest_plugins = ["ycrest.backup.v1.stub.testing"]

then take `fake_backup_client` (a `BackupClient` pointed at a fresh fake) or
`fake_backup_server` (its URL and host overrides) as test arguments.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ycrest._runtime.stub import Cloud, RunningServer

from ..client import BackupClient
from . import FAKE_TOKEN, serve_fake

__all__ = [
    "fake_backup_client",
    "fake_backup_cloud",
    "fake_backup_server",
]


@pytest.fixture
def fake_backup_server() -> Iterator[RunningServer]:
    """A fake of the Cloud Backup API on an ephemeral 127.0.0.1 port (seed 0), with a
    fresh state for each test.
    """
    with serve_fake() as server:
        yield server


@pytest.fixture
def fake_backup_client(
    fake_backup_server: RunningServer,
) -> Iterator[BackupClient]:
    """A `BackupClient` whose every host (operations too) is the fake."""
    with BackupClient(iam_token=FAKE_TOKEN, hosts=fake_backup_server.hosts) as client:
        yield client


@pytest.fixture
def fake_backup_cloud(fake_backup_server: RunningServer) -> Cloud:
    """The state of the fake behind `fake_backup_client`: seed, read, reset, inject faults."""
    return fake_backup_server.cloud
