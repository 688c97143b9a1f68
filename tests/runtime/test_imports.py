"""The runtime is copied into the SDK verbatim: it may import only the stdlib, httpx and jwt,
and its own modules relatively."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2] / "generator" / "sdk_runtime"
ALLOWED_THIRD_PARTY = {"httpx", "jwt"}


def imported_roots(path: Path) -> list[tuple[str, int]]:
    roots: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.extend((alias.name.split(".")[0], 0) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            roots.append(((node.module or "").split(".")[0], node.level))
    return roots


def test_runtime_imports_only_stdlib_httpx_jwt_and_itself() -> None:
    files = sorted(RUNTIME.glob("*.py"))
    assert len(files) > 5
    for path in files:
        for root, level in imported_roots(path):
            if level > 0:
                continue  # relative: one of its own modules
            assert root != "generator", f"{path.name} imports the generator"
            assert (
                root in sys.stdlib_module_names or root in ALLOWED_THIRD_PARTY
            ), f"{path.name} imports {root}"


def test_relative_imports_stay_inside_the_package() -> None:
    for path in RUNTIME.glob("*.py"):
        for _, level in imported_roots(path):
            assert level <= 1, f"{path.name} reaches outside the runtime package"
