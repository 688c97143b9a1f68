"""Content-hash cache for incremental regeneration, in `.yc-codegen-cache/` (cwd by default).

Two kinds of entries, both JSON files named by a sha256 key:

- `apis/<key>.json`: the files rendered for one API. The key hashes the API's model (which
  holds every fact read from its pages), the generator fingerprint, the renderer names and
  the options, so a changed page re-renders only the API it belongs to.
- `runs/<key>.json`: path -> sha256 of every file a successful build produced. The key
  hashes every page's bytes, the fingerprint and the options, so an unchanged docs tree is
  recognised without parsing a page or importing a renderer (see `inputs_key`).

The cache is an optimisation only: unreadable entries are misses and failed writes are
ignored. Entries unused for `MAX_AGE_DAYS` are pruned.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from .render import TEMPLATES_DIR

DEFAULT_DIR = Path(".yc-codegen-cache")
MAX_AGE_DAYS = 14
_PACKAGE_DIR = Path(__file__).resolve().parent
_SKIP_DIRS = {"__pycache__"}


def digest(*parts: object) -> str:
    """sha256 of a JSON encoding of `parts` (which must be JSON-serialisable)."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def file_sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def page_hashes(docs_dir: Path, pages: Iterable[Path]) -> dict[str, str]:
    """Relative page path ("/"-separated) -> sha256 of its bytes."""
    return {p.relative_to(docs_dir).as_posix(): file_sha256(p) for p in pages}


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
        return self._get("apis", key)

    def put_api(self, key: str, files: Mapping[str, str]) -> None:
        self._put("apis", key, files)

    def get_run(self, key: str) -> dict[str, str] | None:
        return self._get("runs", key)

    def put_run(self, key: str, hashes: Mapping[str, str]) -> None:
        self._put("runs", key, hashes)

    def prune(self, max_age_days: float = MAX_AGE_DAYS) -> None:
        """Delete entries not used for `max_age_days` (hits refresh an entry's mtime)."""
        if self.root is None:
            return
        cutoff = time.time() - max_age_days * 86400
        for kind in ("apis", "runs"):
            for entry in (self.root / kind).glob("*.json"):
                try:
                    if entry.stat().st_mtime < cutoff:
                        entry.unlink()
                except OSError:
                    pass

    def _get(self, kind: str, key: str) -> dict[str, str] | None:
        if self.root is None:
            return None
        path = self.root / kind / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            os.utime(path)
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in data.items()
        ):
            return None
        return data

    def _put(self, kind: str, key: str, data: Mapping[str, str]) -> None:
        if self.root is None:
            return
        folder = self.root / kind
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(dict(sorted(data.items())), f, ensure_ascii=False)
                os.replace(tmp, folder / f"{key}.json")
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass
