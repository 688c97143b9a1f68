"""Generation: our full run from the docs at scale (from scratch, per phase, and the no-op
rerun), and ours against the peers on the corpus APIs (they read our OpenAPI output)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

from . import edits, peers
from .common import PYTHON, ROOT, WORK, count_lines, fresh_dir, log, median, run_measured
from .corpus import page_count
from .gen_runner import SNAPSHOT_ENV


def snapshot() -> Path:
    """A copy of generator/ and templates/ as they are now; every generator run of the bench
    uses it (see gen_runner)."""
    target = fresh_dir(WORK / "snapshot")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    os.environ[SNAPSHOT_ENV] = str(target)
    return target


def _generate(docs: Path, out: Path, cache_dir: Path, phases_file: Path) -> dict[str, Any]:
    run = run_measured(
        [
            PYTHON,
            "-m",
            "bench.gen_runner",
            str(phases_file),
            "generate",
            str(docs),
            "-o",
            str(out),
            "--cache-dir",
            str(cache_dir),
            "-q",
        ],
        cwd=ROOT,
    )
    if run.returncode != 0:
        raise RuntimeError(f"generate {docs} failed:\n{run.output}")
    report = json.loads(phases_file.read_text()) if phases_file.exists() else {}
    return {
        "seconds": run.seconds,
        "max_rss_kb": run.max_rss_kb,
        "phases": report.get("phases", {}),
        "counters": report.get("counters", {}),
    }


def scratch_and_noop(docs: Path, label: str, *, repeats: int, noop_repeats: int) -> dict[str, Any]:
    """`repeats` runs from scratch (fresh OUT, empty cache), then `noop_repeats` reruns
    against the last one's OUT and cache."""
    base = WORK / "gen" / label
    runs: list[dict[str, Any]] = []
    for i in range(repeats):
        log(f"generate {label}: from scratch, run {i + 1}/{repeats}")
        out = fresh_dir(base / "out")
        cache_dir = fresh_dir(base / "cache")
        runs.append(_generate(docs, out, cache_dir, base / "phases.json"))
    noops: list[dict[str, Any]] = []
    for i in range(noop_repeats):
        log(f"generate {label}: no-op rerun {i + 1}/{noop_repeats}")
        (base / "phases.json").unlink(missing_ok=True)
        noops.append(_generate(docs, base / "out", base / "cache", base / "phases.json"))
    phase_names = sorted({name for r in runs for name in r["phases"]})
    files, lines = count_lines(base / "out" / "python")
    apis = len(list((base / "out" / "openapi").glob("*.yaml")))
    return {
        "pages": page_count(docs),
        "apis": apis,
        "python_files": files,
        "python_lines": lines,
        "repeats": repeats,
        "scratch_seconds": [r["seconds"] for r in runs],
        "scratch_median": median([r["seconds"] for r in runs]),
        "scratch_max_rss_kb": max(r["max_rss_kb"] for r in runs),
        "phases_median": {n: median([r["phases"].get(n, 0.0) for r in runs]) for n in phase_names},
        "noop_seconds": [r["seconds"] for r in noops],
        "noop_median": median([r["seconds"] for r in noops]),
        "noop_max_rss_kb": max((r["max_rss_kb"] for r in noops), default=0),
        "out": str(base / "out"),
    }


def incremental(docs: Path, label: str, *, repeats: int) -> dict[str, Any]:
    """One page edited, then ten pages in ten APIs, against the output folder and cache
    `scratch_and_noop(docs, label)` left (see edits.py); every page is restored after."""
    base = WORK / "gen" / label

    def generate() -> dict[str, Any]:
        (base / "phases.json").unlink(missing_ok=True)
        return _generate(docs, base / "out", base / "cache", base / "phases.json")

    return edits.measure(docs, generate, repeats=repeats)


def mypy_strict(folder: Path, targets: list[str], mypy: Path) -> dict[str, Any]:
    """`mypy --strict` on `targets` (relative to `folder`): pass/fail and the error count."""
    done = subprocess.run(
        [str(mypy), "--strict", "--no-incremental", "--cache-dir=/dev/null", *targets],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    last = (done.stdout.strip().splitlines() or [""])[-1]
    errors = sum(1 for line in done.stdout.splitlines() if ": error:" in line)
    return {"passed": done.returncode == 0, "errors": errors, "summary": last}


def against_peers(
    corpus_result: dict[str, Any], *, repeats: int, seed_api: str, env: peers.PeerEnv
) -> dict[str, Any]:
    """Each peer over every OpenAPI document of the corpus run, one invocation per
    document (how they are used); lines generated; mypy --strict on the seed API."""
    specs = sorted((Path(corpus_result["out"]) / "openapi").glob("*.yaml"))
    stable = WORK / "gen" / "corpus-openapi"
    fresh_dir(stable)
    for spec in specs:  # a copy the next runs of ours cannot touch
        (stable / spec.name).write_bytes(spec.read_bytes())
    specs = sorted(stable.glob("*.yaml"))
    results: dict[str, Any] = {}
    for tool in peers.TOOLS:
        times: list[float] = []
        rss = 0
        failures: list[str] = []
        out_root = WORK / "peers-out" / tool.name
        tool_repeats = min(repeats, tool.max_repeats)
        for i in range(tool_repeats):
            log(f"peer {tool.name}: run {i + 1}/{tool_repeats} over {len(specs)} documents")
            fresh_dir(out_root)
            total = 0.0
            failures = []
            for spec in specs:
                target = out_root / spec.stem.replace(".", "_")
                run = run_measured(tool.command(env, spec, target), cwd=out_root)
                total += run.seconds
                rss = max(rss, run.max_rss_kb)
                if run.returncode != 0 or not any(target.rglob("*.py")):
                    failures.append(f"{spec.stem}: exit {run.returncode}: {run.output[-300:]}")
            times.append(total)
        files, lines = count_lines(out_root)
        seed = out_root / seed_api.replace(".", "_")
        log(f"mypy --strict on the {tool.name} output for {seed_api}")
        typed = (
            mypy_strict(*tool.mypy_targets(seed), env.mypy)
            if seed.exists()
            else {"passed": False, "errors": 0, "summary": "no output"}
        )
        results[tool.name] = {
            "title": tool.title,
            "version": tool.version,
            "documents": len(specs),
            "seconds": times,
            "median": median(times),
            "max_rss_kb": rss,
            "python_files": files,
            "python_lines": lines,
            "failures": failures,
            "mypy": typed,
            "notes": tool.notes,
        }
    ours_out = Path(corpus_result["out"]) / "python"
    seed_pkg = "/".join(["ycrest", *seed_api.removeprefix("yandex.cloud.").split(".")])
    log("mypy --strict on our seed API package")
    ours_typed = mypy_strict(ours_out, ["-p", seed_pkg.replace("/", ".")], env.mypy)
    return {"peers": results, "ours_mypy": ours_typed, "seed_api": seed_api}
