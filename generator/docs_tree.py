"""Which files of a docs tree are pages. Light on purpose: the no-op run (cli.py) and the
parser (parsed_tree.py) must agree on the set, and the no-op run imports nothing heavy."""

from __future__ import annotations

import os
from pathlib import Path


def page_names(docs: Path) -> list[str]:
    """The "/"-separated paths, relative to the folder `docs`, of every `*.md` file below
    it, sorted. Plain strings and scandir: pathlib costs more than the walk at 5,000 pages."""
    names: list[str] = []
    folders = [(os.fspath(docs), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    folders.append((entry.path, f"{prefix}{entry.name}/"))
                elif entry.name.endswith(".md") and entry.is_file():
                    names.append(prefix + entry.name)
    return sorted(names)
