"""The README's Python examples run, against the generated fake of the API they use."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "yc-docs"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"docs corpus not found at {CORPUS}")

# The client example talks to the cloud; here every host of the client points at the fake.
_POINT_AT_FAKE = """
import contextlib
from ycrest.vpc.v1 import VpcClient
from ycrest.vpc.v1.stub import serve_fake

_stack = contextlib.ExitStack()  # kept referenced: the server lives as long as the script
_server = _stack.enter_context(serve_fake(seed=3))
_init = VpcClient.__init__

def _at_fake(self, **kwargs):
    kwargs.setdefault("hosts", _server.hosts)
    _init(self, **kwargs)

VpcClient.__init__ = _at_fake
"""


def examples() -> dict[str, str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"<!-- readme-example: (\w+) -->\n```python\n(.*?)```", text, re.DOTALL)
    return dict(found)


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("readme")
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(CORPUS), "-o", str(out)]
        + ["--no-cache", "-q", "--include", "vpc.v1"],
        cwd=REPO,
        check=True,
    )
    return out / "python"


def run(code: str, sdk: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(sdk), "YC_IAM_TOKEN": "t1.fake-token"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_readme_has_both_examples() -> None:
    assert set(examples()) == {"client", "fake"}


def test_client_example_runs(sdk: Path) -> None:
    out = run(_POINT_AT_FAKE + examples()["client"], sdk)
    assert "created " in out
    assert re.search(r"^400 3 .*folderId", out, re.MULTILINE), out


def test_fake_example_runs(sdk: Path) -> None:
    run(examples()["fake"], sdk)
