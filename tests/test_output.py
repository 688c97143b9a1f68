"""Comparing and updating the output tree (generator/output.py)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from generator import output
from generator.cache import text_sha256
from generator.output import MANIFEST, OutputError, compare, with_manifest, write
from tests.cli_fakes import snapshot

FILES = {"openapi/a.yaml": "a\n", "openapi/b.yaml": "b\n", "python/pkg/__init__.py": ""}


def hashes(files: dict[str, str]) -> dict[str, str]:
    return {p: text_sha256(t) for p, t in files.items()}


def sync(out: Path, files: dict[str, str], **kw: bool) -> output.WriteReport:
    full, full_hashes = with_manifest(files)
    assert full_hashes == hashes(full)
    return write(out, full, compare(out, hashes(full)), **kw)


def test_first_write_then_nothing_to_do(tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = sync(out, FILES)
    assert report.written == [*sorted(FILES), MANIFEST]
    assert {p: v[0].decode() for p, v in snapshot(out).items() if p != MANIFEST} == FILES
    before = snapshot(out)
    report = sync(out, FILES)
    assert report.written == [] and report.removed == [] and report.unchanged == 4
    assert snapshot(out) == before  # mtimes too


def test_only_changed_files_are_rewritten_and_stale_ones_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, {**FILES, "openapi/old/gone.yaml": "x\n"})
    (out / "notes.txt").write_text("mine")
    before = snapshot(out)
    report = sync(out, {**FILES, "openapi/a.yaml": "A\n"})
    assert report.written == ["openapi/a.yaml", MANIFEST]
    assert report.removed == ["openapi/old/gone.yaml"]
    after = snapshot(out)
    assert after["openapi/b.yaml"] == before["openapi/b.yaml"]
    assert not (out / "openapi/old").exists()  # emptied folders go too
    assert after["notes.txt"] == before["notes.txt"]


def test_manifest_entries_outside_owned_folders_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, {"a.yaml": "a\n", "b.yaml": "b\n"})  # `openapi` mode: no folders
    (out / "user.yaml").write_text("mine")
    report = sync(out, {"a.yaml": "a\n"})
    assert report.removed == ["b.yaml"]
    assert (out / "user.yaml").exists()


def test_remove_false_keeps_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, FILES)
    report = sync(out, {"openapi/a.yaml": "a\n"}, remove=False)
    assert report.removed == []
    assert (out / "openapi/b.yaml").exists()


def test_a_failed_write_leaves_the_tree_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, FILES)
    before = snapshot(out)
    (out / "python/pkg/sub").write_text("a file where a folder must go")
    before = snapshot(out)
    with pytest.raises(OutputError, match="a file is in the way"):
        sync(out, {**FILES, "openapi/a.yaml": "changed\n", "python/pkg/sub/x.py": "x\n"})
    assert snapshot(out) == before
    assert not list(out.rglob("*.yc-tmp"))


def test_ctrl_c_during_the_swap_is_deferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    real_replace = os.replace
    calls: list[str] = []

    def replace_and_interrupt(src: str, dst: str) -> None:
        if not calls:
            os.kill(os.getpid(), signal.SIGINT)
        calls.append(str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", replace_and_interrupt)
    with pytest.raises(KeyboardInterrupt):
        sync(out, FILES)
    assert len(calls) == 4  # every file and the manifest, then the interrupt
    assert compare(out, hashes(with_manifest(FILES)[0])).missing == []


def test_compare_reports_missing_changed_extra(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, FILES)
    (out / "openapi/a.yaml").write_text("edited\n")
    (out / "openapi/b.yaml").unlink()
    (out / "python/pkg/extra.py").write_text("")
    diff = compare(out, hashes(with_manifest(FILES)[0]))
    assert (diff.missing, diff.changed, diff.extra) == (
        ["openapi/b.yaml"],
        ["openapi/a.yaml"],
        ["python/pkg/extra.py"],
    )
    assert diff.lines(out) == [
        f"{out}/openapi/a.yaml: changed",
        f"{out}/openapi/b.yaml: missing",
        f"{out}/python/pkg/extra.py: extra file",
    ]


@pytest.mark.parametrize("path", ["../x", "/etc/passwd", "a//b", "a/./b", "", "a\\b"])
def test_paths_escaping_out_are_refused(path: str) -> None:
    with pytest.raises(OutputError, match="refusing"):
        output.check_path(path)


def test_a_tampered_manifest_cannot_delete_outside_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, FILES)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    (out / MANIFEST).write_text('{"files": {"../victim.txt": "x"}}')
    sync(out, FILES)
    assert victim.read_text() == "keep"


def test_ensure_writable(tmp_path: Path) -> None:
    output.ensure_writable(tmp_path / "new/deeper")  # creatable: fine
    (tmp_path / "f").write_text("")
    with pytest.raises(OutputError, match="is not a folder"):
        output.ensure_writable(tmp_path / "f")
    with pytest.raises(OutputError, match="f is not a folder"):
        output.ensure_writable(tmp_path / "f/out")


def test_unified_diff(tmp_path: Path) -> None:
    out = tmp_path / "out"
    sync(out, FILES)
    (out / "openapi/a.yaml").write_text("old\n")
    new, _ = with_manifest(FILES)
    text = output.unified_diff(out, new, compare(out, hashes(new)))
    assert "--- a/openapi/a.yaml\n+++ b/openapi/a.yaml\n" in text
    assert "-old\n+a\n" in text


def test_a_manifest_of_a_run_into_an_owned_folder_is_not_ours(tmp_path: Path) -> None:
    # `make openapi` writes OUT/openapi with its own manifest; `generate` and `check` on OUT
    # neither report nor delete it.
    from generator.output import MANIFEST, owned_files

    out = tmp_path / "out"
    (out / "openapi").mkdir(parents=True)
    (out / "openapi" / "a.yaml").write_text("x")
    (out / "openapi" / MANIFEST).write_text("{}")
    assert owned_files(out, {"openapi/a.yaml": "x"}) == {"openapi/a.yaml"}
