"""The generated SDK is an installable distribution: a wheel builds from generated/python and
holds every module, the runtime, the stubs and the py.typed marker."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SDK = REPO / "generated" / "python"


def test_wheel_holds_the_whole_package(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(SDK, source)  # building in place would leave build/ in generated/
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
        + ["-w", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
    )
    [wheel] = (tmp_path / "dist").glob("ycrest-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {p.relative_to(SDK).as_posix() for p in (SDK / "ycrest").rglob("*.py")}
    assert expected <= names
    assert {"ycrest/py.typed", "ycrest/_runtime/stub/_app.py"} <= names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Dist: httpx" in text
    assert "Provides-Extra: stub" in text and "Provides-Extra: sa-key" in text
