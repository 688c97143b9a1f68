"""Client generators people point at an OpenAPI document, run on ours: each must generate
without an error, its output must import, and a long-running method must come out with a
typed result (the `<Service><Method>Operation` model with typed `metadata`/`response`).

    python -m tools.client_generators [--docs DIR] [--only PACKAGE] [--generator NAME]

runs all three on every document of DOCS (`make check-generators`); the test suite runs
them on a few documents (tests/test_openapi_tools.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "corpus" / "yc-docs"
BIN = Path(sys.executable).parent


class GeneratorFailed(Exception):
    pass


def _run(command: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, check=False, timeout=1800
    )
    if result.returncode != 0:
        raise GeneratorFailed(
            f"{' '.join(command)}\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )


def typed_operation(document: Path) -> tuple[str, str] | None:
    """(component name, the component its `response` refers to) of one typed long-running
    result in the document, preferring one whose response is typed; None if it has none."""
    schemas = yaml.safe_load(document.read_text(encoding="utf-8"))["components"]["schemas"]
    for name in sorted(schemas):
        if name.endswith("Operation") and "x-yc-refines" in schemas[name]:
            ref = schemas[name]["properties"].get("response", {}).get("$ref", "")
            if ref:
                return name, ref.rsplit("/", 1)[1]
    return None


def _import_check(out: Path, script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=out, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise GeneratorFailed(f"the generated code does not import:\n{result.stderr[-3000:]}")
    return result.stdout.strip()


def _snake(name: str) -> str:
    out = ""
    for i, char in enumerate(name):
        if (
            char.isupper()
            and i
            and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower()))
        ):
            out += "_"
        out += char.lower()
    return out


def openapi_python_client(document: Path, out: Path) -> str:
    target = out / "opc"
    _run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(target),
            "--meta",
            "none",
        ]
    )
    typed = typed_operation(document)
    check = "import opc.client, opc.models\n"
    if typed:
        check += (
            f"annotation = str(opc.models.{typed[0]}.__annotations__['response'])\n"
            f"assert '{typed[1]}' in annotation and hasattr(opc.models, '{typed[1]}'), annotation\n"
            "print(annotation)\n"
        )
    return _import_check(out, check)


def openapi_generator(document: Path, out: Path) -> str:
    target = out / "og"
    _run(
        [
            str(BIN / "openapi-generator-cli"),
            "generate",
            "-i",
            str(document),
            "-g",
            "python",
            "-o",
            str(target),
            "--package-name",
            "ogclient",
            "--skip-validate-spec",
        ]
    )
    typed = typed_operation(document)
    check = "import ogclient, ogclient.models\n"
    if typed:
        check += (
            f"from ogclient.models.{_snake(typed[0])} import {typed[0]}\n"
            f"annotation = str({typed[0]}.model_fields['response'].annotation)\n"
            f"assert '{typed[1]}' in annotation, annotation\n"
            "print(annotation)\n"
        )
    return _import_check(target, check)


def datamodel_code_generator(document: Path, out: Path) -> str:
    target = out / "dm_models.py"
    _run(
        [
            str(BIN / "datamodel-codegen"),
            "--input",
            str(document),
            "--input-file-type",
            "openapi",
            "--output",
            str(target),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--formatters",
            "ruff-format",
        ]
    )
    typed = typed_operation(document)
    check = "import dm_models\n"
    if typed:
        check += (
            f"annotation = str(dm_models.{typed[0]}.model_fields['response'].annotation)\n"
            f"assert 'dm_models.{typed[1]}' in annotation, annotation\n"
            "print(annotation)\n"
        )
    return _import_check(out, check)


GENERATORS: dict[str, Callable[[Path, Path], str]] = {
    "openapi-python-client": openapi_python_client,
    "openapi-generator": openapi_generator,
    "datamodel-code-generator": datamodel_code_generator,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.client_generators", description=__doc__)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--only", action="append", default=[], help="protobuf package(s)")
    parser.add_argument("--generator", action="append", choices=sorted(GENERATORS), default=[])
    args = parser.parse_args(argv)
    if not args.docs.is_dir():
        print(f"{args.docs}: error: docs folder not found", file=sys.stderr)
        return 2
    failed = 0
    with tempfile.TemporaryDirectory(prefix="yc-generators-") as tmp:
        documents = Path(tmp) / "openapi"
        _run(
            [
                sys.executable,
                "-m",
                "generator",
                "openapi",
                str(args.docs),
                "-o",
                str(documents),
                "-q",
            ]
        )
        for document in sorted(documents.glob("*.yaml")):
            package = document.name.removesuffix(".yaml")
            if args.only and package not in args.only:
                continue
            for name in args.generator or sorted(GENERATORS):
                out = Path(tmp) / "out" / package / name
                out.mkdir(parents=True)
                try:
                    typed = GENERATORS[name](document, out)
                    print(
                        f"ok   {package}: {name}" + (f" (typed result: {typed})" if typed else ""),
                        flush=True,
                    )
                except GeneratorFailed as exc:
                    failed += 1
                    print(f"FAIL {package}: {name}\n{exc}", flush=True)
                shutil.rmtree(out)
    print(f"summary: {failed} failures")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
