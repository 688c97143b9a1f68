"""The docs corpus replicated to N pages: copy K of every page goes under `copyKKKK/`, with
each API's protobuf package renamed (`yandex.cloud.backup.v1` ->
`yandex.cloud.backup0042.v1`) in anchors, type names and links, so every copy is a set of
distinct APIs. Packages shared by all APIs (`yandex.cloud.operation`, `...access`) stay."""

from __future__ import annotations

import math
import re
from pathlib import Path

from .common import WORK, fresh_dir

# Namespaces under `yandex.cloud.` whose packages are APIs of the corpus (renamed per copy).
_SHARED = {"operation", "access", "maintenance", "reference", "organizationmanager"}
_PACKAGE = re.compile(r"yandex\.cloud\.([a-z][a-z0-9_]*)\.")


def source_pages(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*.md") if p.is_file())


def rename(text: str, copy: int) -> str:
    def sub(match: re.Match[str]) -> str:
        namespace = match.group(1)
        if namespace in _SHARED:
            return match.group(0)
        return f"yandex.cloud.{namespace}{copy:04d}."

    return _PACKAGE.sub(sub, text)


def replicate(corpus: Path, pages: int) -> Path:
    """bench/.work/corpus-<pages>/ with at least `pages` pages (whole copies of the corpus);
    reused when already complete."""
    sources = source_pages(corpus)
    copies = max(1, math.ceil(pages / len(sources)))
    target = WORK / f"corpus-{pages}"
    marker = target / ".complete"
    expected = f"{copies} copies of {len(sources)} pages from {corpus}\n"
    if marker.exists() and marker.read_text() == expected:
        return target
    fresh_dir(target)
    texts = [(p.relative_to(corpus), p.read_text(encoding="utf-8")) for p in sources]
    for copy in range(copies):
        base = target / f"copy{copy:04d}"
        for relative, text in texts:
            path = base / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(rename(text, copy), encoding="utf-8")
    marker.write_text(expected)
    return target


def page_count(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.md"))
