"""Reading a page file: size limit, UTF-8, and the split into YAML front matter and body."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Diagnostics
from ..model import Location

# The largest real page is well under 1 MB; a page this size is not a docs page.
MAX_PAGE_BYTES = 8 * 1024 * 1024


@dataclass(slots=True)
class PageSource:
    path: str  # as shown in diagnostics: relative to the docs root
    front_matter: str
    front_matter_line: int  # 1-based line of the first front matter line
    body: str
    body_line: int  # 1-based line of the first body line


def read_source(file: Path, shown_as: str, diagnostics: Diagnostics) -> PageSource | None:
    """Load and split a page; report problems and return None when it cannot be used."""
    data = read_page_bytes(file, shown_as, diagnostics)
    return None if data is None else split_source(data, shown_as, diagnostics)


def read_page_bytes(file: Path, shown_as: str, diagnostics: Diagnostics) -> bytes | None:
    """A page's bytes; None (reported) when it cannot be read or is too large to be a page."""
    try:
        size = file.stat().st_size
        if size > MAX_PAGE_BYTES:
            diagnostics.error(
                Location(shown_as, 1),
                f"page is {size} bytes, over the {MAX_PAGE_BYTES}-byte limit for a docs page",
                "too-large",
            )
            return None
        return file.read_bytes()
    except OSError as exc:
        diagnostics.error(Location(shown_as, 1), f"cannot read page: {exc.strerror}", "io")
        return None


def split_source(data: bytes, shown_as: str, diagnostics: Diagnostics) -> PageSource | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        diagnostics.error(
            Location(shown_as, line),
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            "encoding",
        )
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.strip():
        diagnostics.error(Location(shown_as, 1), "empty page", "empty")
        return None
    lines = text.split("\n")
    if lines[0].strip() != "---":
        diagnostics.error(
            Location(shown_as, 1),
            "not an API reference page: it does not start with YAML front matter (`---`)",
            "format",
        )
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return PageSource(
                path=shown_as,
                front_matter="\n".join(lines[1:index]),
                front_matter_line=2,
                body="\n".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    diagnostics.error(
        Location(shown_as, 1), "front matter is not closed: no second `---` line", "format"
    )
    return None
