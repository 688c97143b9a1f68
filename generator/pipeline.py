"""Docs tree -> one merged `Api` per protobuf package, with diagnostics.

The one entry point the renderers and the CLI use to read docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostics
from .model import Api


@dataclass(slots=True)
class LoadResult:
    apis: dict[str, Api]  # by protobuf package, sorted by key
    diagnostics: Diagnostics
    pages: list[str] = field(default_factory=list)  # page paths relative to the docs root, sorted


def load_apis(docs_dir: Path, *, jobs: int = 1) -> LoadResult:
    """Read every `*.md` page under `docs_dir`, parse, and merge by package.

    Never raises for bad input: problems come back as diagnostics (errors for pages that
    could not be read; the APIs are built from the sound pages)."""
    raise NotImplementedError
