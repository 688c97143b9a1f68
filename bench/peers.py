"""The other generators, pinned, installed by the bench itself into bench/.work/peers/."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .common import WORK, log

PINS = [
    "openapi-python-client==0.29.1",
    "datamodel-code-generator==0.89.0",
    "openapi-generator-cli==7.26.0",
    "mypy==2.4.1",
    "httpx==0.28.1",
    "pydantic==2.14.4",
    # what the generated SDK imports (auth, the `stub` extra and its pytest fixtures),
    # so mypy sees every import of our output too
    "starlette==1.10.0",
    "uvicorn==0.54.0",
    "pyjwt[crypto]==2.15.1",
    "pytest==9.2.0",
]
VENV = WORK / "peers"
# datamodel-codegen writes one module (the documents' component names carry no dots) into
# the out folder; the runtime benchmark imports its models from there too.
MODELS_MODULE = "ymodels"


@dataclass(frozen=True, slots=True)
class PeerEnv:
    bin: Path

    @property
    def python(self) -> Path:
        return self.bin / "python"

    @property
    def mypy(self) -> Path:
        return self.bin / "mypy"

    def tool(self, name: str) -> str:
        return str(self.bin / name)


def ensure() -> PeerEnv:
    """The peers' virtualenv, created and filled on first use (pinned versions)."""
    marker = VENV / ".installed"
    wanted = "\n".join(PINS) + "\n"
    if not (marker.exists() and marker.read_text() == wanted):
        log(f"installing the peers into {VENV} ({', '.join(PINS)})")
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run([*pip, *PINS], check=True)
        marker.write_text(wanted)
    return PeerEnv(VENV / "bin")


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    title: str
    version: str
    command: Callable[[PeerEnv, Path, Path], list[str]]  # (env, spec, out folder)
    # (folder to run mypy in, its arguments) for one document's out folder
    mypy_targets: Callable[[Path], tuple[Path, list[str]]]
    max_repeats: int = 99
    notes: str = ""


def _with_path(env: PeerEnv, argv: list[str]) -> list[str]:
    return ["env", f"PATH={env.bin}{os.pathsep}{os.environ.get('PATH', '')}", *argv]


def _packages(folder: Path) -> list[str]:
    """Top-level packages and modules in `folder`, as mypy arguments."""
    found: list[str] = []
    for child in sorted(folder.iterdir()):
        if child.is_dir() and (child / "__init__.py").exists():
            found += ["-p", child.name]
        elif child.suffix == ".py":
            found.append(child.name)
    return found


TOOLS = [
    Tool(
        "openapi-python-client",
        "openapi-python-client (attrs models + httpx client)",
        "0.29.1",
        lambda env, spec, out: _with_path(
            env,
            [
                env.tool("openapi-python-client"),
                "generate",
                "--path",
                str(spec),
                "--output-path",
                str(out),
                "--meta",
                "none",
                "--overwrite",
            ],
        ),
        lambda out: (out.parent, ["-p", out.name]),
        notes="post-hooks: `ruff check --fix` and `ruff format` (its defaults)",
    ),
    Tool(
        "datamodel-codegen",
        "datamodel-code-generator (pydantic v2 models only)",
        "0.89.0",
        lambda env, spec, out: [
            env.tool("datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output",
            str(out / f"{MODELS_MODULE}.py"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--disable-timestamp",
        ],
        lambda out: (out, [f"{MODELS_MODULE}.py"]),
        notes="black-formatted (its default)",
    ),
    Tool(
        "datamodel-codegen-client",
        "datamodel-code-generator --generate-client httpx2 (models + client)",
        "0.89.0",
        lambda env, spec, out: [
            env.tool("datamodel-codegen"),
            "--input",
            str(spec),
            "--input-file-type",
            "openapi",
            "--output",
            str(out / "models"),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--disable-timestamp",
            "--generate-client",
            "httpx2",
            "--client-output",
            str(out / "client"),
            "--client-package",
            "client",
            "--client-model-package",
            "models",
        ],
        lambda out: (out, _packages(out)),
        max_repeats=1,
        notes="experimental option of the pinned version",
    ),
    Tool(
        "openapi-generator",
        "openapi-generator (python, Java, via the openapi-generator-cli wheel)",
        "7.26.0",
        lambda env, spec, out: [
            env.tool("openapi-generator-cli"),
            "generate",
            "-i",
            str(spec),
            "-g",
            "python",
            "-o",
            str(out),
            "--package-name",
            "client",
            "--skip-validate-spec",
        ],
        lambda out: (out, ["-p", "client"]),
        max_repeats=1,
        notes="one JVM start per document",
    ),
]
