"""`make fuzz`: schemathesis against the fake stub of every API the docs generate.

Generates the OpenAPI documents and the SDK (with its stubs) for DOCS into a temporary
folder, serves each API's fake on 127.0.0.1 (an ephemeral port), and runs schemathesis on
its document in two parts:

- examples, coverage and fuzzing against the example-backed fake: all checks, positive and
  negative data, a bounded number of examples per operation, the IAM token sent as the
  documents require;
- where the document has OpenAPI links, the stateful phase against a fresh stateful fake
  (tools/fuzz_stateful.py): scenarios that follow the links (create -> get -> delete,
  list -> get), with the same checks.

Prints one line per API and a summary (with the link transitions exercised); exits 1 if a
check failed, an operation never answered 2xx, or a create's links were never followed, except
for the document-versus-stub disagreements listed, with their reasons, in KNOWN
(tools/openapi-disagreements.yaml).

    python -m tools.fuzz [--docs DIR] [--examples N] [--scenarios N] [--part PART]
                         [--only PACKAGE]
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .fuzz_stateful import StatefulOutcome, declared_links, fuzz_links
from .schemathesis_run import KNOWN, ROOT, accepted, command, run

DEFAULT_DOCS = ROOT.parent / "shared" / "corpus" / "yc-docs"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
VERBOSE = False


@dataclass
class Outcome:
    package: str
    operations: int
    requests: int
    failures: list[str]
    never_2xx: list[str]
    seconds: float


def generate(docs: Path, out: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(docs), "-o", str(out), "-q"],
        check=True,
    )


def stub_modules(python_root: Path) -> dict[str, str]:
    """The stub package of each API, by protobuf package."""
    found: dict[str, str] = {}
    for init in sorted(python_root.rglob("stub/__init__.py")):
        parts = init.parent.relative_to(python_root).parts
        if "_runtime" in parts:
            continue
        module = ".".join(parts)
        stub = importlib.import_module(module)
        found[stub.SCHEMA.package] = module
    return found


def read_report(report: Path, document: Path, runtime: str) -> tuple[int, list[str], list[str]]:
    """(requests, failures, operations never answered 2xx) of one run: failures from the
    JSON report, answers from the VCR cassette, routed to operations the way the stub
    routes them."""
    summary = json.loads(report.read_text(encoding="utf-8"))
    failures = [
        f"{operation}: {failure['code']} {failure['title']}"
        for failure in summary.get("failures", [])
        for operation in failure.get("operations", [])
    ]
    routing = importlib.import_module(f"{runtime}.stub._routing")
    paths = yaml.safe_load(document.read_text(encoding="utf-8"))["paths"]
    router = routing.Router(
        (verb.upper(), path, f"{verb.upper()} {path}")
        for path, item in paths.items()
        for verb in item
        if verb != "servers"
    )
    answered: set[str] = set()
    labels = {
        f"{verb.upper()} {path}"
        for path, item in paths.items()
        for verb in item
        if verb != "servers"
    }
    cassette = yaml.load(
        report.with_suffix(".vcr.yaml").read_text(encoding="utf-8"), Loader=_LOADER
    )
    interactions = cassette.get("http_interactions") or []
    for interaction in interactions:
        response = interaction.get("response") or {}
        status = int((response.get("status") or {}).get("code", 0))
        if not 200 <= status < 300:
            continue
        request = interaction["request"]
        found = router.resolve(request["method"], urlsplit(request["uri"]).path)
        if found is not None and found.route is not None:
            answered.add(found.route.target)
    return len(interactions), sorted(failures), sorted(labels - answered)


def fuzz_api(
    package: str, module: str, documents: Path, work: Path, examples: int, workers: int, seed: int
) -> Outcome:
    stub = importlib.import_module(module)
    document = documents / f"{package}.yaml"
    report = work / f"{package}.json"
    started = time.monotonic()
    # The example-backed fake: random ids and names from schemathesis would mostly meet the
    # stateful fake's 404 and 409, which says nothing about the document.
    reports = ["--report", "json,vcr", "--report-json-path", str(report)]
    reports += ["--report-vcr-path", str(report.with_suffix(".vcr.yaml"))]
    with stub.serve_fake(stateful=False) as server:
        args = command(
            document,
            server.url,
            phases="examples,coverage,fuzzing",
            examples=examples,
            seed=seed,
            workers=workers,
            extra=reports,
        )
        result = run(args)
    if not report.exists():
        raise SystemExit(f"schemathesis failed on {package}:\n{result.stdout}\n{result.stderr}")
    requests, failures, never = read_report(report, document, module.split(".")[0] + "._runtime")
    (work / f"{package}.out").write_text(result.stdout + result.stderr, encoding="utf-8")
    if VERBOSE:
        print(result.stdout[-6000:])
    operations = int(json.loads(report.read_text(encoding="utf-8"))["operations"]["tested"])
    return Outcome(package, operations, requests, failures, never, time.monotonic() - started)


def report_stateless(outcome: Outcome) -> None:
    print(
        f"{outcome.package}: {outcome.operations} operations, {outcome.requests} requests, "
        f"{len(outcome.failures)} failures, {len(outcome.never_2xx)} never 2xx "
        f"({outcome.seconds:.0f} s)",
        flush=True,
    )
    for failure in outcome.failures:
        print(f"  {'known' if accepted(failure) else 'FAIL '} {failure}")
    for label in outcome.never_2xx:
        print(f"  NO 2xx {label}")


def report_stateful(outcome: StatefulOutcome) -> None:
    print(
        f"{outcome.package} (stateful): {sum(outcome.followed.values())} link transitions over "
        f"{len(outcome.followed)} of {outcome.links} links, {outcome.inferred} inferred "
        f"transitions, {outcome.requests} requests, {len(outcome.failures)} failures "
        f"({outcome.seconds:.0f} s)",
        flush=True,
    )
    for link, times in sorted(outcome.followed.items()):
        print(f"  link   {link} ({times}x)")
    for failure, listed in outcome.failures.items():
        print(f"  {'known' if listed else 'FAIL '} {failure}")
    for label in outcome.creates_unwalked:
        print(f"  NO WALK from {label}: none of its links was followed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.fuzz", description=__doc__)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--examples", type=int, default=25, help="examples per operation")
    parser.add_argument("--scenarios", type=int, default=40, help="stateful scenarios per API")
    parser.add_argument(
        "--part", choices=("all", "stateless", "stateful"), default="all", help="what to run"
    )
    parser.add_argument("--only", action="append", default=[], help="protobuf package(s)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep reports and outputs in this folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="print schemathesis output")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    if not args.docs.is_dir():
        print(f"{args.docs}: error: docs folder not found", file=sys.stderr)
        return 2
    # uvicorn's own 400s for requests it cannot parse (schemathesis probes) are expected.
    logging.getLogger("uvicorn.error").setLevel(logging.ERROR)
    outcomes: list[Outcome] = []
    walks: list[StatefulOutcome] = []
    with tempfile.TemporaryDirectory(prefix="yc-fuzz-") as tmp:
        out = args.keep or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        generate(args.docs, out / "build")
        python_root = out / "build" / "python"
        documents = out / "build" / "openapi"
        sys.path.insert(0, str(python_root))
        for package, module in sorted(stub_modules(python_root).items()):
            if args.only and package not in args.only:
                continue
            document = documents / f"{package}.yaml"
            if args.part != "stateful":
                outcomes.append(
                    fuzz_api(
                        package, module, documents, out, args.examples, args.workers, args.seed
                    )
                )
                report_stateless(outcomes[-1])
            if args.part != "stateless" and declared_links(document):
                walks.append(fuzz_links(package, module, document, out, args.scenarios, args.seed))
                report_stateful(walks[-1])
    failures = sum(1 for o in outcomes for f in o.failures if not accepted(f))
    listed = sum(len(o.failures) for o in outcomes) - failures
    failures += sum(len(w.unlisted) for w in walks)
    listed += sum(len(w.failures) - len(w.unlisted) for w in walks)
    never = sum(len(o.never_2xx) for o in outcomes)
    idle = [label for w in walks for label in w.creates_unwalked]
    print(
        f"summary: {len(outcomes)} APIs, {sum(o.operations for o in outcomes)} operations, "
        f"{sum(o.requests for o in outcomes)} requests; stateful: {len(walks)} APIs with links, "
        f"{sum(sum(w.followed.values()) for w in walks)} link transitions over "
        f"{sum(len(w.followed) for w in walks)} of {sum(w.links for w in walks)} links, "
        f"{sum(w.requests for w in walks)} requests; {failures} failures "
        f"(and {listed} listed in {KNOWN.name}), {never} operations never answered 2xx, "
        f"{len(idle)} creates none of whose links was followed"
    )
    return 1 if failures or never or idle else 0


if __name__ == "__main__":
    raise SystemExit(main())
