"""The incremental load: parse only the edited pages, merge only the APIs they belong to.

Which API a page belongs to depends on its own package vote and on the votes of the other
pages of its folder (merge.settle_packages), so a run needs every page's vote, but not
every page. The index `trees/<key>.json` (one per docs folder and generator fingerprint)
records what the last run learnt:

- per page key: whether the page yields a method, its vote and its diagnostics;
- per merge key (pipeline.merge_key: the API's package and its pages' keys): the merge's
  diagnostics.

A page whose key the index does not know is loaded (from the page cache, else parsed); the
votes then settle every page's API, and an API whose merge key the index does not know, or
whose merged entry is gone, is merged again from its pages. Any API whose pages changed is
merged again, including one that gained or lost pages because a vote in its folder changed.
The other APIs are read from `merged/<key>.bin` only when something asks for them; the
render cache, keyed by the merge key, usually does not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import cache as cache_mod
from .diagnostics import Diagnostic, Diagnostics, Severity
from .merge import assign_packages, package_vote
from .model import Api, Location
from .parsed_tree import PageFile, PageResult, ParsedTree
from .pipeline import LoadResult, api_keys, merge_group, plan_merge

TREES, MERGED = "trees", "merged"


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What the merge plan needs to know about a page without loading it."""

    has_page: bool  # the page yields a method
    vote: str | None
    diagnostics: list[Diagnostic]


def load_incremental(docs_dir: Path, tree: ParsedTree) -> LoadResult:
    cache = tree.cache
    index_key = cache_mod.digest("tree", docs_dir.as_posix(), tree.fingerprint)
    known_pages, known_merges = _read_index(cache.get_json(TREES, index_key))
    loaded: dict[str, PageResult] = {}

    def load(files: Sequence[PageFile]) -> None:
        loaded.update(
            (r.shown_as, r) for r in tree.load(f for f in files if f.shown_as not in loaded)
        )

    load([f for f in tree.files if f.key is None or f.key not in known_pages])
    facts: dict[str, PageFacts] = {}
    diagnostics = Diagnostics()
    for f in tree.files:
        result = loaded.get(f.shown_as)
        fact = _facts(result) if result is not None else known_pages[f.key or ""]
        facts[f.shown_as] = fact
        diagnostics.extend(fact.diagnostics)
    groups, orphans = plan_merge(
        tree, {path: fact.vote for path, fact in facts.items() if fact.has_page}
    )
    if orphans:  # folders where no page names a package: the merge's rule decides
        load(orphans)
        by_path = {f.shown_as: f for f in orphans}
        pages = [p for f in orphans if (p := loaded[f.shown_as].page) is not None]
        for page in assign_packages(pages, diagnostics):
            assert page.package is not None
            groups.setdefault(page.package, []).append(by_path[page.path])
        for files in groups.values():
            files.sort(key=lambda f: f.shown_as)
    keys, content_keys = api_keys(groups)
    merges: dict[str, list[Diagnostic]] = {}  # merge key -> the merge's diagnostics
    stale: list[str] = []
    for package in groups:
        key = keys.get(package)
        if key is not None and key in known_merges and cache.has(MERGED, key):
            merges[key] = known_merges[key]
            diagnostics.extend(known_merges[key])
        else:
            stale.append(package)
    load([f for package in stale for f in groups[package]])
    merged: dict[str, Api] = {}
    for package in stale:
        found = Diagnostics()
        merged[package] = merge_group(package, [loaded[f.shown_as] for f in groups[package]], found)
        diagnostics.extend(found)
        if package in keys and not tree.unstable:
            cache.put_object(MERGED, keys[package], merged[package])
            merges[keys[package]] = list(found)
    if (loaded or stale) and not tree.unstable:
        cache.put_json(TREES, index_key, _index(tree.files, facts, merges))

    merged_now = list(stale)  # and those `remerge` merges later

    def remerge(package: str) -> Api:
        """An API whose merged entry cannot be read back: merged again from its pages."""
        key = keys.get(package)
        entry = cache.get_object(MERGED, key) if key is not None else None
        if isinstance(entry, Api) and entry.package == package:
            return entry
        api = merge_group(package, tree.load(groups[package]), Diagnostics())
        if key is not None and not tree.unstable:
            cache.put_object(MERGED, key, api)
        merged_now.append(package)
        return api

    return LoadResult(
        CachedApis(sorted(groups), merged, remerge),
        diagnostics,
        [f.shown_as for f in tree.files],
        keys={} if tree.unstable else keys,
        parsed=tree.parsed,
        merged=merged_now,
        content_keys={} if tree.unstable else content_keys,
    )


class CachedApis(Mapping[str, Api]):
    """APIs by package, sorted; those not merged this run are loaded on first access."""

    def __init__(
        self, packages: Sequence[str], merged: dict[str, Api], load: Callable[[str], Api]
    ) -> None:
        self._packages = sorted(packages)
        self._known = set(packages)
        self._apis = dict(merged)
        self._load = load

    def __getitem__(self, package: str) -> Api:
        api = self._apis.get(package)
        if api is None:
            if package not in self._known:
                raise KeyError(package)
            api = self._apis[package] = self._load(package)
        return api

    def __iter__(self) -> Iterator[str]:
        return iter(self._packages)

    def __len__(self) -> int:
        return len(self._packages)

    def __contains__(self, package: object) -> bool:
        return package in self._known


def _facts(result: PageResult) -> PageFacts:
    page = result.page
    return PageFacts(page is not None, package_vote(page) if page else None, result.diagnostics)


# ---- the index file ------------------------------------------------------------------


def _index(
    files: Sequence[PageFile],
    facts: Mapping[str, PageFacts],
    merges: Mapping[str, list[Diagnostic]],
) -> dict[str, Any]:
    pages = {
        f.key: [
            facts[f.shown_as].has_page,
            facts[f.shown_as].vote,
            _dump(facts[f.shown_as].diagnostics),
        ]
        for f in files
        if f.key is not None
    }
    return {"pages": pages, "merges": {key: _dump(found) for key, found in merges.items()}}


def _read_index(
    data: object,
) -> tuple[dict[str, PageFacts], dict[str, list[Diagnostic]]]:
    """The index's entries; an unreadable index (or entry) is an empty one (or a miss)."""
    pages: dict[str, PageFacts] = {}
    merges: dict[str, list[Diagnostic]] = {}
    if not isinstance(data, dict):
        return pages, merges
    raw_pages, raw_merges = data.get("pages"), data.get("merges")
    for key, entry in raw_pages.items() if isinstance(raw_pages, dict) else ():
        try:
            has_page, vote, found = entry
            if not isinstance(has_page, bool) or not (vote is None or isinstance(vote, str)):
                continue
            pages[key] = PageFacts(has_page, vote, _load(found))
        except (TypeError, ValueError):
            continue
    for key, found in raw_merges.items() if isinstance(raw_merges, dict) else ():
        try:
            merges[key] = _load(found)
        except (TypeError, ValueError):
            continue
    return pages, merges


def _dump(found: Sequence[Diagnostic]) -> list[list[object]]:
    return [[d.location.path, d.location.line, d.severity.value, d.message, d.code] for d in found]


def _load(items: object) -> list[Diagnostic]:
    if not isinstance(items, list):
        raise TypeError("not a list of diagnostics")
    found = []
    for item in items:
        path, line, severity, message, code = item
        if not all(isinstance(x, str) for x in (path, message, code)) or type(line) is not int:
            raise TypeError("not a diagnostic")
        found.append(Diagnostic(Location(path, line), Severity(severity), message, code))
    return found
