"""The pages of a docs folder as of a git revision, read straight from the object database
(`git ls-tree` + `git cat-file --batch`): no checkout, the working tree is not touched."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path, PurePosixPath


class GitError(Exception):
    """Not a git checkout, an unknown revision, or git itself failed."""


def _git(args: list[str], cwd: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise GitError(f"cannot run git: {exc.strerror}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(message[-1] if message else f"git {args[0]} failed")
    return done.stdout


def _checkout_of(docs: Path) -> tuple[Path, str]:
    """The repository's top folder and `docs` relative to it ("" for the top itself)."""
    folder = docs if docs.is_dir() else docs.parent
    if not folder.is_dir():
        raise GitError(f"{docs}: no such folder")
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).decode().strip())
    relative = folder.resolve().relative_to(top.resolve()).as_posix()
    return top, "" if relative == "." else relative


def export_pages(docs: Path, revision: str, target: Path) -> list[str]:
    """Write every `*.md` blob under `docs` at `revision` into `target` (same relative paths);
    return those paths, sorted as `docs_tree.find_pages` orders a folder."""
    top, prefix = _checkout_of(docs)
    try:
        commit = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], top)
    except GitError:
        raise GitError(f"unknown revision {revision!r}") from None
    listing = _git(
        ["ls-tree", "-r", "-z", "--full-tree", commit.decode().strip(), "--", prefix or "."],
        top,
    )
    entries: list[tuple[str, str]] = []  # (relative path, blob id)
    for record in listing.decode("utf-8", "surrogateescape").split("\0"):
        if not record:
            continue
        meta, _, path = record.partition("\t")
        _mode, kind, blob = meta.split()
        if kind != "blob" or not path.endswith(".md"):
            continue
        relative = PurePosixPath(path).relative_to(prefix) if prefix else PurePosixPath(path)
        entries.append((relative.as_posix(), blob))
    entries.sort()
    _cat_blobs(entries, top, target)
    return [relative for relative, _ in entries]


def _cat_blobs(entries: list[tuple[str, str]], cwd: Path, target: Path) -> None:
    """One `git cat-file --batch` streams every blob (`<id> blob <size>\\n<bytes>\\n`) into
    its file, so a large tree is never held in memory at once."""
    if not entries:
        return
    with tempfile.TemporaryFile() as ids:
        ids.write("".join(f"{blob}\n" for _, blob in entries).encode())
        ids.seek(0)
        try:
            process = subprocess.Popen(
                ["git", "cat-file", "--batch"], cwd=cwd, stdin=ids, stdout=subprocess.PIPE
            )
        except OSError as exc:
            raise GitError(f"cannot run git: {exc.strerror}") from None
        assert process.stdout is not None
        with process:
            for relative, blob in entries:
                header = process.stdout.readline().decode().split()
                if len(header) != 3 or header[1] != "blob":
                    process.kill()
                    raise GitError(f"cannot read {relative} ({blob}) from git")
                file = target / relative
                file.parent.mkdir(parents=True, exist_ok=True)
                file.write_bytes(process.stdout.read(int(header[2])))
                process.stdout.read(1)  # the newline after the contents
