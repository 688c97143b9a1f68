"""Shared by the diff tests: copy a docs tree, edit it like a docs writer would, compare."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.diff.classify import Report, classify
from generator.diff.model_diff import diff_models
from generator.diff.rules import RULES
from generator.pipeline import load_apis

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "yc-docs"
CORPUS_API_REF = CORPUS / "en" / "_api-ref"


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def sub(tree: Path, page: str, before: str, after: str, count: int = 1) -> None:
    """Replace `before` in one page; it must occur exactly `count` times."""
    file = tree / page
    text = file.read_text(encoding="utf-8")
    assert text.count(before) == count, f"{page}: {before!r} occurs {text.count(before)} times"
    file.write_text(text.replace(before, after), encoding="utf-8")


def sub_everywhere(tree: Path, before: str, after: str) -> int:
    """Replace `before` in every page of the tree (a message documented on many pages is
    changed on all of them); returns the number of pages changed, at least one."""
    changed = 0
    for file in sorted(tree.rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        if before in text:
            file.write_text(text.replace(before, after), encoding="utf-8")
            changed += 1
    assert changed, f"{before!r} is on no page"
    return changed


def line_of(tree: Path, page: str, text: str) -> int:
    """1-based line where `text` first starts on the page."""
    content = (tree / page).read_text(encoding="utf-8")
    index = content.index(text)
    return content.count("\n", 0, index) + 1


def compare(old: Path, new: Path, *, show_all: bool = False) -> Report:
    before, after = load_apis(old), load_apis(new)
    for side in (before, after):
        assert not side.diagnostics.has_errors(), [str(d) for d in side.diagnostics.errors]
    return classify(diff_models(before.apis, after.apis), RULES, show_all=show_all)


def found(report: Report) -> set[tuple[str, str]]:
    """(rule id, subject) of every change."""
    return {(e.change.rule, e.change.subject) for e in report.entries}


def edit_sections(tree: Path, anchor: str, before: str, after: str) -> int:
    """Replace `before` in every section `## ... {#anchor}` of every page (a message is
    documented wherever it is used); returns how many sections changed, at least one."""
    heading = re.compile(rf"^## .*\{{#{re.escape(anchor)}\}}$", re.MULTILINE)
    changed = 0
    for file in sorted(tree.rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        parts: list[str] = []
        pos = 0
        for m in heading.finditer(text):
            end = text.find("\n## ", m.end())
            end = len(text) if end < 0 else end
            section = text[m.start() : end]
            if before in section:
                changed += 1
            parts += [text[pos : m.start()], section.replace(before, after)]
            pos = end
        parts.append(text[pos:])
        file.write_text("".join(parts), encoding="utf-8")
    assert changed, f"{before!r} is in no section {{#{anchor}}}"
    return changed
