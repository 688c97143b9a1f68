"""`python -m bench` (`make bench`): run every section and write BENCHMARKS.md.

Options keep development runs small (`--pages 500 --repeats 1 --skip-peers`); the
defaults are the full measurement."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import corpus, diff_scale, generation, peers, report, stateful_load, stub_load
from .common import CORPUS, ROOT, WORK, log, machine

SEED_API = "yandex.cloud.backup.v1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--pages", type=int, default=5000, help="pages at scale (default 5000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement")
    parser.add_argument(
        "--scale-repeats", type=int, default=1, help="from-scratch runs at scale (default 1)"
    )
    parser.add_argument("--noop-repeats", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10_000, help="stub load requests")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--skip-peers", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="write the report from the last run's bench/.work/results.json; measure nothing",
    )
    args = parser.parse_args(argv)
    if args.report_only:
        results = json.loads((WORK / "results.json").read_text())
        Path(args.output).write_text(report.render(results))
        log(f"wrote {args.output} from {WORK / 'results.json'}")
        return 0

    started = time.monotonic()
    WORK.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"machine": machine(), "command": "make bench"}
    if argv:
        results["command"] = "python -m bench " + " ".join(argv)

    env = peers.ensure()
    generation.snapshot()
    head = subprocess.run(
        ["git", "log", "-1", "--format=%h %s"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "generator", "templates"],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    results["code"] = head.stdout.strip()[:90] + (
        " (+ local edits)" if dirty.stdout.strip() else ""
    )

    def save() -> None:
        (WORK / "results.json").write_text(json.dumps(results, indent=2))

    # Generation on the corpus (also the SDK and OpenAPI the other sections use).
    results["corpus"] = generation.scratch_and_noop(
        CORPUS, "corpus", repeats=args.repeats, noop_repeats=args.noop_repeats
    )
    save()
    if not args.skip_peers:
        results["peers"] = generation.against_peers(
            results["corpus"], repeats=args.repeats, seed_api=SEED_API, env=env
        )
    save()
    if not args.skip_scale:
        docs = corpus.replicate(CORPUS, args.pages)
        label = f"scale-{args.pages}"
        results["scale"] = generation.scratch_and_noop(
            docs, label, repeats=args.scale_repeats, noop_repeats=args.noop_repeats
        )
        save()
        results["scale"]["edits"] = generation.incremental(docs, label, repeats=args.repeats)
        save()
        results["scale"]["diff"] = diff_scale.measure(
            docs, label, WORK / "gen" / label / "cache", repeats=args.repeats
        )

    save()
    # SDK runtime, against pydantic models of the same OpenAPI document.
    sdk_dir = Path(results["corpus"]["out"]) / "python"
    models_dir = WORK / "runtime-pydantic"
    models_pkg = peers.MODELS_MODULE
    spec = Path(results["corpus"]["out"]) / "openapi" / f"{SEED_API}.yaml"
    log("runtime: pydantic models of the seed API by datamodel-codegen")
    datamodel_codegen = next(t for t in peers.TOOLS if t.name == "datamodel-codegen")
    subprocess.run(
        datamodel_codegen.command(env, spec, models_dir),
        check=True,
        capture_output=True,
    )
    target = WORK / "runtime.json"
    log("runtime: decode, encode, client overhead")
    subprocess.run(
        [
            str(env.python),
            "-m",
            "bench.runtime",
            str(target),
            str(sdk_dir),
            str(models_dir),
            models_pkg,
        ],
        cwd=ROOT,
        check=True,
    )
    results["runtime"] = json.loads(target.read_text())
    results["runtime"]["python"] = subprocess.run(
        [
            str(env.python),
            "-c",
            "import pydantic, httpx; print(pydantic.VERSION, httpx.__version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()

    for key, load in (("stub", stub_load), ("stateful_stub", stateful_load)):
        results[key] = load.run(
            sdk_dir,
            total=args.requests,
            concurrency=args.concurrency,
            warmup=min(500, args.requests),
            time_limit=300,
        )
        save()
    results["bench_seconds"] = time.monotonic() - started
    save()
    Path(args.output).write_text(report.render(results))
    log(f"wrote {args.output} ({results['bench_seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
