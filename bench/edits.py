"""Incremental regeneration at scale: pages edited in place after a from-scratch run, each
edit followed by one measured `generate` into the same output folder and cache, then every
page restored byte for byte (the replicated tree is reused by later runs).

An edit appends a sentence to the method description (the first paragraph after the
`# <API>, REST: <Service>.<Method>` title), so the page's API really changes: the OpenAPI
document and the SDK docstrings of that method are rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .common import log, median

_TITLE = re.compile(r"^# .+, REST: \S+$", re.MULTILINE)
_PARAGRAPH = re.compile(r"\n\n(?P<text>[^\n#`|{][^\n]*)\n")


def edit_text(text: str, mark: str) -> str:
    """`text` with ` mark` appended to the method description; the same text when the page
    has no description paragraph after its title."""
    title = _TITLE.search(text)
    if title is None:
        return text
    paragraph = _PARAGRAPH.search(text, title.end())
    if paragraph is None:
        return text
    end = paragraph.end("text")
    return f"{text[:end]} {mark}{text[end:]}"


def editable_pages(docs: Path, copies: Sequence[str], relative: str) -> list[Path]:
    """`<copy>/<relative>` for each copy, where that page exists and can be edited."""
    pages = [docs / copy / relative for copy in copies]
    return [
        p
        for p in pages
        if p.is_file() and edit_text(p.read_text("utf-8"), "x") != p.read_text("utf-8")
    ]


def pick_pages(docs: Path, count: int) -> list[Path]:
    """`count` pages in `count` different APIs: the same corpus page in the first `count`
    copies (every copy is a distinct set of APIs), the first page of the corpus that can be
    edited."""
    copies = sorted(p.name for p in docs.glob("copy*") if p.is_dir())[:count]
    if len(copies) < count:
        raise RuntimeError(f"{docs}: fewer than {count} copies of the corpus")
    first = docs / copies[0]
    for page in sorted(first.rglob("*.md")):
        chosen = editable_pages(docs, copies, page.relative_to(first).as_posix())
        if len(chosen) == count:
            return chosen
    raise RuntimeError(f"{docs}: no page that can be edited in {count} copies")


def measure(
    docs: Path, generate: Any, *, repeats: int, sizes: Sequence[int] = (1, 10)
) -> dict[str, Any]:
    """For each size, `repeats` runs, each after editing `size` pages (in `size` APIs).
    `generate()` runs the generator against the warm output and cache, returning its
    measurement. Every edited page is restored afterwards, even on failure."""
    results: dict[str, Any] = {}
    originals: dict[Path, bytes] = {}
    try:
        for size in sizes:
            pages = pick_pages(docs, size)
            for page in pages:
                originals.setdefault(page, page.read_bytes())
            runs: list[dict[str, Any]] = []
            for i in range(repeats):
                log(f"generate at scale: {size} page(s) edited, run {i + 1}/{repeats}")
                for page in pages:
                    text = originals[page].decode("utf-8")
                    page.write_text(edit_text(text, f"(bench edit {size}-{i})"), "utf-8")
                runs.append(generate())
            results[str(size)] = {
                "pages": [p.relative_to(docs).as_posix() for p in pages],
                "seconds": [r["seconds"] for r in runs],
                "median": median([r["seconds"] for r in runs]),
                "max_rss_kb": max(r["max_rss_kb"] for r in runs),
                "counters": runs[-1].get("counters", {}),
            }
    finally:
        for page, data in originals.items():
            page.write_bytes(data)
    return results
