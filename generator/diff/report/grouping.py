"""The order every writer shows: by API, then each service's method changes, then types."""

from __future__ import annotations

from collections.abc import Iterator

from ..classify import Entry, Report

TYPES = "types"  # the group of message and enum changes, after the services


def groups(report: Report) -> Iterator[tuple[str, str, list[Entry]]]:
    """(API, service name or TYPES, entries)."""
    current: tuple[str, str] | None = None
    batch: list[Entry] = []
    ordered = sorted(report.entries, key=lambda e: (e.change.api, e.change.service == "", e.change))
    for entry in ordered:
        key = (entry.change.api, entry.change.service or TYPES)
        if key != current and batch:
            assert current is not None
            yield current[0], current[1], batch
            batch = []
        current = key
        batch.append(entry)
    if batch and current is not None:
        yield current[0], current[1], batch


def levels_text(entry: Entry) -> str:
    """`wire breaking, python-sdk info, stub info`."""
    return ", ".join(f"{a} {lv.label}" for a, lv in entry.levels.by_audience().items())
