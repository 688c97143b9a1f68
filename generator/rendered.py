"""A build's files: every path's sha256 up front, the text only when asked for.

An incremental build renders a few APIs and takes the others from the render cache. The
output folder is compared by hash, and only the files that differ are written, so the
cached APIs' text is read only for those: `RenderedFiles` holds every file's hash and the
text of the files rendered in this process, and reads the rest from the cache on each
access (the files rendered by worker processes too, which stored them there). It keeps one
cache entry, the last one read, so a from-scratch build never holds its whole output in
memory; files are written in path order, so an API's entry is read about twice (for its
OpenAPI document, then for its SDK files).

A cache entry whose text does not match the hashes it was recorded with (corrupt, or
written by something else) is never used: the API is rendered again instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from .cache import Cache, text_sha256

# Package -> its files rendered afresh (paths as the renderers produce them).
Rerender = Callable[[str], Mapping[str, str]]


class CacheMismatch(Exception):
    """A cached API's files, rendered again, still differ from their recorded hashes."""


class RenderedFiles(Mapping[str, str]):
    """path -> text, sorted by path; `hashes` has every path's sha256."""

    def __init__(self, cache: Cache, rerender: Rerender) -> None:
        self.hashes: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self._pending: dict[str, tuple[str, str, str]] = {}  # path -> (package, key, as rendered)
        self._cache = cache
        self._rerender = rerender
        self._entry: tuple[str, Mapping[str, str]] = ("", {})  # the last entry read: key, files

    def add_text(self, path: str, text: str, sha256: str | None = None) -> None:
        """A file rendered this run; `sha256` when it is known already."""
        self._texts[path] = text
        self.hashes[path] = sha256 or text_sha256(text)

    def add_cached(self, path: str, sha256: str, package: str, key: str, rendered_as: str) -> None:
        """A file of a cached API: its text is in the cache entry `key`, under `rendered_as`."""
        self._pending[path] = (package, key, rendered_as)
        self.hashes[path] = sha256

    def sort(self) -> None:
        self.hashes = dict(sorted(self.hashes.items()))

    def __getitem__(self, path: str) -> str:
        text = self._texts.get(path)
        if text is None:
            if path not in self._pending:
                raise KeyError(path)
            package, key, as_rendered = self._pending[path]
            text = self._text(path, package, key, as_rendered)
        return text

    def __iter__(self) -> Iterator[str]:
        return iter(self.hashes)

    def __len__(self) -> int:
        return len(self.hashes)

    def __contains__(self, path: object) -> bool:
        return path in self.hashes

    def _text(self, path: str, package: str, key: str, as_rendered: str) -> str:
        """A pending file's text, from its cache entry when that matches the recorded hash,
        else from its API rendered again (and stored)."""
        entry_key, entry = self._entry
        if entry_key != key:
            entry = self._cache.get_api(key) or {}
            self._entry = (key, entry)
        text = entry.get(as_rendered)
        if text is None or text_sha256(text) != self.hashes[path]:
            entry = dict(self._rerender(package))
            text = entry.get(as_rendered)
            if text is None or text_sha256(text) != self.hashes[path]:
                # Recorded by something else than this generator: trust none of them.
                self._cache.clear("sums")
                raise CacheMismatch(
                    f"{package}: the cached file hashes do not match its files rendered "
                    "again; they are removed from the cache, run again"
                )
            self._cache.put_api(key, entry)
            self._entry = (key, entry)
        return text
