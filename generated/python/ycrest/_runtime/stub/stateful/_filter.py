"""The simple form of the `filter` parameter the fake understands: `name="x"` (single
quotes too). Anything else answers 400 naming what is supported."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .._errors import INVALID_ARGUMENT, StubError

_NAME_EQUALS = re.compile(r"""\s*name\s*=\s*(?:"([^"]*)"|'([^']*)')\s*""")

Predicate = Callable[[dict[str, Any]], bool]


def parse_filter(text: str) -> Predicate:
    if not text.strip():
        return lambda _item: True
    match = _NAME_EQUALS.fullmatch(text)
    if match is None:
        raise StubError(
            INVALID_ARGUMENT,
            f'filter {text!r} is not supported by the fake; it understands name="value"',
        )
    wanted = match.group(1) if match.group(1) is not None else match.group(2)
    return lambda item: item.get("name", "") == wanted
