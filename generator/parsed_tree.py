"""The pages of a docs tree, parsed through the page cache.

A page's parse depends on its bytes, the path it is shown as in diagnostics and the
generator (its fingerprint). The cache key hashes the bytes, the page's name within its docs
tree and the fingerprint, and the entry leaves out the path the page was shown as
(pickling.dumps_unnamed): a page is read back as whatever it is shown as now, so one entry
serves every copy of the tree (another checkout, the other side of a `diff`, a git revision
exported to a temporary folder). An edited page is parsed again and an unchanged one is read
back from `pages/<key>.bin`. `parse_tree` is the one
entry point for parsed pages: the build uses it (through pipeline.py), and so does anything
else that compares or inspects docs trees.
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import cache as cache_mod
from . import pickling
from .cache import Cache
from .diagnostics import Diagnostic, Diagnostics
from .docs_tree import page_names
from .parse.page import ParsedPage, parse_page_bytes
from .parse.source import read_page_bytes

pickling.install()

# Below this many pages to parse a process pool costs more than it saves.
PARALLEL_THRESHOLD = 64
PAGES = "pages"  # the cache's kind for parsed pages


@dataclass(frozen=True, slots=True)
class PageFile:
    """A page of the tree: how diagnostics name it (its path as found, `docs/...`), its cache
    key (None when it could not be read: such a page is parsed, and reported, on every run)
    and the file its bytes are read from (the shown path unless the tree is read from
    elsewhere)."""

    shown_as: str
    key: str | None
    name: str  # within the docs tree ("." for a tree that is one page)
    source: str | None = None

    @property
    def file(self) -> Path:
        return Path(self.source or self.shown_as)


@dataclass(slots=True)
class PageResult:
    """One parsed page: None when the page yields no method (its diagnostics say why)."""

    shown_as: str
    key: str | None
    page: ParsedPage | None
    diagnostics: list[Diagnostic]


def page_key(sha256: str, name: str, fingerprint: str) -> str:
    """The key of a page's parse: its bytes, its name within its docs tree and the generator."""
    return cache_mod.digest("page", sha256, name, fingerprint)


@dataclass(slots=True)
class ParsedTree:
    """The pages of one docs tree; `load` parses them (or reads them from the cache) on
    demand, so an incremental build loads only the pages it needs."""

    files: list[PageFile]
    cache: Cache
    fingerprint: str
    jobs: int = 1
    parsed: list[str] = field(default_factory=list)  # pages parsed this run, in load order
    from_cache: int = 0  # pages read back from the cache this run
    # A page's bytes changed between the scan and its parse: its key no longer describes
    # what was parsed, so nothing keyed by it may be stored this run.
    unstable: bool = False

    @classmethod
    def scan(
        cls,
        docs_dir: Path,
        cache: Cache | None = None,
        fingerprint: str | None = None,
        jobs: int = 1,
        page_hashes: Mapping[str, str] | None = None,
        source_dir: Path | None = None,
    ) -> ParsedTree:
        """Every page under `docs_dir` (named in diagnostics as `docs_dir/...`), hashed
        unless `page_hashes` (`cache.page_hashes`) has its sha256 already. `fingerprint` is
        `cache.fingerprint()`, computed when not given. With `source_dir`, the pages are
        read from there (a copy of the tree) but still named as under `docs_dir`."""
        fingerprint = fingerprint if fingerprint is not None else cache_mod.fingerprint()
        hashes = page_hashes or {}
        read_from = source_dir or docs_dir
        if read_from.is_file():
            found = [(docs_dir.as_posix(), ".")]
        else:
            base = docs_dir.as_posix()
            names = list(page_hashes) if page_hashes is not None else page_names(read_from)
            found = [(name if base == "." else posixpath.join(base, name), name) for name in names]
        files = []
        for shown_as, name in found:
            source = None
            if source_dir is not None:
                source = source_dir.as_posix() if name == "." else (source_dir / name).as_posix()
            sha = hashes.get(name)
            try:
                sha = sha or cache_mod.file_sha256(source or shown_as)
            except OSError:
                sha = None
            key = page_key(sha, name, fingerprint) if sha else None
            files.append(PageFile(shown_as, key, name, source))
        return cls(files, cache or Cache(None), fingerprint, jobs)

    def load(self, files: Iterable[PageFile]) -> list[PageResult]:
        """These pages parsed, in the order given: each from the cache where it holds a
        sound entry for the page's key, the others parsed (in a process pool when there are
        many) and stored. Every call returns fresh objects (the merge changes pages)."""
        files = list(files)
        results: dict[int, PageResult] = {}
        misses: list[tuple[int, PageFile]] = []
        for index, page_file in enumerate(files):
            cached = self._cached(page_file)
            if cached is None:
                misses.append((index, page_file))
            else:
                results[index] = cached
                self.from_cache += 1
        for (index, page_file), (stable, page, blob, found) in zip(
            misses, self._parse([f for _, f in misses]), strict=True
        ):
            self.parsed.append(page_file.shown_as)
            if not stable:
                self.unstable = True  # and `_parse_file` stored nothing for it
            if blob is not None:
                page, found = pickling.loads_named(blob, page_file.shown_as)
            results[index] = PageResult(page_file.shown_as, page_file.key, page, found)
        return [results[i] for i in range(len(files))]

    def _cached(self, page_file: PageFile) -> PageResult | None:
        if page_file.key is None:
            return None
        payload = self.cache.get_pickled(PAGES, page_file.key)
        try:
            entry = pickling.loads_named(payload, page_file.shown_as) if payload else None
        except Exception:  # noqa: BLE001 - a bad entry is a miss, whatever it raises
            return None
        if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[1], list)):
            return None
        page, found = entry
        if page is not None and not isinstance(page, ParsedPage):
            return None
        if not all(isinstance(d, Diagnostic) for d in found):
            return None
        return PageResult(page_file.shown_as, page_file.key, page, found)

    def _parse(self, files: Sequence[PageFile]) -> list[_Parsed]:
        jobs = self.jobs or os.cpu_count() or 1
        pooled = jobs > 1 and len(files) >= PARALLEL_THRESHOLD
        work = [
            _Work(f.file, f.name, f.shown_as, f.key, self.fingerprint, self.cache.root, pooled)
            for f in files
        ]
        if pooled:
            chunk = max(1, len(work) // (jobs * 8))
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                return list(pool.map(_parse_file, work, chunksize=chunk))
        return [_parse_file(w) for w in work]


@dataclass(frozen=True, slots=True)
class _Work:
    """One page to parse, and where its parse goes: into `cache_root` under `key` (when the
    bytes read still have that key), and back pickled when `pickled` (from a worker)."""

    file: Path
    name: str
    shown_as: str
    key: str | None
    fingerprint: str
    cache_root: Path | None
    pickled: bool


# (whether the bytes parsed still have the page's key, the page, the page and its
# diagnostics pickled, the diagnostics): a worker sends the page pickled, once, as the
# bytes the cache stores; in-process parsing passes the objects.
_Parsed = tuple[bool, ParsedPage | None, bytes | None, list[Diagnostic]]


def _parse_file(work: _Work) -> _Parsed:
    """Parse a page and store it in the page cache (in a worker: the stores of many pages
    run in parallel, not one after the other in the parent)."""
    diagnostics = Diagnostics()
    data = read_page_bytes(work.file, work.shown_as, diagnostics)
    if data is None:
        return work.key is None, None, None, list(diagnostics)
    key = page_key(hashlib.sha256(data).hexdigest(), work.name, work.fingerprint)
    page = parse_page_bytes(data, work.shown_as, diagnostics)
    found = list(diagnostics)
    store = work.cache_root is not None and key == work.key
    blob = None
    if store or work.pickled:
        blob = pickling.dumps_unnamed((page, found), work.shown_as)
    if store:
        assert blob is not None and work.cache_root is not None
        Cache(work.cache_root).put_pickled(PAGES, key, blob)
    return key == work.key, None if work.pickled else page, blob if work.pickled else None, found


def parse_tree(
    docs_dir: Path, *, jobs: int = 1, cache: Cache | None = None, fingerprint: str | None = None
) -> list[PageResult]:
    """Every page under `docs_dir`, parsed, in path order, through the page cache (none
    when `cache` is None). `fingerprint` is `cache.fingerprint()`, computed when not given."""
    tree = ParsedTree.scan(docs_dir, cache, fingerprint, jobs)
    return tree.load(tree.files)
