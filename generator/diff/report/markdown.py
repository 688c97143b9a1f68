"""A pull-request comment: the summary, then one table per API and service."""

from __future__ import annotations

from ..classify import Report
from ..rules import Level
from .grouping import groups

_ICON = {Level.BREAKING: "🔴 breaking", Level.WARNING: "🟡 warning", Level.INFO: "⚪ info"}


def cell(text: str) -> str:
    """Table-cell safe: one line, pipes escaped, backticks kept out of code spans."""
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")


def write(report: Report, fail_on: Level) -> str:
    lines = ["## API changes", "", f"**{report.summary()}**", ""]
    api = None
    for package, group, entries in groups(report):
        if package != api:
            lines += [f"### `{package}`", ""]
            api = package
        lines += [
            f"#### {cell(group)}",
            "",
            "| level | change | where | wire | python-sdk | stub |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for e in entries:
            c = e.change
            what = f"`{cell(c.rule)}` {cell(c.subject)}: {cell(c.message)}"
            levels = " | ".join(lv.label for lv in e.levels.by_audience().values())
            lines.append(f"| {_ICON[e.level]} | {what} | {cell(str(c.location))} | {levels} |")
        lines.append("")
    return "\n".join(lines)
