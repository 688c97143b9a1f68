"""The output tree: compare it with what the build produced, and update it safely.

Strategy: everything is rendered in memory first. Then only the files whose bytes differ are
written, so unchanged files keep their mtimes (build tools and editors notice nothing):

1. each new or changed file goes to a temporary sibling (`.name.yc-tmp`); any failure here
   (disk full, permissions, Ctrl-C) deletes the temporaries and leaves OUT as it was;
2. the temporaries are renamed over their targets (`os.replace`, atomic per file), stale
   files are deleted and the manifest is written last.

Ctrl-C is deferred during step 2, so an interrupt never leaves a half-updated tree.

Ownership: the generator manages the top-level folders its paths live in (`openapi/`,
`python/`) and the files listed in OUT/.yc-codegen-manifest.json; anything else in OUT is
the user's and never deleted. A file in an owned folder that the build did not produce is
"extra": `check` reports it and `generate` removes it.
"""

from __future__ import annotations

import difflib
import json
import os
import signal
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from .cache import Hasher, file_sha256, text_sha256

MANIFEST = ".yc-codegen-manifest.json"
_TMP_SUFFIX = ".yc-tmp"


class OutputError(Exception):
    """OUT cannot be read or written; the message names the path."""


@dataclass(slots=True)
class Difference:
    """How OUT differs from the expected files (paths relative to OUT, sorted)."""

    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.changed or self.extra)

    def lines(self, out: Path) -> list[str]:
        """`OUT/path: missing` lines, sorted by path."""
        items = [(p, "missing") for p in self.missing]
        items += [(p, "changed") for p in self.changed]
        items += [(p, "extra file") for p in self.extra]
        return [f"{out / p}: {what}" for p, what in sorted(items)]


@dataclass(slots=True)
class WriteReport:
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def check_path(path: str) -> None:
    """Refuse paths that would escape OUT or be ambiguous."""
    if (
        not path
        or path.startswith("/")
        or "\\" in path
        or any(part in ("", ".", "..") for part in path.split("/"))
    ):
        raise OutputError(f"refusing to write outside the output folder: {path!r}")


def with_manifest(
    files: Mapping[str, str], hashes: Mapping[str, str] | None = None
) -> tuple[Mapping[str, str], dict[str, str]]:
    """`files` plus the manifest that lists them, and the sha256 of each of those (manifest
    included), sorted by path. `hashes` are the files' sha256 when known already (then no
    text is read here: `files` may read it lazily)."""
    if hashes is None:
        hashes = {p: text_sha256(t) for p, t in files.items()}
    hashes = dict(sorted(hashes.items()))
    text = json.dumps({"generator": "yc-codegen", "files": hashes}, indent=2) + "\n"
    return _Plus(files, MANIFEST, text), dict(
        sorted({**hashes, MANIFEST: text_sha256(text)}.items())
    )


class _Plus(Mapping[str, str]):
    """`files` and one more file, without reading the texts of `files`."""

    def __init__(self, files: Mapping[str, str], path: str, text: str) -> None:
        self._files, self._path, self._text = files, path, text

    def __getitem__(self, path: str) -> str:
        return self._text if path == self._path else self._files[path]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted({*self._files, self._path}))

    def __len__(self) -> int:
        return len({*self._files, self._path})


def read_manifest(out: Path) -> list[str]:
    """Paths the previous run wrote; [] when there is no readable manifest."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if not isinstance(files, dict):
        return []
    paths = []
    for p in files:
        try:
            check_path(p)
        except OutputError:
            continue  # a hand-edited manifest must not make us delete outside OUT
        paths.append(p)
    return paths


def owned_files(out: Path, expected: Mapping[str, str]) -> set[str]:
    """Files now in OUT that the generator manages: the previous manifest's entries and
    everything in the top-level folders of the expected paths, except the manifests of runs
    into those folders (`make openapi` writes OUT/openapi with a manifest of its own)."""
    # Plain strings and os.walk: thousands of files, where pathlib would cost more.
    base = os.fspath(out)
    owned = {p for p in read_manifest(out) if os.path.isfile(os.path.join(base, p))}
    for top in sorted({p.split("/", 1)[0] for p in expected if "/" in p}):
        folder = os.path.join(base, top)
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            prefix = os.path.relpath(root, base).replace(os.sep, "/") + "/"
            owned.update(prefix + name for name in names if name != MANIFEST)
    return owned


def compare(
    out: Path, expected_hashes: Mapping[str, str], hasher: Hasher | None = None
) -> Difference:
    """Compare OUT with `expected_hashes` (path -> sha256 of the expected bytes); files are
    hashed through `hasher` (a file_hashes.FileHashes for OUT) when given."""
    diff = Difference()
    base = os.fspath(out)
    for path, expected in sorted(expected_hashes.items()):
        target = os.path.join(base, path)
        try:
            actual = hasher.sha256(target, path) if hasher else file_sha256(target)
        except FileNotFoundError:
            diff.missing.append(path)
            continue
        except (NotADirectoryError, IsADirectoryError):
            diff.changed.append(path)
            continue
        except OSError as exc:
            raise OutputError(f"{target}: error: cannot read: {exc.strerror}") from None
        if actual != expected:
            diff.changed.append(path)
    diff.extra = sorted(owned_files(out, expected_hashes) - set(expected_hashes))
    return diff


def unified_diff(out: Path, files: Mapping[str, str], diff: Difference) -> str:
    """A unified diff from what OUT holds to what the build produced."""
    chunks: list[str] = []
    for path in sorted({*diff.missing, *diff.changed, *diff.extra}):
        old = _read_text(out / path)
        new = files.get(path, "")
        chunks.extend(
            difflib.unified_diff(
                old.splitlines(keepends=True),
                new.splitlines(keepends=True),
                fromfile=f"a/{path}" if path not in diff.missing else "/dev/null",
                tofile=f"b/{path}" if path in files else "/dev/null",
            )
        )
    return "".join(
        c if c.endswith("\n") else c + "\n\\ No newline at end of file\n" for c in chunks
    )


def ensure_writable(out: Path) -> None:
    """Fail early, before any work, when OUT cannot become a writable folder."""
    probe = out
    while not probe.exists():
        if probe.is_symlink() or probe.parent == probe:
            raise OutputError(f"{out}: error: cannot create output folder")
        probe = probe.parent
    if not probe.is_dir():
        if probe == out:
            raise OutputError(f"{out}: error: output path is not a folder")
        raise OutputError(f"{out}: error: cannot create the output folder: {probe} is not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError(f"{out}: error: output folder is not writable ({probe})")


def write(
    out: Path, files: Mapping[str, str], diff: Difference, *, remove: bool = True
) -> WriteReport:
    """Bring OUT in line with `files` (which includes the manifest), given `diff` from
    `compare`. With `remove=False` stale files stay. Raises OutputError; OUT then is as it was."""
    report = WriteReport(unchanged=len(files) - len(diff.missing) - len(diff.changed))
    changed = {*diff.missing, *diff.changed}
    targets = sorted(changed - {MANIFEST}) + sorted(changed & {MANIFEST})  # the manifest last
    for path in targets:
        check_path(path)
    staged: list[tuple[Path, Path]] = []
    folders: set[Path] = set()  # checked or made already: one check per folder, not per file
    try:
        for path in targets:
            staged.append(_stage(out / path, files[path], folders))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    with _deferred_interrupt():
        for tmp, target in staged:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise OutputError(f"{target}: error: cannot write: {exc.strerror}") from None
        report.written = [p for p in targets]
        if remove:
            for path in diff.extra:
                check_path(path)
                (out / path).unlink(missing_ok=True)
                _remove_empty_parents(out, out / path)
            report.removed = list(diff.extra)
    return report


def _stage(target: Path, text: str, folders: set[Path]) -> tuple[Path, Path]:
    tmp = target.with_name(f".{target.name}{_TMP_SUFFIX}")
    try:
        if target.parent not in folders:
            if target.parent.exists() and not target.parent.is_dir():
                raise OutputError(f"{target.parent}: error: cannot write: a file is in the way")
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        if target.is_dir():
            raise OutputError(f"{target}: error: cannot write: a folder is in the way")
        with tmp.open("w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"{target}: error: cannot write: {exc.strerror or exc}") from None
    return tmp, target


def _remove_empty_parents(out: Path, path: Path) -> None:
    parent = path.parent
    while parent != out and out in parent.parents:
        try:
            parent.rmdir()
        except OSError:
            return
        parent = parent.parent


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


@contextmanager
def _deferred_interrupt() -> Iterator[None]:
    """Hold SIGINT until the block is done, then raise KeyboardInterrupt if one came."""
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    try:
        previous = signal.signal(signal.SIGINT, hold)
    except ValueError:  # not the main thread: cannot install handlers
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
