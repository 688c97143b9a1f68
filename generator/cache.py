"""Content-hash cache for incremental regeneration, in `.yc-codegen-cache/` (cwd by default).

Entries are files named by a sha256 key; every key hashes the generator fingerprint, so a
cache written by another generator version is never used:

- `pages/<key>.bin`: one parsed page and its diagnostics (see parsed_tree.py). The key
  hashes the page's bytes and the path it is shown as, so an edited page is parsed again
  and no other.
- `merged/<key>.bin`: one merged API (see pipeline.py). The key hashes the keys of the
  pages it is merged from, so only the APIs of edited pages are merged again.
- `trees/<key>.json`: what the last run over one docs tree learnt about each page (its
  package vote and diagnostics) and each API (its merge diagnostics), so a run can plan the
  merge without loading unchanged pages. Trusted only where its page and API keys match.
- `apis/<key>.json`: the files rendered for one API. The key hashes the API's merge key (or
  its model), the renderer names and the options, so a changed page re-renders only the API
  it belongs to.
- `runs/<key>.json`: path -> sha256 of every file a successful build produced. The key
  hashes every page's bytes, the fingerprint and the options, so an unchanged docs tree is
  recognised without parsing a page or importing a renderer (see `inputs_key`).

The cache is an optimisation only: unreadable, truncated or foreign entries are misses (a
`.bin` entry carries a sha256 of its payload, checked before the payload is unpickled), and
failed writes are ignored. Every write goes to a temporary file renamed over the entry, so
concurrent runs sharing a cache never see half an entry. Entries unused for `MAX_AGE_DAYS`
are pruned.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from .render import TEMPLATES_DIR

DEFAULT_DIR = Path(".yc-codegen-cache")
MAX_AGE_DAYS = 14
PRUNE_EVERY_HOURS = 24
PRUNED_MARKER = "last-pruned"
_PACKAGE_DIR = Path(__file__).resolve().parent
_SKIP_DIRS = {"__pycache__"}
_KINDS = {
    "apis": ".bin",
    "runs": ".json",
    "trees": ".json",
    "pages": ".bin",
    "merged": ".bin",
    "sums": ".bin",
}
# `.bin` entries: this header, the sha256 of the payload, then the payload (a pickle).
_BLOB_MAGIC = b"yc-codegen-cache-1\n"
_SHA_BYTES = 32


def digest(*parts: object) -> str:
    """sha256 of a JSON encoding of `parts` (which must be JSON-serialisable)."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def file_sha256(path: str | Path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Hasher(Protocol):
    def sha256(self, path: str | Path, name: str) -> str: ...


def page_hashes(
    docs_dir: Path, names: Iterable[str], hasher: Hasher | None = None
) -> dict[str, str]:
    """Page name (its "/"-separated path below `docs_dir`, docs_tree.page_names) -> sha256
    of its bytes (through `hasher`, a file_hashes.FileHashes, when given)."""
    top = os.fspath(docs_dir)
    paths = ((name, os.path.join(top, name)) for name in names)
    if hasher is None:
        return {name: file_sha256(path) for name, path in paths}
    return {name: hasher.sha256(path, name) for name, path in paths}


def fingerprint(folders: Iterable[Path] = (_PACKAGE_DIR, TEMPLATES_DIR)) -> str:
    """Hash of the generator itself: every file of the package and of templates/, and the
    ruff version (its formatter decides the bytes of generated code)."""
    h = hashlib.sha256()
    for folder in folders:
        h.update(folder.name.encode() + b"\0")
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                path = Path(root, name)
                h.update(path.relative_to(folder).as_posix().encode() + b"\0")
                h.update(path.read_bytes() + b"\0")
    try:
        formatter_version = metadata.version("ruff")
    except metadata.PackageNotFoundError:
        formatter_version = "none"
    h.update(f"ruff=={formatter_version}".encode())
    return h.hexdigest()


class Cache:
    """A directory of JSON entries; `Cache(None)` is a cache that never hits."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def get_api(self, key: str) -> dict[str, str] | None:
        return _str_dict(self.get_object("apis", key))

    def put_api(self, key: str, files: Mapping[str, str]) -> None:
        self.put_object("apis", key, dict(files))

    def get_sums(self, key: str) -> dict[str, str] | None:
        """The sha256 of each file of `apis/<key>`, by path (read without the files)."""
        return _str_dict(self.get_object("sums", key))

    def put_sums(self, key: str, sums: Mapping[str, str]) -> None:
        self.put_object("sums", key, dict(sums))

    def clear(self, kind: str) -> None:
        """Delete every entry of one kind."""
        if self.root is not None:
            for entry in (self.root / kind).glob(f"*{_KINDS[kind]}"):
                entry.unlink(missing_ok=True)

    def get_run(self, key: str) -> dict[str, str] | None:
        return self._get("runs", key)

    def put_run(self, key: str, hashes: Mapping[str, str]) -> None:
        self._put("runs", key, hashes)

    def get_object(self, kind: str, key: str) -> Any | None:
        """The object stored under `key`; None when missing, truncated, corrupt or foreign."""
        payload = self.get_pickled(kind, key)
        if payload is None:
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a bad entry is a miss, whatever it raises
            return None

    def get_pickled(self, kind: str, key: str) -> bytes | None:
        """The payload stored under `key` when its checksum holds; None when missing,
        truncated or corrupt."""
        data = self._read(kind, key)
        if data is None or not data.startswith(_BLOB_MAGIC):
            return None
        checksum = data[len(_BLOB_MAGIC) : len(_BLOB_MAGIC) + _SHA_BYTES]
        payload = data[len(_BLOB_MAGIC) + _SHA_BYTES :]
        if hashlib.sha256(payload).digest() != checksum:
            return None
        return payload

    def put_object(self, kind: str, key: str, value: object) -> None:
        self.put_pickled(kind, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, kind: str, key: str, payload: bytes) -> None:
        """Store a payload already pickled (by a worker process, say)."""
        checksum = hashlib.sha256(payload).digest()
        self._write(kind, key, lambda f: f.write(_BLOB_MAGIC + checksum + payload))

    def has(self, kind: str, key: str) -> bool:
        return self.root is not None and self._path(kind, key).is_file()

    def get_json(self, kind: str, key: str) -> Any | None:
        data = self._read(kind, key)
        if data is None:
            return None
        try:
            return json.loads(data)
        except ValueError:
            return None

    def put_json(self, kind: str, key: str, value: object) -> None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        self._write(kind, key, lambda f: f.write(text.encode()))

    def prune(self, max_age_days: float = MAX_AGE_DAYS, *, every_hours: float = 0) -> None:
        """Delete entries not used for `max_age_days` (hits refresh an entry's mtime); with
        `every_hours`, only when the last pruning is older than that (a look at thousands of
        entries is a noticeable part of an incremental run)."""
        if self.root is None:
            return
        now = time.time()
        marker = self.root / PRUNED_MARKER
        try:
            if every_hours and now - marker.stat().st_mtime < every_hours * 3600:
                return
        except OSError:
            pass  # never pruned
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass
        cutoff = now - max_age_days * 86400
        for kind, suffix in _KINDS.items():
            for entry in (self.root / kind).glob(f"*{suffix}"):
                try:
                    if entry.stat().st_mtime < cutoff:
                        entry.unlink()
                except OSError:
                    pass

    def _path(self, kind: str, key: str) -> Path:
        assert self.root is not None
        return self.root / kind / f"{key}{_KINDS[kind]}"

    def _read(self, kind: str, key: str) -> bytes | None:
        if self.root is None:
            return None
        path = self._path(kind, key)
        try:
            data = path.read_bytes()
            os.utime(path)
        except OSError:
            return None
        return data

    def _get(self, kind: str, key: str) -> dict[str, str] | None:
        return _str_dict(self.get_json(kind, key))

    def _put(self, kind: str, key: str, data: Mapping[str, str]) -> None:
        self.put_json(kind, key, dict(sorted(data.items())))

    def _write(self, kind: str, key: str, fill: Callable[[BinaryIO], object]) -> None:
        """Write an entry atomically: a temporary file, then a rename over the entry."""
        if self.root is None:
            return
        target = self._path(kind, key)
        try:
            try:
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            except FileNotFoundError:  # the first entry of its kind: no folder yet
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    fill(f)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass


def _str_dict(data: object) -> dict[str, str] | None:
    """`data` when it is a dict of str to str, else None."""
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        return None
    return data
