"""Docs tree -> one merged `Api` per protobuf package, with diagnostics.

The one entry point the renderers and the CLI use to read docs. With a cache, the load is
incremental (see incremental.py): only edited pages are parsed and only the APIs they
belong to are merged. Without one, every page is parsed and merged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import cache as cache_mod
from .cache import Cache
from .diagnostics import Diagnostic, Diagnostics
from .merge import merge_pages, settle_packages
from .model import Api
from .parsed_tree import PageFile, PageResult, ParsedTree
from .render.openapi import pattern_warnings
from .resources import derive_resources


@dataclass(slots=True)
class LoadResult:
    apis: Mapping[str, Api]  # by protobuf package, sorted by key (loaded on access if cached)
    diagnostics: Diagnostics
    pages: list[str] = field(default_factory=list)  # page paths as diagnostics show them, sorted
    # Package -> a key of everything its model was merged from (pages, generator): equal
    # keys mean equal models, so the render cache can use it instead of hashing the model.
    keys: dict[str, str] = field(default_factory=dict)
    parsed: list[str] = field(default_factory=list)  # pages parsed (not read from the cache)
    merged: list[str] = field(default_factory=list)  # packages merged (not read from the cache)
    # Package -> a key of what its model says wherever the tree is (content_key): equal keys
    # mean models equal but for the paths of their locations (`diff` skips those APIs).
    content_keys: dict[str, str] = field(default_factory=dict)


def merge_key(package: str, files: Sequence[PageFile]) -> str | None:
    """The key of the API `package` merged from these pages (in path order); None when a
    page has no key (it could not be read)."""
    if any(f.key is None for f in files):
        return None
    return cache_mod.digest("merged", package, [(f.shown_as, f.key) for f in files])


def content_key(package: str, files: Sequence[PageFile]) -> str | None:
    """`merge_key` with the pages' names within their tree instead of their paths: the same
    for an API in two copies of a tree (or two revisions) whose pages have the same bytes."""
    if any(f.key is None for f in files):
        return None
    return cache_mod.digest("content", package, [(f.name, f.key) for f in files])


def api_keys(
    groups: Mapping[str, Sequence[PageFile]],
) -> tuple[dict[str, str], dict[str, str]]:
    """The merge keys and the content keys of these APIs' pages, by package."""
    merge_keys = {p: key for p, files in groups.items() if (key := merge_key(p, files))}
    content_keys = {p: key for p, files in groups.items() if (key := content_key(p, files))}
    return merge_keys, content_keys


def plan_merge(
    tree: ParsedTree, votes: Mapping[str, str | None]
) -> tuple[dict[str, list[PageFile]], list[PageFile]]:
    """The pages of each API by package, and the pages of folders where no page votes
    (`merge.assign_packages` decides those), from the votes (`merge.package_vote`) of the
    pages that yield a method."""
    winners = settle_packages(votes)
    groups: dict[str, list[PageFile]] = {}
    orphans: list[PageFile] = []
    for f in tree.files:
        if f.shown_as not in votes:
            continue
        winner = winners[f.shown_as]
        if winner is None:
            orphans.append(f)
        else:
            groups.setdefault(winner, []).append(f)
    return dict(sorted(groups.items())), orphans


def merge_group(package: str, results: Sequence[PageResult], diagnostics: Diagnostics) -> Api:
    """Merge the pages of one API (a whole group from `plan_merge`)."""
    apis = merge_pages([r.page for r in results if r.page is not None], diagnostics)
    if list(apis) != [package]:
        raise AssertionError(f"the pages of {package} merged into {list(apis)}")
    diagnostics.extend(model_diagnostics(apis[package]))
    return apis[package]


def model_diagnostics(api: Api) -> list[Diagnostic]:
    """What the merged model itself tells: services the resource conventions do not fit, and
    patterns OpenAPI cannot state exactly. Part of the merge's diagnostics (and cached with
    them)."""
    return [*derive_resources(api).diagnostics, *pattern_warnings([api])]


def load_apis(
    docs_dir: Path,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    fingerprint: str | None = None,
    page_hashes: Mapping[str, str] | None = None,
    source_dir: Path | None = None,
) -> LoadResult:
    """Read every `*.md` page under `docs_dir`, parse, and merge by package; through `cache`
    when given (`fingerprint`, `page_hashes` and `source_dir` as for `ParsedTree.scan`: a
    git revision's pages are read from a temporary copy but named as under `docs_dir`).

    Never raises for bad input: problems come back as diagnostics (errors for pages that
    could not be read; the APIs are built from the sound pages)."""
    # Pages are named in diagnostics as found: `docs_dir/...`.
    tree = ParsedTree.scan(
        docs_dir, cache, fingerprint, jobs or os.cpu_count() or 1, page_hashes, source_dir
    )
    if cache is not None and cache.root is not None:
        from .incremental import load_incremental

        return load_incremental(docs_dir, tree)
    diagnostics = Diagnostics()
    results = tree.load(tree.files)
    for r in results:
        diagnostics.extend(r.diagnostics)
    parsed = [r.page for r in results if r.page is not None]
    apis = merge_pages(parsed, diagnostics)
    for api in apis.values():
        diagnostics.extend(model_diagnostics(api))
    by_path = {f.shown_as: f for f in tree.files}
    keys, content_keys = api_keys(
        {package: [by_path[path] for path in api.sources] for package, api in apis.items()}
    )
    return LoadResult(
        apis,
        diagnostics,
        [f.shown_as for f in tree.files],
        keys={} if tree.unstable else keys,
        parsed=list(tree.parsed),
        merged=list(apis),
        content_keys={} if tree.unstable else content_keys,
    )
