"""The pages of a docs folder as of a git revision, read straight from the object database
(`git ls-tree` + `git cat-file --batch`): no checkout, the working tree is not touched."""

from __future__ import annotations

import subprocess
from pathlib import Path, PurePosixPath


class GitError(Exception):
    """Not a git checkout, an unknown revision, or git itself failed."""


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
        )
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


def read_pages(docs: Path, revision: str) -> list[tuple[str, bytes]]:
    """(path relative to `docs`, bytes) of every `*.md` blob under `docs` at `revision`,
    sorted by path, as `docs_tree.find_pages` orders a folder."""
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
    if not entries:
        return []
    contents = _cat_blobs([blob for _, blob in entries], top)
    return [(relative, contents[blob]) for relative, blob in entries]


def _cat_blobs(blobs: list[str], cwd: Path) -> dict[str, bytes]:
    """One `git cat-file --batch` for all blobs: `<id> blob <size>\\n<bytes>\\n` each."""
    out = _git(["cat-file", "--batch"], cwd, stdin="".join(f"{b}\n" for b in blobs).encode())
    contents: dict[str, bytes] = {}
    pos = 0
    for _ in blobs:
        header_end = out.index(b"\n", pos)
        blob, kind, size = out[pos:header_end].decode().split()
        if kind != "blob":
            raise GitError(f"object {blob} is a {kind}, not a file")
        start = header_end + 1
        contents[blob] = out[start : start + int(size)]
        pos = start + int(size) + 1
    return contents
