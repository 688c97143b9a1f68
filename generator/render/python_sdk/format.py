"""Formatting of generated Python source: black, in-process, one fixed mode; and the name
orders ruff expects of generated `__all__` lists and imports."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import black
from black.mode import TargetVersion

MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY310})

# Called with the seconds each black run took, when set (the benchmarks set it to report
# the "format" phase); None, the default, costs one check per file.
on_format: Callable[[float], None] | None = None


def format_python(source: str) -> str:
    """`source` formatted by black; raises black's error when the source does not parse,
    which means a template bug."""
    if on_format is None:
        return black.format_str(source, mode=MODE)
    start = time.perf_counter()
    formatted = black.format_str(source, mode=MODE)
    on_format(time.perf_counter() - start)
    return formatted


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
