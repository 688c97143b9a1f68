"""`generate --keep-going` never writes code that does not import: a page with an error leaves
its API without that operation, never a broken module. Generates the shapes fixture plus
broken pages through the real command line, then imports every generated module and calls
through the clients' surface."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.fixtures.shapes import SHAPES_DOCS

ROOT = Path(__file__).resolve().parent.parent
BAREMETAL = "en/_api-ref/baremetal/v1alpha/api-ref/Server"


def _run(*argv: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv],
        check=False,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", **env},
    )


def test_keep_going_output_imports_without_the_broken_operations(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(SHAPES_DOCS, docs)
    update = (docs / BAREMETAL / "update.md").read_text(encoding="utf-8")
    # A second method of the same API whose path names a field the request does not have,
    # and a third whose table refers to a section the page lacks.
    (docs / BAREMETAL / "move.md").write_text(
        update.replace("Server.Update", "Server.Move").replace(
            "server.folderId |", "target.folderId |"
        ),
        encoding="utf-8",
    )
    (docs / BAREMETAL / "start.md").write_text(
        update.replace("Server.Update", "Server.Start").replace(
            "(#yandex.cloud.baremetal.v1alpha.UpdateServerMetadata)", "(#no.such.Anchor)"
        ),
        encoding="utf-8",
    )
    proc = _run("-m", "generator", "generate", "docs", "-o", "out", "--keep-going", "--no-cache",
                cwd=tmp_path, PYTHONPATH=str(ROOT))  # fmt: skip
    assert proc.returncode == 1
    assert "move.md:80: error: path parameter 'target.folderId'" in proc.stderr
    assert "start.md" in proc.stderr and "Traceback" not in proc.stderr
    script = textwrap.dedent("""
        import importlib, pathlib
        root = pathlib.Path("ycrest")
        modules = sorted(
            ".".join(p.with_suffix("").parts) for p in root.rglob("*.py")
            if p.name != "__main__.py"
        )
        for name in modules:
            importlib.import_module(name.removesuffix(".__init__"))
        from ycrest.baremetal.v1alpha import BaremetalClient
        resource = BaremetalClient(iam_token="t").server
        assert hasattr(resource, "update"), "the sound page's operation is there"
        assert not hasattr(resource, "move") and not hasattr(resource, "start")
        print(len(modules))
        """)
    imported = _run("-c", script, cwd=tmp_path / "out/python")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert int(imported.stdout) > 20
