"""The whole corpus of real pages parses without an error."""

from pathlib import Path

import pytest

from generator.pipeline import load_apis

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "yc-docs"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"docs corpus not found at {CORPUS}")


def test_every_page_parses_without_error() -> None:
    result = load_apis(CORPUS)
    assert [str(d) for d in result.diagnostics.errors] == []
    assert len(result.pages) == sum(a.methods().__len__() for a in result.apis.values())


def test_seed_page_model() -> None:
    api = load_apis(CORPUS).apis["yandex.cloud.backup.v1"]
    method = next(m for m in api.services["Resource"].methods if m.name == "ListTasks")
    assert (method.verb, method.path) == ("GET", "/backup/v1/resources/{computeInstanceId}/tasks")
    task = api.messages["yandex.cloud.backup.v1.Task"]
    assert [f.name for f in task.fields][:3] == ["id", "cancellable", "policyId"]
    status = api.enums["yandex.cloud.backup.v1.Task.Status"]
    assert status.values[0].name == "STATUS_UNSPECIFIED"


def test_parallel_and_serial_loads_agree() -> None:
    serial = load_apis(CORPUS, jobs=1)
    parallel = load_apis(CORPUS, jobs=2)
    assert serial.apis == parallel.apis
    assert list(serial.diagnostics) == list(parallel.diagnostics)
