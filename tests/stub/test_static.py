"""The generated stub code passes ruff and mypy --strict, and the core SDK imports without
the `stub` extra installed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import ROOT, GeneratedSdk

VENV_BIN = Path(sys.executable).parent


def _stub_files(sdk: GeneratedSdk) -> list[str]:
    root = sdk.path / ROOT
    files = sorted(root.glob("**/stub/*.py"))
    assert len(files) >= 4 * len(sdk.apis)
    return [str(p.relative_to(sdk.path)) for p in files]


def test_generated_stubs_pass_ruff(sdk: GeneratedSdk) -> None:
    result = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", "--no-cache", "--isolated", "--line-length", "100",
         "--target-version", "py311", *_stub_files(sdk)],
        capture_output=True, text=True, cwd=sdk.path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_stubs_pass_mypy_strict(sdk: GeneratedSdk) -> None:
    result = subprocess.run(
        [str(VENV_BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull,
         "--python-version", "3.11", *_stub_files(sdk)],
        capture_output=True, text=True, cwd=sdk.path, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_core_sdk_imports_without_starlette_and_uvicorn(sdk: GeneratedSdk) -> None:
    script = textwrap.dedent(f"""
        import sys
        sys.modules["starlette"] = None  # importing it now raises ImportError
        sys.modules["uvicorn"] = None
        import {ROOT}.backup.v1 as api
        from {ROOT}.backup.v1.client import BackupClient
        assert "{ROOT}._runtime.stub" not in sys.modules
        assert not any(name.endswith("Servicer") for name in api.__all__)
        try:
            import {ROOT}.backup.v1.stub
        except ImportError:
            print("stub needs the extra")
        """)
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(sdk.path)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "stub needs the extra"


def test_the_stub_extra_is_declared(sdk: GeneratedSdk) -> None:
    pyproject = (sdk.path / "pyproject.toml").read_text(encoding="utf-8")
    assert 'stub = ["starlette", "uvicorn"]' in pyproject
    assert 'dependencies = ["httpx>=0.27,<1"]' in pyproject
