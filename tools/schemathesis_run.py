"""How `make fuzz` calls schemathesis, and which of its failures are listed disagreements.

KNOWN (tools/openapi-disagreements.yaml) lists, each with a `reason`:
- `check`: a schemathesis check left out of every run;
- `operation` + `code`: a failure accepted at that operation;
- `code` + `answer` (and optionally `operation`): a failure accepted where the stub's
  answer contains that text (only phases that record answers, the stateful one, can match).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "Authorization: Bearer fuzz-token"
KNOWN = ROOT / "tools" / "openapi-disagreements.yaml"


def known() -> list[dict[str, str]]:
    """The listed disagreements."""
    entries: list[dict[str, str]] = yaml.safe_load(KNOWN.read_text(encoding="utf-8")) or []
    for entry in entries:
        shaped = "check" in entry or (
            "code" in entry and ("operation" in entry or "answer" in entry)
        )
        if not entry.get("reason") or not shaped:
            raise SystemExit(
                f"{KNOWN}: error: each entry needs a check, an operation and code, or a code "
                "and answer; and a reason"
            )
    return entries


def accepted(failure: str, answer: str | None = None) -> bool:
    """Whether `<operation>: <code> <title>`, answered with `answer` (the response body,
    where known), is a listed disagreement."""
    operation, _, rest = failure.partition(": ")
    code = rest.split(" ", 1)[0]
    for entry in known():
        if entry.get("code") != code or entry.get("operation", operation) != operation:
            continue
        if "answer" not in entry or (answer is not None and entry["answer"] in answer):
            return True
    return False


def command(
    document: Path,
    url: str,
    *,
    phases: str,
    examples: int,
    seed: int,
    workers: int = 1,
    extra: Sequence[str] = (),
) -> list[str]:
    """`schemathesis run` on `document` against `url`: all checks but the listed ones,
    positive and negative data, the IAM token the documents require."""
    args = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        str(document),
        "--url",
        url,
        "--checks",
        "all",
        "--mode",
        "all",
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--workers",
        str(workers),
        "--header",
        TOKEN,
        "--phases",
        phases,
        "--continue-on-failure",  # a listed failure must not end an operation's tests
        "--suppress-health-check",
        "all",
        "--no-color",
        *extra,  # reports, filters
    ]
    excluded = [entry["check"] for entry in known() if "check" in entry]
    if excluded:
        args += ["--exclude-checks", ",".join(excluded)]
    return args


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False, timeout=3600)
