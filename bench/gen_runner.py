"""`python -m bench.gen_runner PHASES.json CLI-ARGS...`: one `yc-codegen` run in this
process with the generator's timing hooks on; writes the per-phase seconds to PHASES.json.

Counters (what the run did again, from the build itself): pages parsed, APIs merged, APIs
rendered.

Phases: parse (pages read and parsed, process pool included; cached pages excluded), merge, load (both, as the
build sees it), render (every API and the shared files, wall time), format (the formatter's time,
summed over worker processes, so it can exceed render's wall time), total (the command).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

SNAPSHOT_ENV = "BENCH_GENERATOR_SNAPSHOT"


def _timed(name: str, fn: Callable[..., Any], phases: dict[str, float]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            phases[name] += time.perf_counter() - start

    return wrapper


def _use_snapshot() -> None:
    """Import `generator` from the snapshot the bench took at its start (SNAPSHOT_ENV), so
    edits others make to the tree during a long run neither mix versions nor change the
    generator fingerprint between a run and its no-op rerun."""
    snapshot = os.environ.get(SNAPSHOT_ENV)
    if not snapshot:
        return
    sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in str(f)]
    sys.path.insert(0, snapshot)


def main(argv: list[str]) -> int:
    target, cli_args = Path(argv[0]), argv[1:]
    phases: dict[str, float] = defaultdict(float)
    start = time.perf_counter()

    _use_snapshot()
    from generator import build, cli, parsed_tree, pipeline
    from generator.render.python_sdk import format as fmt

    def hook(name: str, seconds: float) -> None:
        phases[name] += seconds

    build.phase_hook = hook
    fmt.on_format = lambda seconds: build.report_phase("format", seconds)
    tree = parsed_tree.ParsedTree
    tree._parse = _timed("parse", tree._parse, phases)  # type: ignore[method-assign]
    pipeline.merge_pages = _timed("merge", pipeline.merge_pages, phases)  # type: ignore[assignment]
    counters: dict[str, int] = {}
    load_apis, render = pipeline.load_apis, build.render

    def counted_load(*args: Any, **kwargs: Any) -> Any:
        loaded = load_apis(*args, **kwargs)  # once per docs tree (twice for `diff`): summed
        for name, count in (("pages", loaded.pages), ("parsed", loaded.parsed)):
            counters[name] = counters.get(name, 0) + len(count)
        counters["apis"] = counters.get("apis", 0) + len(loaded.keys)
        return loaded

    def counted_render(*args: Any, **kwargs: Any) -> Any:
        result = render(*args, **kwargs)
        counters.update(merged=len(args[0].merged), rendered=len(result.rendered))
        return result

    pipeline.load_apis = counted_load  # type: ignore[assignment]
    build.render = counted_render  # type: ignore[assignment]
    code = cli.main(cli_args)
    phases["total"] = time.perf_counter() - start
    report = {"returncode": code, "phases": dict(phases), "counters": counters}
    target.write_text(json.dumps(report))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
