"""A tree against itself, and against a copy with pages, sections, rows and enum values
reordered, has no changes; reports are deterministic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.diff.report import WRITERS
from generator.diff.rules import Level

from .helpers import CORPUS_API_REF, FIXTURES, compare, copy_tree, sub
from .reorder import reorder_page, reorder_tree

_REPO = Path(__file__).resolve().parents[2]
WHOLE_SERVICES = ("vpc/v1/api-ref", "compute/v1/api-ref/Instance", "compute/v1/api-ref/Disk")
needs_corpus = pytest.mark.skipif(
    not CORPUS_API_REF.is_dir(), reason=f"the docs corpus is not at {CORPUS_API_REF}"
)


def _trees() -> list[Path]:
    trees = [FIXTURES]
    if CORPUS_API_REF.is_dir():
        trees.append(CORPUS_API_REF)
    return trees


@pytest.mark.parametrize("tree", _trees(), ids=lambda p: p.name)
def test_a_tree_against_itself(tree: Path) -> None:
    report = compare(tree, tree, show_all=True)
    assert report.entries == []
    assert report.bump == "none"


def test_a_tree_against_a_reordered_copy(tmp_path: Path) -> None:
    copy = copy_tree(FIXTURES, tmp_path / "reordered")
    reorder_tree(copy)
    assert min(p.name for p in copy.rglob("*.md")).startswith("000-")
    report = compare(FIXTURES, copy, show_all=True)
    assert [str(e.change) for e in report.entries] == []


@needs_corpus
def test_the_corpus_against_a_reordered_copy(tmp_path: Path) -> None:
    """Sections, rows and enum values reordered on every page of the corpus."""
    copy = copy_tree(CORPUS_API_REF, tmp_path / "reordered")
    reorder_tree(copy, rename=False)
    report = compare(CORPUS_API_REF, copy, show_all=True)
    assert [str(e.change) for e in report.entries] == []


@needs_corpus
def test_whole_services_against_renamed_reordered_pages(tmp_path: Path) -> None:
    """Pages renamed so they sort the other way as well. Where copies of a message on two
    pages word a description differently, the merge keeps the first page's (merge-rules.md),
    so renaming pages may change descriptions: hidden without --all, and nothing else."""
    base = tmp_path / "base"
    for part in WHOLE_SERVICES:
        copy_tree(CORPUS_API_REF / part, base / part)
    copy = copy_tree(base, tmp_path / "reordered")
    reorder_tree(copy)
    report = compare(base, copy)
    assert [str(e.change) for e in report.entries] == []
    assert report.bump in ("none", "patch")


def test_the_reordering_reorders() -> None:
    page = (FIXTURES / "demo/v1/api-ref/Widget/get.md").read_text(encoding="utf-8")
    reordered = reorder_page(page)
    assert reordered != page
    assert sorted(reordered.replace(" ||", "").split("\n")) == sorted(
        page.replace(" ||", "").split("\n")
    )
    assert reordered.index("|| note |") < reordered.index("|| id |")  # rows
    assert reordered.index("- `DELETING`") < reordered.index("- `ACTIVE`")  # enum values
    assert reordered.index("## Owner") < reordered.index("## Response")  # sections


def test_reports_are_deterministic(tmp_path: Path) -> None:
    new = copy_tree(FIXTURES, tmp_path / "new")
    sub(new, "demo/v1/api-ref/Widget/get.md", "|| note |", "|| remark |")
    sub(new, "demo/v1/api-ref/Widget/get.md", "between 3 and 63", "between 3 and 50")
    outputs = {
        name: writer(compare(FIXTURES, new, show_all=True), Level.BREAKING)
        for name, writer in WRITERS.items()
    }
    for name, writer in WRITERS.items():
        assert writer(compare(FIXTURES, new, show_all=True), Level.BREAKING) == outputs[name]
    # ... and across processes (hash seeds differ).
    command = [sys.executable, "-m", "generator", "diff", str(FIXTURES), str(new), "--all"]
    runs = {
        subprocess.run(command, cwd=_REPO, capture_output=True, text=True, check=False).stdout
        for _ in range(2)
    }
    assert len(runs) == 1
    assert outputs["text"].rstrip("\n") == runs.pop().rstrip("\n")
