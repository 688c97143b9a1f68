"""The terminal report: grouped by API and service, one `path:line:` line per change."""

from __future__ import annotations

from ..classify import Report
from ..rules import Level
from .grouping import groups, levels_text


def write(report: Report, fail_on: Level) -> str:
    lines: list[str] = []
    api = None
    for package, group, entries in groups(report):
        if package != api:
            lines.append(package)
            api = package
        lines.append(f"  {group}")
        for e in entries:
            c = e.change
            lines.append(
                f"    {c.location}: {e.level.label}: {c.subject}: {c.message} "
                f"[{c.rule}; {levels_text(e)}]"
            )
    lines.append(report.summary())
    return "\n".join(lines) + "\n"
