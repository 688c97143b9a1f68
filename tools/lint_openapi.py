"""`make lint-openapi`: Redocly CLI (`recommended`) and Spectral (`spectral:oas`), pinned in
tools/openapi-lint/package.json and installed there by `npm ci`, on the OpenAPI documents of
DOCS. Prints each tool's findings and a summary; exits 1 on any error. Warnings are allowed
only for the rules docs/openapi.md lists with their reasons (ALLOWED_WARNINGS).

    python -m tools.lint_openapi [--docs DIR] [--only PACKAGE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "corpus" / "yc-docs"
TOOLS = ROOT / "tools" / "openapi-lint"
BIN = TOOLS / "node_modules" / ".bin"
# Spectral warnings that still fire, each explained in docs/openapi.md.
ALLOWED_WARNINGS = frozenset({"info-contact"})


def generate(docs: Path, out: Path, only: Sequence[str]) -> list[Path]:
    subprocess.run(
        [sys.executable, "-m", "generator", "openapi", str(docs), "-o", str(out), "-q"],
        check=True,
    )
    found = sorted(out.glob("*.yaml"))
    return [p for p in found if not only or p.name.removesuffix(".yaml") in only]


def redocly(documents: Sequence[Path]) -> tuple[Counter[str], Counter[str]]:
    """(errors, warnings) by rule."""
    result = subprocess.run(
        [
            str(BIN / "redocly"),
            "lint",
            "--extends",
            "recommended",
            "--format",
            "json",
            *map(str, documents),
        ],
        cwd=TOOLS,
        capture_output=True,
        text=True,
        check=False,
    )
    errors: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    for report in _json_values(result.stdout):  # one report per document
        for problem in report.get("problems", []):
            (errors if problem["severity"] == "error" else warnings)[problem["ruleId"]] += 1
    return errors, warnings


def _json_values(text: str) -> list[dict[str, Any]]:
    decoder = json.JSONDecoder()
    values = []
    position = text.find("{")
    while position != -1:
        value, end = decoder.raw_decode(text, position)
        values.append(value)
        position = text.find("{", end)
    return values


def spectral(documents: Sequence[Path]) -> tuple[Counter[str], Counter[str]]:
    result = subprocess.run(
        [
            str(BIN / "spectral"),
            "lint",
            "--ruleset",
            str(TOOLS / ".spectral.yaml"),
            "--format",
            "json",
            "--quiet",
            *map(str, documents),
        ],
        cwd=TOOLS,
        capture_output=True,
        text=True,
        check=False,
    )
    text = result.stdout.strip()
    problems = json.loads(text[text.index("[") :]) if "[" in text else []
    errors: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    for problem in problems:  # severity: 0 error, 1 warning, 2 info, 3 hint
        if problem["severity"] == 0:
            errors[problem["code"]] += 1
        elif problem["severity"] == 1:
            warnings[problem["code"]] += 1
    return errors, warnings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.lint_openapi", description=__doc__)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--only", action="append", default=[], help="protobuf package(s)")
    args = parser.parse_args(argv)
    if not BIN.is_dir():
        print(f"{BIN}: error: run `npm ci` in {TOOLS} (make lint-openapi does)", file=sys.stderr)
        return 2
    if not args.docs.is_dir():
        print(f"{args.docs}: error: docs folder not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="yc-lint-") as tmp:
        documents = generate(args.docs, Path(tmp), args.only)
        failed = False
        for name, run in (("redocly recommended", redocly), ("spectral:oas", spectral)):
            errors, warnings = run(documents)
            print(
                f"{name}: {len(documents)} documents, {sum(errors.values())} errors, "
                f"{sum(warnings.values())} warnings"
            )
            for rule, count in sorted(errors.items()):
                print(f"  error   {rule}: {count}")
            for rule, count in sorted(warnings.items()):
                allowed = rule in ALLOWED_WARNINGS
                print(f"  warning {rule}: {count}" + ("" if allowed else "  (not allowed)"))
                failed |= not allowed
            failed |= bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
