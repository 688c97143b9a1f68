"""Formatting of generated Python source, and the name orders ruff expects of generated
`__all__` lists and imports.

Sources are formatted by `ruff format` (pinned; black's style, line length 100), one
process for a whole batch of files: black takes about a thousand times longer on the same
code, which made it 95% of a large generation. The output is black-formatted all the same:
the tests run `black --check` over the generated corpus SDK and the golden tree.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

LINE_LENGTH = 100
TARGET_VERSION = "py311"

# Called with the seconds each formatting batch took, when set (the benchmarks set it to
# report the "format" phase); None, the default, costs one check per batch.
on_format: Callable[[float], None] | None = None


class FormatError(RuntimeError):
    """Generated source that does not parse: a template bug."""


def ruff_binary() -> str:
    """The ruff executable of this environment (the pinned `ruff` distribution)."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return os.fsdecode(find_ruff_bin())


def format_sources(sources: Mapping[str, str]) -> dict[str, str]:
    """Every `*.py` entry of `sources` (relative path -> text) formatted; other entries are
    returned as they are."""
    python = {name: text for name, text in sources.items() if name.endswith(".py")}
    start = time.perf_counter()
    formatted = _ruff_format(python) if python else {}
    if on_format is not None:
        on_format(time.perf_counter() - start)
    return {name: formatted.get(name, text) for name, text in sources.items()}


def format_python(source: str) -> str:
    """One source formatted (see format_sources)."""
    return format_sources({"module.py": source})["module.py"]


def _scratch_dir() -> str | None:
    """A memory-backed folder for the formatter's scratch files where the system has one
    (thousands of small files: disk latency would dominate); else the default temp folder."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def _ruff_format(python: Mapping[str, str]) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="yc-codegen-format-", dir=_scratch_dir()) as tmp:
        root = Path(tmp)
        for name, text in python.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        command = [
            ruff_binary(),
            "format",
            "--isolated",  # no user configuration: the same bytes on every machine
            "--no-cache",
            f"--line-length={LINE_LENGTH}",
            f"--target-version={TARGET_VERSION}",
            ".",
        ]
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise FormatError(f"ruff format failed on generated code:\n{result.stderr.strip()}")
        return {name: (root / name).read_text(encoding="utf-8") for name in python}


def _kind(name: str) -> int:
    """isort's order by type: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def all_order(names: Iterable[str]) -> list[str]:
    """`__all__` entries in the order ruff's RUF022 expects (case-sensitive within a kind)."""
    return sorted(names, key=lambda n: (_kind(n), n))


def import_order(names: Iterable[str]) -> list[str]:
    """Names of one `from x import (...)` in the order ruff's isort expects."""
    return sorted(names, key=lambda n: (_kind(n), n.lower(), n))
