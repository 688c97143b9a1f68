"""Hashes reused while a file's stat is unchanged (generator/file_hashes.py)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from generator.cache import Cache
from generator.file_hashes import FileHashes


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(path: Path, data: bytes, mtime_ns: int) -> None:
    path.write_bytes(data)
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_an_old_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    cache, folder = Cache(tmp_path / "cache"), tmp_path / "docs"
    folder.mkdir()
    page = folder / "a.md"
    old = time.time_ns() - 10_000_000_000 + 123  # ten seconds ago, a fine-grained mtime
    write(page, b"first", old)
    first = FileHashes(cache, folder)
    assert first.sha256(page, "a.md") == sha(b"first")
    first.save()
    # Same size and mtime, other bytes: only a reader of the recorded stat is fooled, which
    # proves the hash was reused (the documented limit of stat-based reuse).
    write(page, b"FIRST", old)
    assert FileHashes(cache, folder).sha256(page, "a.md") == sha(b"first")


def test_any_stat_change_reads_the_file(tmp_path: Path) -> None:
    cache, folder = Cache(tmp_path / "cache"), tmp_path / "docs"
    folder.mkdir()
    page = folder / "a.md"
    old = time.time_ns() - 10_000_000_000 + 123
    write(page, b"first", old)
    hashes = FileHashes(cache, folder)
    hashes.sha256(page, "a.md")
    hashes.save()
    write(page, b"other", old + 1)  # same size, another mtime
    assert FileHashes(cache, folder).sha256(page, "a.md") == sha(b"other")
    write(page, b"longer text", old + 1)  # same mtime, another size
    assert FileHashes(cache, folder).sha256(page, "a.md") == sha(b"longer text")


def test_a_file_changed_in_the_tick_it_was_hashed_is_read_again(tmp_path: Path) -> None:
    """Racy entries: a file modified within the timestamp granularity of its hashing could
    change again without its mtime moving, so its hash is not reused."""
    cache, folder = Cache(tmp_path / "cache"), tmp_path / "docs"
    folder.mkdir()
    page = folder / "a.md"
    for now in (time.time_ns() + 123, (time.time_ns() // 10**9 - 1) * 10**9):  # fine, coarse
        write(page, b"first", now)
        hashes = FileHashes(cache, folder)
        hashes.sha256(page, "a.md")
        hashes.save()
        write(page, b"FIRST", now)  # same size, same mtime
        assert FileHashes(cache, folder).sha256(page, "a.md") == sha(b"FIRST")


def test_without_a_cache_every_file_is_read(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    old = time.time_ns() - 10_000_000_000 + 123
    write(page, b"first", old)
    hashes = FileHashes(Cache(None), tmp_path)
    hashes.sha256(page, "a.md")
    hashes.save()
    write(page, b"FIRST", old)
    assert FileHashes(Cache(None), tmp_path).sha256(page, "a.md") == sha(b"FIRST")
