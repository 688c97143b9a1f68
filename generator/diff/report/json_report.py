"""The machine-readable report: a summary and every change with its levels."""

from __future__ import annotations

import json

from ..classify import Report
from ..rules import Level


def write(report: Report, fail_on: Level) -> str:
    document = {
        "summary": {
            "changes": len(report.entries),
            **{level.label: report.count(level) for level in reversed(Level)},
            "hidden_description_changes": report.hidden,
            "bump": report.bump,
        },
        "changes": [
            {
                "id": e.change.rule,
                "level": e.level.label,
                "levels": {a: lv.label for a, lv in e.levels.by_audience().items()},
                "api": e.change.api,
                "service": e.change.service or None,
                "subject": e.change.subject,
                "message": e.change.message,
                "path": e.change.location.path,
                "line": e.change.location.line,
                "old": e.change.old,
                "new": e.change.new,
                "reason": e.rule.reason,
            }
            for e in report.entries
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
