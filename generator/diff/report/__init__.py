"""Report writers: `text` (grouped by API and service), `json`, `markdown` (a pull-request
comment) and `junit` (one test case per change, for CI dashboards)."""

from __future__ import annotations

from collections.abc import Callable

from ..classify import Report
from ..rules import Level
from . import json_report, junit, markdown, text

Writer = Callable[[Report, Level], str]  # (report, --fail-on level) -> document

WRITERS: dict[str, Writer] = {
    "text": text.write,
    "json": json_report.write,
    "markdown": markdown.write,
    "junit": junit.write,
}
