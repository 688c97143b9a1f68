"""Shared helpers: paths, the machine description, timing of commands, line counts."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / ".work"
PYTHON = sys.executable
CORPUS = Path(os.environ.get("YC_DOCS_CORPUS", "/work/shared/corpus/yc-docs"))


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    java = "not found"
    if shutil.which("java"):
        done = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
        java = (done.stderr or done.stdout).splitlines()[0] if done.returncode == 0 else java
    return {
        "cpu": cpu,
        "cores": f"{usable} usable ({os.cpu_count()} online)",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "java": java,
    }


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float  # wall time
    max_rss_kb: int  # peak RSS of the largest process in the run (the command or a child)
    returncode: int
    output: str  # stdout + stderr, truncated


def run_measured(
    argv: Sequence[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 3600,
) -> Run:
    """Run `argv` in a fresh helper process that reports its wall time and peak memory
    (getrusage of its children), so each measurement sees only its own processes."""
    helper = [PYTHON, "-m", "bench.measure", *argv]
    base = dict(os.environ if env is None else env)
    base["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), base.get("PYTHONPATH")]))
    done = subprocess.run(
        helper,
        cwd=cwd,
        env=base,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    report: dict[str, float] = {}
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("BENCH-MEASURE "):
            report = json.loads(line.removeprefix("BENCH-MEASURE "))
            break
    if not report:
        raise RuntimeError(f"measuring {argv[:3]} failed: {done.stderr[-2000:]}")
    text = (done.stdout + done.stderr)[-4000:]
    return Run(report["seconds"], int(report["max_rss_kb"]), int(report["returncode"]), text)


def timeit(fn: Callable[[], object], *, repeats: int, number: int = 1) -> list[float]:
    """Seconds per call of `fn`, one value per repeat (each the mean over `number` calls)."""
    results: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        results.append((time.perf_counter() - start) / number)
    return results


def count_lines(folder: Path, suffix: str = ".py") -> tuple[int, int]:
    """(files, lines) of the files below `folder` ending in `suffix`."""
    files = lines = 0
    if not folder.exists():
        return 0, 0
    for path in folder.rglob(f"*{suffix}"):
        if path.is_file() and "__pycache__" not in path.parts:
            files += 1
            with path.open("rb") as f:
                lines += sum(1 for _ in f)
    return files, lines


def fresh_dir(path: Path) -> Path:
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def log(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)
