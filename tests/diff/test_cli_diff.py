"""`yc-codegen diff` end to end: exit codes, formats, changelog, level overrides, and reading
the OLD (and NEW) side straight from git."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.cli import main

from .helpers import FIXTURES, copy_tree, line_of, sub

GET = "demo/v1/api-ref/Widget/get.md"
OWNER_ROW = "|| login | **string**\n\nLogin of the owner. ||\n"
NICKNAME = "|| nickname | **string**\n\nNickname of the owner. ||\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def trees(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """OLD and NEW copies of the fixture tree, as `old` and `new` under the working folder."""
    monkeypatch.chdir(tmp_path)
    return copy_tree(FIXTURES, Path("old")), copy_tree(FIXTURES, Path("new"))


def test_text_report_grouped_by_api_and_service(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "GET https", "POST https")
    sub(new, GET, "|| note |", "|| note[] |")
    code, out, _ = run(["old", "new"], capsys)
    assert code == 0
    title = line_of(new, GET, "# Demo API")
    row = line_of(new, GET, "|| note[] |")
    assert out.splitlines() == [
        "yandex.cloud.demo.v1",
        "  Widget",
        (
            f"    new/{GET}:{title}: breaking: Widget.Get: verb GET -> POST "
            "[verb-changed; wire breaking, python-sdk info, stub info]"
        ),
        "  types",
        (
            f"    new/{GET}:{row}: breaking: yandex.cloud.demo.v1.Widget.note: repeated changed "
            "[field-cardinality-changed; wire breaking, python-sdk breaking, stub breaking]"
        ),
        "2 change(s): 2 breaking, 0 warning, 0 info; suggested SDK version bump: major",
    ]


def test_fail_on_breaking_fails_on_a_removed_field_and_passes_on_an_added_one(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, OWNER_ROW, OWNER_ROW + NICKNAME)
    code, out, _ = run(["old", "new", "--fail-on", "breaking"], capsys)
    assert (code, "field-added" in out) == (0, True)
    code, out, _ = run(["new", "old", "--fail-on", "breaking"], capsys)
    assert (code, "field-removed" in out) == (1, True)
    assert f"new/{GET}:" in out  # a removal is located on the OLD page


def test_fail_on_warning(trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, new = trees
    active = "- `ACTIVE`: The widget works.\n"
    sub(new, GET, active, active + "- `PAUSED`: Paused.\n")
    assert run(["old", "new", "--fail-on", "breaking"], capsys)[0] == 0
    assert run(["old", "new", "--fail-on", "warning"], capsys)[0] == 1


def test_descriptions_only_with_all(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "A note about the widget.", "A remark about the widget.")
    code, out, _ = run(["old", "new", "--fail-on", "warning"], capsys)
    assert code == 0
    assert "description-changed" not in out
    assert "0 change(s)" in out and "1 description change(s) hidden" in out
    code, out, _ = run(["old", "new", "--all"], capsys)
    assert "description-changed" in out
    assert "suggested SDK version bump: patch" in out


def test_json_markdown_and_junit(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "between 3 and 63", "between 3 and 50")
    sub(new, GET, OWNER_ROW, OWNER_ROW + NICKNAME)
    code, out, err = run(["old", "new", "--format", "json"], capsys)
    document = json.loads(out)
    assert code == 0
    assert document["summary"] == {
        "changes": 2,
        "breaking": 1,
        "warning": 0,
        "info": 1,
        "hidden_description_changes": 1,
        "bump": "major",
    }
    tightened = document["changes"][1]
    assert tightened["id"] == "length-tightened"
    assert tightened["levels"] == {"wire": "breaking", "python-sdk": "info", "stub": "info"}
    assert (tightened["path"], tightened["line"]) == (f"new/{GET}", line_of(new, GET, "|| name |"))
    assert (tightened["old"], tightened["new"]) == ("63", "50")
    assert "2 change(s)" in err  # the summary goes to stderr for machine formats

    code, out, _ = run(["old", "new", "--format", "markdown"], capsys)
    assert "| 🔴 breaking | `length-tightened` yandex.cloud.demo.v1.Widget.name" in out
    assert "| level | change | where | wire | python-sdk | stub |" in out

    code, out, _ = run(["old", "new", "--format", "junit"], capsys)
    root = ET.fromstring(out)
    assert (root.get("tests"), root.get("failures")) == ("2", "1")
    failure = root.find(".//testcase[@name='length-tightened: yandex.cloud.demo.v1.Widget.name']")
    assert failure is not None and failure.find("failure") is not None


def test_markdown_cells_cannot_break_the_table(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "[a-z][-a-z0-9]*", "a|b")
    _, out, _ = run(["old", "new", "--format", "markdown"], capsys)
    (row,) = [line for line in out.splitlines() if "pattern-changed" in line]
    assert row.count(" | ") == 5  # six cells: the pipe in the pattern is escaped
    assert "-> a\\|b |" in row


def test_changelog_section_is_prepended(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, OWNER_ROW, OWNER_ROW + NICKNAME)
    sub(new, GET, "|| note |", "|| remark |")
    changelog = Path("CHANGELOG.md")
    changelog.write_text("# Changelog\n\n## 1.0.0\n\n- First release.\n", encoding="utf-8")
    assert run(["old", "new", "--changelog", str(changelog)], capsys)[0] == 0
    assert changelog.read_text(encoding="utf-8") == (
        "# Changelog\n\n"
        "## Unreleased (suggested version bump: major)\n\n"
        "### Breaking\n\n"
        "- `demo.v1` yandex.cloud.demo.v1.Widget.note: renamed to remark\n\n"
        "### Added\n\n"
        "- `demo.v1` yandex.cloud.demo.v1.Owner.nickname: string field added\n\n"
        "## 1.0.0\n\n- First release.\n"
    )


def test_level_overrides_from_pyproject(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, OWNER_ROW, OWNER_ROW + NICKNAME)
    Path("pyproject.toml").write_text(
        '[tool.yc-codegen.diff]\nfield-added = { python-sdk = "breaking" }\n', encoding="utf-8"
    )
    code, out, _ = run(["old", "new", "--fail-on", "breaking"], capsys)
    assert code == 1
    assert "[field-added; wire info, python-sdk breaking, stub info]" in out


@pytest.mark.parametrize(
    ("table", "complaint"),
    [
        ('no-such-rule = "info"', "unknown rule 'no-such-rule'"),
        ('field-added = "fatal"', "expected one of info, warning, breaking"),
        ('field-added = { browser = "info" }', "unknown audience 'browser'"),
        ("field-added = 3", "maps rule ids to a level"),
    ],
)
def test_bad_overrides_are_usage_errors(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str], table: str, complaint: str
) -> None:
    Path("pyproject.toml").write_text(f"[tool.yc-codegen.diff]\n{table}\n", encoding="utf-8")
    code, out, err = run(["old", "new"], capsys)
    assert (code, out) == (2, "")
    assert complaint in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["old"], "expected OLD and NEW folders, or DOCS with --base REV"),
        (["old", "new", "--base", "HEAD"], "not both"),
        (["old", "--head", "HEAD"], "--head needs --base"),
        (["old", "new", "--format", "html"], "invalid choice"),
    ],
)
def test_usage_errors(
    trees: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    complaint: str,
) -> None:
    code, _, err = run(args, capsys)
    assert code == 2
    assert complaint in err


def test_a_broken_page_is_reported_as_generate_reports_it(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "|| id | **string**", "|| id | **strin**")
    code, out, err = run(["old", "new"], capsys)
    assert (code, out) == (1, "")
    assert f"new/{GET}:" in err and ": error: " in err
    assert "new: error: the docs have errors (above); not compared" in err
    (error_line,) = [line for line in err.splitlines() if line.startswith(f"new/{GET}:")]
    assert main(["lint", "new"]) == 1
    assert error_line in capsys.readouterr().out  # the very line the other commands print


def test_a_missing_folder(trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["old", "nowhere"], capsys)
    assert code == 1
    assert "nowhere: error: no such folder" in err


# ---- git --------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def _edit(tree: Path) -> None:
    sub(tree, GET, OWNER_ROW, OWNER_ROW + NICKNAME)
    sub(tree, GET, "|| note | **string**\n\nA note about the widget. ||\n", "")
    sub(tree, GET, "between 3 and 63", "between 3 and 50")


def test_base_revision_gives_the_report_of_two_folders(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, new = trees
    _edit(new)
    code, folders, _ = run(["old", "new", "--format", "json", "--all"], capsys)
    assert code == 0
    expected = folders.replace('"old/', '"docs/').replace('"new/', '"docs/')

    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    copy_tree(FIXTURES, repo / "docs")
    (repo / "README").write_text("not a page\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "one")
    first = _git(repo, "rev-parse", "HEAD")
    _edit(repo / "docs")
    _git(repo, "commit", "-q", "-am", "two")
    os.chdir(repo)

    cache = ["--cache-dir", str(tmp_path / "cache")]
    code, two_revisions, _ = run(
        ["docs", "--base", first, "--head", "HEAD", "--format", "json", "--all", *cache], capsys
    )
    assert (code, two_revisions) == (0, expected)
    # Again from the cache (the pages and merged APIs of both revisions), and without one.
    for flags in (cache, cache, ["--no-cache"]):
        code, against_worktree, _ = run(
            ["docs", "--base", "HEAD~1", "--format", "json", "--all", *flags], capsys
        )
        assert (code, against_worktree) == (0, expected)
    # Nothing was checked out: the working tree and HEAD are as they were.
    assert _git(repo, "status", "--porcelain") == ""
    assert _git(repo, "rev-parse", "HEAD~1") == first
    # From a subfolder, DOCS relative to it.
    os.chdir(repo / "docs")
    code, text, _ = run([".", "--base", first, "--fail-on", "breaking"], capsys)
    assert code == 1
    assert f"{GET}:" in text and "field-removed" in text


def test_unknown_revision_and_not_a_checkout(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    copy_tree(FIXTURES, repo / "docs")
    code, _, err = run([str(repo / "docs"), "--base", "HEAD"], capsys)
    assert code == 2 and "error:" in err  # not a git checkout
    _git(repo, "init", "-q")
    code, _, err = run([str(repo / "docs"), "--base", "no-such-rev"], capsys)
    assert code == 2
    assert "unknown revision 'no-such-rev'" in err


def test_include_and_exclude_select_apis(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "GET https", "POST https")
    assert "verb-changed" in run(["old", "new", "--include", "demo.*"], capsys)[1]
    _, out, _ = run(["old", "new", "--exclude", "yandex.cloud.demo.v1"], capsys)
    assert out.startswith("0 change(s)")


_VENV = Path(sys.executable).parent.parent


@pytest.mark.skipif(
    shutil.which("make") is None or not (_VENV / ".installed").is_file(),
    reason="needs make and the project's bootstrapped venv",
)
def test_make_diff(trees: tuple[Path, Path]) -> None:
    _, new = trees
    sub(new, GET, "GET https", "POST https")
    repo = Path(__file__).resolve().parents[2]

    def make(*args: str) -> subprocess.CompletedProcess[str]:
        # -o: never (re)install the venv from here
        command = ["make", "-s", "-C", str(repo), "-o", f"{_VENV}/.installed", f"VENV={_VENV}"]
        command += ["diff", *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    usage = make()
    assert usage.returncode == 2 and "usage: make diff BASE=" in usage.stderr
    old = Path("old").resolve()
    done = make(f"OLD={old}", f"DOCS={new.resolve()}", "ARGS=--fail-on breaking")
    assert done.returncode == 2  # make's own code for a failed recipe
    assert "verb-changed" in done.stdout


def test_an_unwritable_changelog_is_a_clear_error(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("CHANGELOG.md").mkdir()  # a folder where the file should be
    code, _, err = run(["old", "new", "--changelog", "CHANGELOG.md"], capsys)
    assert code == 1
    assert "CHANGELOG.md: error: cannot update the changelog" in err
    assert "Traceback" not in err and "internal" not in err


def test_every_change_is_one_line_of_text(
    trees: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, new = trees
    sub(new, GET, "Returns the specified widget.", "Returns a widget.\n\nWith | pipes `and` ||.")
    code, out, _ = run(["old", "new", "--all"], capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[2] == (
        f"    new/{GET}:6: info: Widget.Get: description changed "
        "[description-changed; wire info, python-sdk info, stub info]"
    )
    assert len(lines) == 4
