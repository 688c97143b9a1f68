"""Where each enum value is written: its `` - `VALUE` `` line in the description cell, so a
change to one value can be located on its own line (`yc-codegen diff`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import EnumValue, Location

_ITEM_START = re.compile(r"^\s*-\s+`([A-Za-z_][A-Za-z0-9_]*)`")


def locate_values(
    values: list[EnumValue], cell: str, first_line: int, loc: Callable[[int], Location]
) -> None:
    """Set the location of each value listed in `cell`, whose text starts on `first_line`."""
    starts: dict[str, int] = {}
    for offset, text in enumerate(cell.split("\n")):
        item = _ITEM_START.match(text)
        if item is not None:
            starts.setdefault(item.group(1), offset)
    for value in values:
        if value.name in starts:
            value.location = loc(first_line + starts[value.name])
