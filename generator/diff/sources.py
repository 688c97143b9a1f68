"""Loading one side of the comparison: a docs folder, or a docs folder as of a git revision.

Both go through `generator.pipeline`, the loader `generate` uses, so pages are parsed and
merged exactly as for generation. Pages read from git are written to a temporary folder for
the parser, but keep the names they have in the checkout (`DOCS/...`) in locations."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .. import build
from ..build import Loader, LoadResultLike
from ..pipeline import load_files
from .git_source import export_pages


def load_folder(docs: Path, *, jobs: int, loader: Loader) -> LoadResultLike:
    return build.load(docs, jobs=jobs, loader=loader)


def load_revision(docs: Path, revision: str, *, jobs: int) -> LoadResultLike:
    with tempfile.TemporaryDirectory(prefix="yc-codegen-diff-") as tmp:
        pages = export_pages(docs, revision, Path(tmp))
        files = [(Path(tmp, relative), (docs / relative).as_posix()) for relative in pages]
        return load_files(files, jobs=jobs)
