"""The command line, with stand-in loader and renderers (tests/cli_fakes.py) unless noted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests import cli_fakes
from tests.cli_fakes import snapshot, write_docs

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "backup/v1/Resource.md": "resource page\n",
    "backup/v1/Policy.md": "policy page\n",
    "dns/v1/Zone.md": "zone page\n",
}


def run(*argv: str, renderers: object = None) -> int:
    return main(
        list(argv),
        renderers=cli_fakes.RENDERERS if renderers is None else renderers,  # type: ignore[arg-type]
        loader=cli_fakes.load,
    )


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the cache and pyproject.toml lookups use cwd
    cli_fakes.RENDER_CALLS.clear()
    return write_docs(tmp_path / "docs", PAGES)


def test_help_documents_commands_examples_and_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for needle in ("generate", "openapi", "check", "lint", "list", "examples:", "exit codes:"):
        assert needle in text
    assert "2    usage error" in text
    assert main(["generate", "--help"]) == 0
    assert "--keep-going" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "required"),
        (["frobnicate"], "invalid choice"),
        (["generate", "docs", "-o", "out", "--jobs", "0"], "at least 1"),
        (["generate", "docs", "-o", "out", "--package-root", "not-a-name"], "package-root"),
        (["generate", "docs", "-o", "out", "--api-host", "https://x/"], "api-host"),
        (["lint", "docs", "--format", "xml"], "invalid choice"),
        (["generate", "docs", "--quiet", "--verbose"], "not allowed"),
        (["generate"], "DOCS is required"),
        (["generate", "docs"], "-o OUT is required"),
    ],
)
def test_usage_errors_exit_2(
    docs: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(*argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_generate_writes_both_trees_and_a_manifest(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out), "--api-host", "api.example.kz") == 0
    files = sorted(snapshot(out))
    assert files == [
        ".yc-codegen-manifest.json",
        "openapi/index.txt",
        "openapi/yandex.cloud.backup.v1.yaml",
        "openapi/yandex.cloud.dns.v1.yaml",
        "python/ycrest/__init__.py",
        "python/ycrest/backup/v1/__init__.py",
        "python/ycrest/dns/v1/__init__.py",
    ]
    assert "api.example.kz" in (out / "openapi/yandex.cloud.dns.v1.yaml").read_text()
    manifest = json.loads((out / ".yc-codegen-manifest.json").read_text())
    assert sorted(manifest["files"]) == files[1:]


def test_openapi_writes_documents_directly_into_out(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "oa"
    assert run("openapi", str(docs), "-o", str(out)) == 0
    assert sorted(snapshot(out)) == [
        ".yc-codegen-manifest.json",
        "index.txt",
        "yandex.cloud.backup.v1.yaml",
        "yandex.cloud.dns.v1.yaml",
    ]


def test_defaults_come_from_pyproject_and_flags_override(docs: Path, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.yc-codegen]\ndocs = "docs"\noutput = "gen"\npackage = "mysdk"\n'
        'include = ["backup.*"]\n'
    )
    assert run("generate") == 0
    assert (tmp_path / "gen/python/mysdk/backup/v1/__init__.py").is_file()
    assert not (tmp_path / "gen/openapi/yandex.cloud.dns.v1.yaml").exists()
    assert run("generate", "-o", "gen2", "--package-root", "other", "--include", "*") == 0
    assert (tmp_path / "gen2/python/other/dns/v1/__init__.py").is_file()


def test_bad_config_is_a_usage_error(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.yc-codegen]\ndocs = "docs"\nouptut = "x"\n')
    assert run("lint") == 2
    assert "unknown key(s): ouptut" in capsys.readouterr().err


def test_include_and_exclude_select_apis(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out), "--exclude", "yandex.cloud.backup.*") == 0
    assert sorted(p.name for p in (out / "openapi").iterdir()) == [
        "index.txt",
        "yandex.cloud.dns.v1.yaml",
    ]
    capsys.readouterr()
    assert run("list", str(docs), "--include", "backup.v1", "--format", "json") == 0
    listing = json.loads(capsys.readouterr().out)
    assert [a["package"] for a in listing] == ["yandex.cloud.backup.v1"]
    assert [s["name"] for s in listing[0]["services"]] == ["Policy", "Resource"]


def test_list_text(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("list", str(docs)) == 0
    out = capsys.readouterr().out
    assert "yandex.cloud.backup.v1  Backup API  (2 services, 0 methods)" in out
    assert "  Zone" in out


def test_lint_prints_warnings_and_exits_by_errors(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (docs / "dns/v1/Zone.md").write_text("WARN\n")
    assert run("lint", str(docs)) == 0
    assert capsys.readouterr().out == "dns/v1/Zone.md:1: warning: suspicious page\n"
    assert run("lint", str(docs), "--format", "json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "path": "dns/v1/Zone.md",
            "line": 1,
            "severity": "warning",
            "code": "",
            "message": "suspicious page",
        }
    ]
    (docs / "backup/v1/Policy.md").write_text("BROKEN\n")
    assert run("lint", str(docs)) == 1
    assert "backup/v1/Policy.md:3: error: broken page" in capsys.readouterr().out


def test_check_names_changed_missing_and_extra_files_and_writes_nothing(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out)) == 0
    assert run("check", str(docs), "-o", str(out)) == 0
    edited = out / "openapi/yandex.cloud.dns.v1.yaml"
    edited.write_text(edited.read_text() + "# hand edit\n")
    (out / "python/ycrest/dns/v1/__init__.py").unlink()
    (out / "python/ycrest/stray.py").write_text("x = 1\n")
    (out / "NOTES.md").write_text("the user's own file\n")
    before = snapshot(out)
    capsys.readouterr()
    assert run("check", str(docs), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert f"{out}/openapi/yandex.cloud.dns.v1.yaml: changed" in err
    assert f"{out}/python/ycrest/dns/v1/__init__.py: missing" in err
    assert f"{out}/python/ycrest/stray.py: extra file" in err
    assert "NOTES.md" not in err
    assert snapshot(out) == before
    # the same through a full build (no cache), with a diff
    assert run("check", str(docs), "-o", str(out), "--no-cache", "--diff") == 1
    captured = capsys.readouterr()
    assert "+++ b/openapi/yandex.cloud.dns.v1.yaml" in captured.out
    assert "-# hand edit" in captured.out
    assert f"{out}/openapi/yandex.cloud.dns.v1.yaml: changed" in captured.err
    assert snapshot(out) == before
    # generate repairs it, keeping the user's file
    assert run("generate", str(docs), "-o", str(out)) == 0
    assert run("check", str(docs), "-o", str(out)) == 0
    assert (out / "NOTES.md").read_text() == "the user's own file\n"
    assert not (out / "python/ycrest/stray.py").exists()


def test_check_of_a_missing_output_lists_every_file(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", str(docs), "-o", str(tmp_path / "none")) == 1
    err = capsys.readouterr().err
    assert err.count(": missing") == 7
    assert not (tmp_path / "none").exists()


def test_errors_leave_output_untouched_unless_keep_going(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out)) == 0
    before = snapshot(out)
    (docs / "dns/v1/Zone.md").write_text("zone page, edited\n")
    (docs / "backup/v1/Policy.md").write_text("BROKEN\n")
    capsys.readouterr()
    assert run("generate", str(docs), "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "backup/v1/Policy.md:3: error: broken page" in err
    assert "not changed" in err
    assert snapshot(out) == before

    assert run("generate", str(docs), "-o", str(out), "--keep-going") == 1
    assert "backup/v1/Policy.md:3: error: broken page" in capsys.readouterr().err
    assert "zone page, edited" in (out / "openapi/yandex.cloud.dns.v1.yaml").read_text()
    # the sound part of backup.v1 is regenerated; nothing is deleted while docs have errors
    assert "Policy" not in (out / "openapi/yandex.cloud.backup.v1.yaml").read_text()


def test_keep_going_deletes_nothing_of_a_broken_api(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out)) == 0
    (docs / "dns/v1/Zone.md").write_text("BROKEN\n")
    assert run("generate", str(docs), "-o", str(out), "--keep-going") == 1
    assert (
        out / "openapi/yandex.cloud.dns.v1.yaml"
    ).read_text() == "# Dns API on api.cloud.yandex.net\nZone: zone page\n"


class Exploding:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def render_api(self, api: object, options: object) -> dict[str, str]:
        raise self.exc

    def render_shared(self, apis: object, options: object) -> dict[str, str]:
        return {}


@pytest.mark.parametrize("verbose", [False, True])
def test_internal_error_is_one_line_unless_verbose(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    out = tmp_path / "out"
    renderers = {**cli_fakes.RENDERERS, "python_sdk": Exploding(RuntimeError("boom\nsecond line"))}
    argv = ["generate", str(docs), "-o", str(out)] + (["-v"] if verbose else [])
    assert run(*argv, renderers=renderers) == 1
    err = capsys.readouterr().err
    assert "error: internal: RuntimeError: boom\n" in err
    assert ("Traceback" in err) is verbose
    assert not out.exists()


def test_ctrl_c_exits_130_and_leaves_output(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert run("generate", str(docs), "-o", str(out)) == 0
    before = snapshot(out)
    (docs / "dns/v1/Zone.md").write_text("zone page, edited\n")
    renderers = {**cli_fakes.RENDERERS, "python_sdk": Exploding(KeyboardInterrupt())}
    assert run("generate", str(docs), "-o", str(out), renderers=renderers) == 130
    assert "interrupted" in capsys.readouterr().err
    assert snapshot(out) == before


def test_missing_or_empty_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("generate", "nowhere", "-o", "out") == 1
    assert "nowhere: error: no such folder" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty/readme.txt").write_text("no pages here")
    for command in ("generate", "check", "lint", "list"):
        extra = ["-o", "out"] if command in ("generate", "check") else []
        assert run(command, "empty", *extra) == 1
        assert "empty: error: no pages found" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_output_under_a_file_is_a_clear_error(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "afile").write_text("")
    assert run("generate", str(docs), "-o", str(tmp_path / "afile/out")) == 1
    err = capsys.readouterr().err
    assert "is not a folder" in err
    assert "Traceback" not in err
    assert (tmp_path / "afile").read_text() == ""


def _generate_in_subprocess(docs: Path, out: Path, seed: str, cwd: Path) -> None:
    script = (
        "import sys; from generator.cli import main; from tests import cli_fakes;"
        "sys.exit(main(sys.argv[1:], renderers=cli_fakes.RENDERERS, loader=cli_fakes.load))"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", script, "generate", str(docs), "-o", str(out), "--no-cache"],
        check=True,
        env=env,
        cwd=cwd,
        capture_output=True,
    )


def test_output_is_identical_across_hash_seeds(docs: Path, tmp_path: Path) -> None:
    _generate_in_subprocess(docs, tmp_path / "a", "1", tmp_path)
    _generate_in_subprocess(docs, tmp_path / "b", "2", tmp_path)
    a = {k: v[0] for k, v in snapshot(tmp_path / "a").items()}
    b = {k: v[0] for k, v in snapshot(tmp_path / "b").items()}
    assert a == b
    assert all(str(tmp_path).encode() not in text for text in a.values())


def test_real_generator_is_deterministic_on_the_seed_page(tmp_path: Path) -> None:
    """The real pipeline and renderers (needs both to have landed)."""
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            check=False,
            args=[
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(ROOT / "specs"),
                "-o",
                str(out),
                "--no-cache",
                "-q",
            ],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr
        trees.append({k: v[0] for k, v in snapshot(out).items()})
    assert trees[0] == trees[1]
    assert any(p.startswith("openapi/") for p in trees[0])
    assert any(p.startswith("python/") for p in trees[0])
    assert all(str(tmp_path).encode() not in text for text in trees[0].values())


def test_real_check_catches_a_hand_edited_file(tmp_path: Path) -> None:
    """`make check` on real output (needs the pipeline and renderers)."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "generator"]
    gen = subprocess.run(
        check=False,
        args=[*cmd, "generate", str(ROOT / "specs"), "-o", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert gen.returncode == 0, gen.stderr
    victim = min(out.rglob("*.py"))
    victim.write_text(victim.read_text() + "# edited\n")
    proc = subprocess.run(
        check=False,
        args=[*cmd, "check", str(ROOT / "specs"), "-o", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert f"{victim}: changed" in proc.stderr
