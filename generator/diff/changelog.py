"""`--changelog FILE`: prepend a section to the generated SDK's CHANGELOG.md (Keep a
Changelog's shape): the suggested bump, then Breaking, Added, Changed, Deprecated, Removed.
A change that breaks any audience is listed under Breaking only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .classify import Entry, Report
from .rules import Level, Section

TITLE = "# Changelog"
_ORDER = ["Breaking", *(s.value for s in Section)]


def _heading(entry: Entry) -> str:
    return "Breaking" if entry.level is Level.BREAKING else entry.rule.section.value


def _line(entry: Entry) -> str:
    c = entry.change
    text = " ".join(f"{c.subject}: {c.message}".split())
    return f"- `{c.api.removeprefix('yandex.cloud.')}` {text.replace('`', chr(39))}"


def section(report: Report, *, title: str = "Unreleased") -> str:
    """The markdown section for `report` (description changes only when it shows them)."""
    lines = [f"## {title} (suggested version bump: {report.bump})", ""]
    by_heading: dict[str, list[str]] = {}
    for entry in report.entries:
        by_heading.setdefault(_heading(entry), []).append(_line(entry))
    for heading in _ORDER:
        if heading in by_heading:
            lines += [f"### {heading}", "", *by_heading[heading], ""]
    if not by_heading:
        lines += ["No API changes.", ""]
    return "\n".join(lines)


def prepend(file: Path, text: str) -> None:
    """Insert `text` after the file's `# Changelog` title (made when missing), before the
    earlier sections; written atomically."""
    old = file.read_text(encoding="utf-8") if file.exists() else ""
    body = old
    if old.startswith(TITLE):
        body = old[len(TITLE) :].lstrip("\n")
    new = f"{TITLE}\n\n{text.rstrip()}\n" + (f"\n{body}" if body else "")
    file.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{file.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new)
        os.replace(tmp, file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
