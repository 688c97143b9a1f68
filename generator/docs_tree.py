"""Which files of a docs tree are pages. Light on purpose: the no-op run (cache.py) and the
parser (pipeline.py) must agree on the set, and the no-op run imports nothing heavy."""

from __future__ import annotations

from pathlib import Path


def find_pages(docs: Path) -> list[Path]:
    """Every `*.md` file below `docs` (or `docs` itself when it is a file), sorted by path
    relative to `docs`, "/"-separated."""
    if docs.is_file():
        return [docs]
    pages = (p for p in docs.rglob("*.md") if p.is_file())
    return sorted(pages, key=lambda p: p.relative_to(docs).as_posix())
