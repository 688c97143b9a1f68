"""`yc-codegen diff` at scale: the bench tree against a copy of it with a few pages edited.

The copy gets a description sentence added to `EDITED` pages in as many APIs (edits.py), so
the comparison reports exactly that many description changes (`--all`). Each repeat makes a
fresh copy at a new path, so every measured run is the first diff of that copy:

- after `generate` (its cache warm, as in a pull request's job that regenerates too): the
  old side's pages and merged APIs come from the cache; the copy's unchanged pages are read
  back from the same page entries (they leave out the page's path), only its edited pages
  are parsed;
- with an empty cache (informative): every page of the old side is parsed, the copy's
  unchanged pages come from the entries the old side just wrote.

The reference is a from-scratch parse and merge of one tree: the `load` phase of the
from-scratch `generate` runs.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from . import edits
from .common import PYTHON, ROOT, WORK, fresh_dir, log, median, run_measured

EDITED = 5
_SUMMARY = re.compile(r"^(\d+) change\(s\)", re.MULTILINE)


def _copy_with_edits(docs: Path, target: Path, mark: str) -> list[str]:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(docs, target)
    pages = edits.pick_pages(target, EDITED)
    for page in pages:
        page.write_text(edits.edit_text(page.read_text("utf-8"), mark), "utf-8")
    return [p.relative_to(target).as_posix() for p in pages]


def _diff(docs: Path, copy: Path, cache_dir: Path, phases_file: Path) -> dict[str, Any]:
    phases_file.unlink(missing_ok=True)
    run = run_measured(
        [PYTHON, "-m", "bench.gen_runner", str(phases_file), "diff", str(docs), str(copy)]
        + ["--all", "--cache-dir", str(cache_dir)],
        cwd=ROOT,
    )
    found = _SUMMARY.findall(run.output)
    if run.returncode != 0 or not found:
        raise RuntimeError(f"diff {docs} {copy} failed:\n{run.output}")
    counters = json.loads(phases_file.read_text()).get("counters", {})
    return {
        "seconds": run.seconds,
        "max_rss_kb": run.max_rss_kb,
        "changes": int(found[-1]),
        "counters": counters,
    }


def measure(docs: Path, label: str, generate_cache: Path, *, repeats: int) -> dict[str, Any]:
    """Warm runs against `generate_cache` (the cache `generate` left for `docs`), then one
    run with an empty cache."""
    base = WORK / "gen" / label / "diff"
    warm: list[dict[str, Any]] = []
    for i in range(repeats):
        log(f"diff at scale: edited copy {i + 1}/{repeats} after generate")
        copy = base / f"copy-{i}"
        pages = _copy_with_edits(docs, copy, f"(bench diff edit {i})")
        warm.append(_diff(docs, copy, generate_cache, base / "phases.json"))
        shutil.rmtree(copy)
    log("diff at scale: edited copy with an empty cache")
    copy = base / "copy-cold"
    _copy_with_edits(docs, copy, "(bench diff edit cold)")
    cold = _diff(docs, copy, fresh_dir(base / "empty-cache"), base / "phases.json")
    shutil.rmtree(base)
    return {
        "edited_pages": pages,
        "seconds": [r["seconds"] for r in warm],
        "median": median([r["seconds"] for r in warm]),
        "max_rss_kb": max(r["max_rss_kb"] for r in warm),
        "changes": [r["changes"] for r in warm],
        "counters": warm[-1]["counters"],
        "cold_seconds": cold["seconds"],
        "cold_changes": cold["changes"],
        "cold_counters": cold["counters"],
    }
