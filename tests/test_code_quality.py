"""The project's own code stays formatted, linted and strictly typed (the generated code has
its own checks in test_sdk_models and tests/stub)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["black", "--check", "--quiet", "generator", "tests", "bench"],
        ["ruff", "check", "--quiet", "generator", "tests", "bench"],
        ["mypy", "generator"],
    ],
    ids=["black", "ruff", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    paths = [c for c in command[1:] if not c.startswith("-") and (REPO / c).exists()]
    args = [c for c in command[1:] if c.startswith("-")] + paths
    result = subprocess.run(
        [str(BIN / command[0]), *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
