"""Incremental regeneration (generator/cache.py and its use by the CLI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cache as cache_mod
from generator.cache import Cache
from generator.cli import main
from tests import cli_fakes
from tests.cli_fakes import snapshot, write_docs

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "backup/v1/Resource.md": "resource page\n",
    "backup/v1/Policy.md": "policy page\n",
    "dns/v1/Zone.md": "zone page\n",
}


def generate(docs: Path, out: Path, *extra: str, loader: object = cli_fakes.load) -> int:
    return main(
        ["generate", str(docs), "-o", str(out), "-v", *extra],
        renderers=cli_fakes.RENDERERS,  # type: ignore[arg-type]
        loader=loader,  # type: ignore[arg-type]
    )


def written(err: str) -> list[str]:
    return sorted(line.split(" ", 1)[1] for line in err.splitlines() if line.startswith("wrote "))


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    cli_fakes.RENDER_CALLS.clear()
    return write_docs(tmp_path / "docs", PAGES)


def test_second_run_reads_no_page_and_writes_nothing(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert generate(docs, out) == 0
    assert len(written(capsys.readouterr().err)) == 7
    before = snapshot(out)

    def must_not_load(docs_dir: Path, jobs: int, **_: object) -> object:
        raise AssertionError("the no-op run parsed pages")

    assert generate(docs, out, loader=must_not_load) == 0
    err = capsys.readouterr().err
    assert written(err) == []
    assert f"{out}: up to date" in err
    assert snapshot(out) == before


def test_a_hand_edit_defeats_the_no_op_shortcut(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    (out / "openapi/index.txt").write_text("edited")
    capsys.readouterr()
    assert generate(docs, out) == 0
    assert written(capsys.readouterr().err) == [f"{out}/openapi/index.txt"]
    assert cli_fakes.RENDER_CALLS == ["yandex.cloud.backup.v1", "yandex.cloud.dns.v1"]  # 1st run


def test_one_changed_page_rerenders_and_rewrites_only_its_api(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    before = snapshot(out)
    cli_fakes.RENDER_CALLS.clear()
    (docs / "dns/v1/Zone.md").write_text("zone page, edited\n")
    capsys.readouterr()
    assert generate(docs, out) == 0
    assert cli_fakes.RENDER_CALLS == ["yandex.cloud.dns.v1"]
    assert written(capsys.readouterr().err) == [
        f"{out}/.yc-codegen-manifest.json",
        f"{out}/openapi/yandex.cloud.dns.v1.yaml",
    ]
    after = snapshot(out)
    unchanged = set(before) - {".yc-codegen-manifest.json", "openapi/yandex.cloud.dns.v1.yaml"}
    assert all(after[p] == before[p] for p in unchanged)


def test_touching_a_page_without_changing_it_writes_nothing(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    before = snapshot(out)
    os.utime(docs / "dns/v1/Zone.md", (1, 1))
    capsys.readouterr()
    assert generate(docs, out) == 0
    assert written(capsys.readouterr().err) == []
    assert snapshot(out) == before


def test_removing_an_api_removes_its_files(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    (docs / "dns/v1/Zone.md").unlink()
    capsys.readouterr()
    assert generate(docs, out) == 0
    err = capsys.readouterr().err
    assert f"removed {out}/openapi/yandex.cloud.dns.v1.yaml" in err
    assert f"removed {out}/python/ycrest/dns/v1/__init__.py" in err
    assert not (out / "python/ycrest/dns").exists()
    manifest = json.loads((out / ".yc-codegen-manifest.json").read_text())["files"]
    assert not [p for p in manifest if "dns" in p]


def test_options_are_part_of_the_key(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    cli_fakes.RENDER_CALLS.clear()
    assert generate(docs, out, "--api-host", "api.example.kz") == 0
    assert cli_fakes.RENDER_CALLS == ["yandex.cloud.backup.v1", "yandex.cloud.dns.v1"]
    assert "api.example.kz" in (out / "openapi/yandex.cloud.dns.v1.yaml").read_text()


def test_no_cache_renders_everything_and_stores_nothing(docs: Path, tmp_path: Path) -> None:
    generate(docs, tmp_path / "out", "--no-cache")
    generate(docs, tmp_path / "out", "--no-cache")
    assert len(cli_fakes.RENDER_CALLS) == 4
    assert not (tmp_path / ".yc-codegen-cache").exists()


def test_corrupt_entries_are_misses(tmp_path: Path) -> None:
    c = Cache(tmp_path / "c")
    c.put_api("k", {"a": "b"})
    assert c.get_api("k") == {"a": "b"}
    (tmp_path / "c/apis/k.bin").write_bytes(b"{not a cache entry")
    assert c.get_api("k") is None
    c.put_object("apis", "k", {"a": 1})
    assert c.get_api("k") is None
    c.put_run("r", {"a": "b"})
    (tmp_path / "c/runs/r.json").write_text('{"a": 1}')
    assert c.get_run("r") is None
    assert Cache(None).get_run("k") is None


def test_prune_drops_old_entries(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    c.put_api("old", {})
    c.put_run("new", {})
    os.utime(tmp_path / "apis/old.bin", (0, 0))
    c.prune()
    assert not (tmp_path / "apis/old.bin").exists()
    assert (tmp_path / "runs/new.json").exists()


def test_fingerprint_follows_sources_and_templates(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "templates").mkdir()
    (tmp_path / "pkg/a.py").write_text("x = 1\n")
    (tmp_path / "templates/t.j2").write_text("{{ x }}\n")
    folders = (tmp_path / "pkg", tmp_path / "templates")
    first = cache_mod.fingerprint(folders)
    assert cache_mod.fingerprint(folders) == first
    (tmp_path / "templates/t.j2").write_text("{{ y }}\n")
    assert cache_mod.fingerprint(folders) != first
    (tmp_path / "pkg/__pycache__").mkdir()
    changed = cache_mod.fingerprint(folders)
    (tmp_path / "pkg/__pycache__/a.pyc").write_bytes(b"\0")
    assert cache_mod.fingerprint(folders) == changed


NO_OP_SCRIPT = """
import sys
from generator.cli import main
code = main(sys.argv[1:])
heavy = [m for m in ("black", "jinja2", "markdown_it", "yaml", "generator.pipeline") if m in sys.modules]
print(",".join(heavy))
sys.exit(code)
"""


def test_real_no_op_run_imports_nothing_heavy(tmp_path: Path) -> None:
    """With the real pipeline and renderers: the second run checks hashes only."""
    argv = ["generate", str(ROOT / "specs"), "-o", str(tmp_path / "out")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run(
        [sys.executable, "-c", NO_OP_SCRIPT, *argv],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert first.returncode == 0, first.stderr
    second = subprocess.run(
        [sys.executable, "-c", NO_OP_SCRIPT, *argv],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert second.returncode == 0, second.stderr
    assert "up to date" in second.stderr
    assert second.stdout.strip() == ""


def test_a_hand_edit_is_found_after_no_op_runs_reused_the_output_hashes(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    generate(docs, out)
    past = 1_000_000_000_123
    for path in out.rglob("*"):
        os.utime(path, ns=(past, past))
    generate(docs, out)  # records the output's hashes as reusable
    generate(docs, out)
    capsys.readouterr()
    target = out / "openapi/yandex.cloud.dns.v1.yaml"
    target.write_text(target.read_text().upper())  # same size, a new mtime
    assert generate(docs, out) == 0
    assert written(capsys.readouterr().err) == [str(target)]


def test_prune_runs_at_most_once_per_period(tmp_path: Path) -> None:
    c = Cache(tmp_path)
    c.prune(every_hours=24)
    c.put_api("old", {})
    os.utime(tmp_path / "apis/old.bin", (0, 0))
    c.prune(every_hours=24)  # pruned a moment ago: nothing looked at
    assert (tmp_path / "apis/old.bin").exists()
    os.utime(tmp_path / cache_mod.PRUNED_MARKER, (0, 0))
    c.prune(every_hours=24)
    assert not (tmp_path / "apis/old.bin").exists()
