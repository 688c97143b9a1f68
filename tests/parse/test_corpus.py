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


def test_every_table_row_becomes_a_field() -> None:
    """No row is dropped silently: on every page, each field row of a table is a field of a
    message of the page (path parameters inside the body count once, at their dotted name)."""
    from generator.diagnostics import Diagnostics
    from generator.parse.page import parse_page_file

    pages = sorted(CORPUS.rglob("*.md"))
    checked = skipped = 0
    for file in pages:
        diagnostics = Diagnostics()
        page = parse_page_file(file, file.as_posix(), diagnostics)
        if page is None:
            # Only overview pages are skipped, each with its warning.
            assert [d.code for d in diagnostics] == ["not-a-method-page"], file
            skipped += 1
            continue
        body = file.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        rows = [
            line
            for line in body.splitlines()
            if line.startswith("|| ") and not line.replace(" ", "").startswith("||Field|")
        ]
        nested = [p for p in page.method.path_params if "." in p.name]
        fields = sum(len(m.fields) for m in page.messages) + len(nested)
        assert fields == len(rows), file
        checked += 1
    assert checked + skipped == len(pages)
    assert checked > 100


def test_every_warning_on_the_corpus_is_explained_in_the_merge_rules() -> None:
    """`make lint` lists them; each kind (its code) has its rule in docs/merge-rules.md."""
    rules = (Path(__file__).resolve().parents[2] / "docs" / "merge-rules.md").read_text("utf-8")
    result = load_apis(CORPUS)
    codes = {d.code for d in result.diagnostics.warnings}
    assert codes, "the corpus shows docs inconsistencies; lint must report them"
    assert sorted(c for c in codes if not c or f"`{c}`" not in rules) == []
