"""A copy of a docs tree with everything whose order carries no meaning reordered: pages
(renamed so they sort the other way), sections, table rows and enum value lists."""

from __future__ import annotations

import re
from pathlib import Path

_ITEM = re.compile(r"^- `[A-Za-z_][A-Za-z0-9_]*`")
_END = " ||"


def reorder_tree(tree: Path, *, rename: bool = True) -> None:
    """Reorder every page; with `rename`, also rename the pages so that they sort the other
    way round within their folder (the folder ties a page to its API; its name means nothing)."""
    for folder in sorted({p.parent for p in tree.rglob("*.md")}):
        pages = sorted(folder.glob("*.md"))
        for rank, page in enumerate(reversed(pages)):
            text = reorder_page(page.read_text(encoding="utf-8"))
            target = folder / f"{rank:03d}-{page.name}" if rename else page
            page.unlink()
            target.write_text(text, encoding="utf-8")


def reorder_page(text: str) -> str:
    return _reverse_sections("\n".join(_reverse_tables(text.split("\n"))))


def _reverse_sections(text: str) -> str:
    """Reverse the `## ` sections (request line, parameters, response, types)."""
    first = text.find("\n## ")
    if first < 0:
        return text
    sections = [s if s.endswith("\n") else s + "\n" for s in re.split(r"(?=\n## )", text[first:])]
    joined = "".join(reversed([s for s in sections if s.strip()]))
    return text[:first] + joined.rstrip("\n") + ("\n" if text.endswith("\n") else "")


def _reverse_tables(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].rstrip() != "#|":
            out.append(lines[i])
            i += 1
            continue
        end = lines.index("|#", i)
        body = lines[i + 1 : end]
        rows: list[list[str]] = []
        for line in body:
            if line.startswith("||") and (not rows or rows[-1][-1].endswith("||")):
                rows.append([line])
            else:
                rows[-1].append(line)
        header, data = rows[:1], rows[1:]
        # A stray backtick opens a code span that runs into the next rows: where such rows
        # end depends on their order, so that table keeps it.
        stray = any(sum(line.count("`") for line in row) % 2 for row in data)
        ordered = data if stray else data[::-1]
        out.append(lines[i])
        for row in header + [_reverse_enum_items(r) for r in ordered]:
            out += row
        out.append("|#")
        i = end + 1
    return out


def _reverse_enum_items(row: list[str]) -> list[str]:
    """Reverse a run of one-line `` - `VALUE`: text `` items that ends the cell."""
    run = len(row)
    while run > 0 and _ITEM.match(row[run - 1]):
        run -= 1
    items = row[run:]
    if len(items) < 2 or not items[-1].endswith(_END):
        return row
    items[-1] = items[-1].removesuffix(_END)
    items.reverse()
    items[-1] += _END
    return row[:run] + items
