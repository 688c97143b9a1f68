"""The fake's state as one JSON file (`--state FILE`): read at start, written atomically
(a temporary file in the same folder, then a rename) after every change."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

VERSION = 1


class SnapshotError(ValueError):
    """A snapshot that cannot be read; the message is `path:line: error: ...`."""


def read_snapshot(path: Path) -> dict[str, Any] | None:
    """The snapshot at `path`, or None if there is none yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        data = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", 1)
        raise SnapshotError(f"{path}:{line}: error: not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise SnapshotError(f"{path}:1: error: not a snapshot of this fake (version {VERSION})")
    return data


def write_snapshot(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps({"version": VERSION, **data}, indent=1, sort_keys=True)
    folder = path.parent if str(path.parent) else Path(".")
    fd, scratch = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
