"""A build's files: every path's sha256 up front, the text only when asked for.

An incremental build renders a few APIs and takes the others from the render cache. The
output folder is compared by hash, and only the files that differ are written, so the
cached APIs' text is read only for those: `RenderedFiles` holds every file's hash and the
text of the files rendered this run, and reads the rest from the cache on first access.

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
            self._load(*self._pending[path])
            text = self._texts[path]
        return text

    def __iter__(self) -> Iterator[str]:
        return iter(self.hashes)

    def __len__(self) -> int:
        return len(self.hashes)

    def __contains__(self, path: object) -> bool:
        return path in self.hashes

    def _load(self, package: str, key: str, _: str) -> None:
        """Every pending file of `package`, from its cache entry when that matches the
        recorded hashes, else rendered again."""
        mine = {
            p: as_rendered for p, (pk, _, as_rendered) in self._pending.items() if pk == package
        }
        entry = self._cache.get_api(key)
        if entry is None or not self._matches(mine, entry):
            entry = dict(self._rerender(package))
            if not self._matches(mine, entry):
                # Recorded by something else than this generator: trust none of them.
                self._cache.clear("sums")
                raise CacheMismatch(
                    f"{package}: the cached file hashes do not match its files rendered "
                    "again; they are removed from the cache, run again"
                )
            self._cache.put_api(key, entry)
        for path, as_rendered in mine.items():
            self._texts[path] = entry[as_rendered]
            del self._pending[path]

    def _matches(self, mine: Mapping[str, str], entry: Mapping[str, str]) -> bool:
        return all(
            as_rendered in entry and text_sha256(entry[as_rendered]) == self.hashes[path]
            for path, as_rendered in mine.items()
        )
