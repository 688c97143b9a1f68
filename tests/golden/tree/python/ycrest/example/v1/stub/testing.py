"""pytest fixtures serving a fake of the Example API on 127.0.0.1.

Enable them in a `conftest.py`:

    pytest_plugins = ["ycrest.example.v1.stub.testing"]

then take `fake_example_client` (a `ExampleClient` pointed at a fresh fake) or
`fake_example_server` (its URL and host overrides) as test arguments.

Generated from the Yandex Cloud API reference; do not edit.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ycrest._runtime.stub import Cloud, RunningServer

from ..client import ExampleClient
from . import FAKE_TOKEN, serve_fake

__all__ = [
    "fake_example_client",
    "fake_example_cloud",
    "fake_example_server",
]


@pytest.fixture
def fake_example_server() -> Iterator[RunningServer]:
    """A fake of the Example API on an ephemeral 127.0.0.1 port (seed 0), with a
    fresh state for each test.
    """
    with serve_fake() as server:
        yield server


@pytest.fixture
def fake_example_client(
    fake_example_server: RunningServer,
) -> Iterator[ExampleClient]:
    """A `ExampleClient` whose every host (operations too) is the fake."""
    with ExampleClient(iam_token=FAKE_TOKEN, hosts=fake_example_server.hosts) as client:
        yield client


@pytest.fixture
def fake_example_cloud(fake_example_server: RunningServer) -> Cloud:
    """The state of the fake behind `fake_example_client`: seed, read, reset, inject faults."""
    return fake_example_server.cloud
