"""Loading one side of the comparison: a docs folder, or a docs folder as of a git revision.

Both go through `generator.pipeline`, the loader `generate` uses, with its page cache: pages
are parsed and merged exactly as for generation, and a page that did not change is parsed
once for both sides (and not at all when `generate` has seen it). Pages read from git are
written to a temporary folder for the parser, but keep the names they have in the checkout
(`DOCS/...`) in locations; the folder lives as long as the `ExitStack` given, because the
APIs of a load are merged when first asked for."""

from __future__ import annotations

import tempfile
from contextlib import ExitStack
from pathlib import Path

from .. import build
from ..build import Loader, LoadResultLike
from ..cache import Cache
from ..pipeline import load_apis
from .git_source import export_pages


def load_folder(
    docs: Path, *, jobs: int, loader: Loader, cache: Cache | None, fingerprint: str | None
) -> LoadResultLike:
    return build.load(docs, jobs=jobs, loader=loader, cache=cache, fingerprint=fingerprint)


def load_revision(
    docs: Path,
    revision: str,
    *,
    jobs: int,
    cache: Cache | None,
    fingerprint: str | None,
    scope: ExitStack,
) -> LoadResultLike:
    tmp = Path(scope.enter_context(tempfile.TemporaryDirectory(prefix="yc-codegen-diff-")))
    export_pages(docs, revision, tmp)
    return load_apis(docs, jobs=jobs, cache=cache, fingerprint=fingerprint, source_dir=tmp)
