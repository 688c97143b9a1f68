"""Docs tree -> one merged `Api` per protobuf package, with diagnostics.

The one entry point the renderers and the CLI use to read docs.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, Diagnostics
from .docs_tree import find_pages
from .merge import merge_pages
from .model import Api
from .parse.page import ParsedPage, parse_page_file
from .render.openapi import pattern_warnings
from .resources import derive_resources

# Below this many pages a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 64


@dataclass(slots=True)
class LoadResult:
    apis: dict[str, Api]  # by protobuf package, sorted by key
    diagnostics: Diagnostics
    pages: list[str] = field(default_factory=list)  # page paths as diagnostics show them, sorted


def _parse_one(args: tuple[Path, str]) -> tuple[ParsedPage | None, list[Diagnostic]]:
    file, shown_as = args
    diagnostics = Diagnostics()
    page = parse_page_file(file, shown_as, diagnostics)
    return page, list(diagnostics)


def parse_pages(
    files: list[tuple[Path, str]], jobs: int = 1
) -> list[tuple[ParsedPage | None, list[Diagnostic]]]:
    if jobs > 1 and len(files) >= _PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(_parse_one, files, chunksize=max(1, len(files) // (jobs * 8))))
    return [_parse_one(f) for f in files]


def load_apis(docs_dir: Path, *, jobs: int = 1) -> LoadResult:
    """Read every `*.md` page under `docs_dir`, parse, and merge by package.

    Never raises for bad input: problems come back as diagnostics (errors for pages that
    could not be read; the APIs are built from the sound pages)."""
    # Pages are named in diagnostics as found: `docs_dir/...`.
    return load_files([(p, p.as_posix()) for p in find_pages(docs_dir)], jobs=jobs)


def load_files(files: list[tuple[Path, str]], *, jobs: int = 1) -> LoadResult:
    """`load_apis` for a given list of (file, name shown in diagnostics), in that order: pages
    read from elsewhere (a git revision, see generator/diff/git_source.py) keep their names."""
    diagnostics = Diagnostics()
    parsed: list[ParsedPage] = []
    for page, found in parse_pages(files, jobs or os.cpu_count() or 1):
        diagnostics.extend(found)
        if page is not None:
            parsed.append(page)
    apis = merge_pages(parsed, diagnostics)
    for api in apis.values():
        diagnostics.extend(derive_resources(api).diagnostics)
    diagnostics.extend(pattern_warnings(apis.values()))
    return LoadResult(apis, diagnostics, [shown for _, shown in files])
