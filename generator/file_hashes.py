"""sha256 of the files of one folder (the docs, or OUT), reused while a file's size,
modification time and inode are what they were when it was hashed.

The no-op run is hashing: every page and every output file. A file whose `stat` is unchanged
since it was hashed keeps its hash, as git's index and make do, with git's guard against
"racy" entries: a hash is reused only when the file's mtime was older than the moment it
was hashed by more than the file system's timestamp granularity (2 s where mtimes are whole
seconds, 0.1 s otherwise), so a change made in the same timestamp tick as the hashing is
never missed. Rewriting a file with the same size while forcing its old mtime back defeats
this, as it defeats make; `--no-cache` hashes everything.

Entries live in the cache (`trees/<key>.json`, one per folder), written only when they
changed.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from .cache import Cache, digest

_COARSE_GUARD_NS = 2_000_000_000
_FINE_GUARD_NS = 100_000_000


class FileHashes:
    def __init__(self, cache: Cache, folder: Path) -> None:
        self._cache = cache
        self._key = digest("file-hashes", os.path.abspath(folder))
        self._entries: dict[str, object] = {}  # as the last run left them
        self._seen: dict[str, list[int | str]] = {}  # this run's
        if cache.root is not None:
            data = cache.get_json("trees", self._key)
            if isinstance(data, dict):
                self._entries = data

    def sha256(self, path: str | Path, name: str) -> str:
        """sha256 of the file at `path`, recorded under `name` (its path in the folder).
        Raises OSError like opening the file would."""
        st = os.stat(path)
        entry = self._entries.get(name)
        if (
            isinstance(entry, list)
            and len(entry) == 5
            and entry[:3] == [st.st_size, st.st_mtime_ns, st.st_ino]
            and isinstance(entry[3], str)
            and isinstance(entry[4], int)
            and st.st_mtime_ns + _guard(st.st_mtime_ns) < entry[4]
        ):
            self._seen[name] = entry
            return entry[3]
        hashed_at = time.time_ns()
        with open(path, "rb") as f:
            sha = hashlib.sha256(f.read()).hexdigest()
        self._seen[name] = [st.st_size, st.st_mtime_ns, st.st_ino, sha, hashed_at]
        return sha

    def save(self) -> None:
        """Record the files hashed this run (and only those) when anything changed."""
        if self._cache.root is not None and self._seen != self._entries:
            self._cache.put_json("trees", self._key, self._seen)
            self._entries = dict(self._seen)


def _guard(mtime_ns: int) -> int:
    """The racy window for a file with this mtime: whole-second mtimes mean a coarse file
    system."""
    return _COARSE_GUARD_NS if mtime_ns % 1_000_000_000 == 0 else _FINE_GUARD_NS
