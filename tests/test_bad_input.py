"""Bad input through the real command line: each case prints `path:line: error: ...`, exits 1
without a traceback, and leaves the previous output exactly as it was.

Pages live in tests/fixtures/bad/: good.md is a sound page of a made-up `demo` API; each other
page is good.md with one defect. Byte-level cases are made in the test.
"""

from __future__ import annotations

import re
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_fakes import snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures/bad"
PAGE_DIR = "en/_api-ref/demo/v1/demo/api-ref/Widget"


def cli(*argv: str, cwd: Path, limit_memory: bool = False) -> subprocess.CompletedProcess[str]:
    def limits() -> None:  # the 50 MB page must not take gigabytes
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "generator", *argv],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        preexec_fn=limits if limit_memory else None,
    )


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Output generated from the sound page, copied by each test."""
    root = tmp_path_factory.mktemp("previous")
    docs = root / "docs"
    (docs / PAGE_DIR).mkdir(parents=True)
    shutil.copy(FIXTURES / "good.md", docs / PAGE_DIR / "get.md")
    proc = cli("generate", "docs", "-o", "out", "--no-cache", cwd=root)
    assert proc.returncode == 0, proc.stderr
    (root / "out/NOTES.md").write_text("the user's own file\n")
    return root / "out"


@pytest.fixture
def work(tmp_path: Path, previous: Path) -> Path:
    (tmp_path / "docs" / PAGE_DIR).mkdir(parents=True)
    shutil.copy(FIXTURES / "good.md", tmp_path / "docs" / PAGE_DIR / "get.md")
    shutil.copytree(previous, tmp_path / "out")
    return tmp_path


def assert_rejected(work: Path, page: str, keyword: str, *, limit_memory: bool = False) -> None:
    before = snapshot(work / "out")
    proc = cli("generate", "docs", "-o", "out", cwd=work, limit_memory=limit_memory)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    shape = re.compile(
        rf"^\S*{re.escape(page)}:\d+: error: .*{keyword}", re.MULTILINE | re.IGNORECASE
    )
    assert shape.search(proc.stderr), proc.stderr
    assert snapshot(work / "out") == before
    assert not list(work.rglob("*.yc-tmp"))


CASES = [
    ("truncated.md", "table|truncat|end of"),
    ("invalidYaml.md", "YAML"),
    ("unclosedTable.md", "table"),
    ("unknownType.md", "unknown type"),
    ("duplicateAnchors.md", "duplicate anchor"),
    ("missingType.md", "Gadget"),
]


@pytest.mark.parametrize(("page", "keyword"), CASES)
def test_defective_page(work: Path, page: str, keyword: str) -> None:
    shutil.copy(FIXTURES / page, work / "docs" / PAGE_DIR / page)
    assert_rejected(work, page, keyword)


def test_non_utf8_bytes(work: Path) -> None:
    good = (FIXTURES / "good.md").read_bytes()
    latin1 = good.replace(b"ID of the widget. ||", b"ID of the \xe9l\xe9ment ||")
    (work / "docs" / PAGE_DIR / "latin.md").write_bytes(latin1)
    assert_rejected(work, "latin.md", "UTF-8")


def test_empty_file(work: Path) -> None:
    (work / "docs" / PAGE_DIR / "empty.md").write_bytes(b"")
    assert_rejected(work, "empty.md", "empty")


def test_page_of_50_mb_is_refused_quickly(work: Path) -> None:
    row = b"|| filler | **string**\n\nFiller text. ||\n"
    with (work / "docs" / PAGE_DIR / "huge.md").open("wb") as f:
        f.write((FIXTURES / "good.md").read_bytes())
        f.write(row * (50 * 1024 * 1024 // len(row)))
    assert_rejected(work, "huge.md", "limit|large|size", limit_memory=True)


def test_keep_going_writes_the_sound_part(work: Path) -> None:
    shutil.copy(FIXTURES / "missingType.md", work / "docs" / PAGE_DIR / "missingType.md")
    proc = cli("generate", "docs", "-o", "out", "--keep-going", cwd=work)
    assert proc.returncode == 1
    assert re.search(r"missingType\.md:\d+: error: .*Gadget", proc.stderr)
    assert (work / "out/openapi").is_dir()
    assert (work / "out/NOTES.md").read_text() == "the user's own file\n"


def test_folder_without_pages(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/README.txt").write_text("nothing here")
    proc = cli("generate", "docs", "-o", "out", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (
        1,
        "docs: error: no pages found (expected *.md files)\n",
    )
    assert not (tmp_path / "out").exists()
    proc = cli("lint", "missing", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (1, "missing: error: no such folder\n")


def test_output_folder_that_cannot_be_created(work: Path) -> None:
    (work / "blocker").write_text("a regular file\n")
    proc = cli("generate", "docs", "-o", "blocker/out", cwd=work)
    assert proc.returncode == 1
    assert proc.stderr == (
        "blocker/out: error: cannot create the output folder: blocker is not a folder\n"
    )
    assert "Traceback" not in proc.stderr
    assert (work / "blocker").read_text() == "a regular file\n"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["generate", "docs", "-o", "out", "--jobs", "many"],
        ["generate", "docs", "-o", "out", "--no-such-flag"],
        ["check", "docs"],
    ],
)
def test_usage_errors_exit_2_and_touch_nothing(work: Path, argv: list[str]) -> None:
    before = snapshot(work / "out")
    proc = cli(*argv, cwd=work)
    assert proc.returncode == 2
    assert "error:" in proc.stderr
    assert snapshot(work / "out") == before
