"""The project's own code stays formatted, linted and strictly typed (the generated code has
its own checks in test_sdk_models and tests/stub)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


SOURCES = [name for name in ("generator", "tests", "bench", "tools") if (REPO / name).is_dir()]


@pytest.mark.parametrize(
    "command",
    [["black", "--check", "--quiet", *SOURCES], ["ruff", "check", "--quiet", *SOURCES], ["mypy"]],
    ids=["black", "ruff", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
