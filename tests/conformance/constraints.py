"""The SDK's `yandex.cloud.*` validation options in the model's terms (`Constraints`), and both
sides rendered per constraint kind in the SDK's notation, for the "constraints" score.

    length "<=50" -> max_length 50     "1-63" -> min_length 1, max_length 63
           ">=3"  -> min_length 3      ">0"   -> min_length 1 (lengths are whole numbers)
    size   the same, as min_items / max_items (on a map: its number of entries)
    value  ">0" -> exclusive_minimum 0, "0-1000" -> minimum 0, maximum 1000, "<=10" -> maximum
           anything else ("1h-24h", "0,1,3", timestamps) -> notes, matched on the text
    pattern -> pattern, exactly as the proto writes it
    unique  -> unique_items
    map_key {length, pattern} -> key_min_length / key_max_length, key_pattern

On a repeated field `length`, `value` and `pattern` apply to each element, as in the model; on
a map to each value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.model import Constraints

_NUM = r"-?\d+(?:\.\d+)?"
_RANGE = re.compile(rf"({_NUM})-({_NUM})")
_BOUND = re.compile(rf"(<=|>=|<|>)({_NUM})")
_EXACT = re.compile(_NUM)

Number = int | float


def _number(text: str) -> Number:
    return float(text) if "." in text else int(text)


def _count_bounds(text: str) -> tuple[int | None, int | None] | None:
    """A length or size option as (min, max); None when it is not in a known form."""
    text = text.strip()
    m = _RANGE.fullmatch(text)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = _BOUND.fullmatch(text)
    if m:
        op, n = m.group(1), int(m.group(2))
        return {
            "<=": (None, n),
            "<": (None, n - 1),
            ">=": (n, None),
            ">": (n + 1, None),
        }[op]
    if _EXACT.fullmatch(text):
        return int(text), int(text)
    return None


def _value(c: Constraints, text: str) -> None:
    text = text.strip()
    m = _RANGE.fullmatch(text)
    if m:
        c.minimum, c.maximum = _number(m.group(1)), _number(m.group(2))
        return
    m = _BOUND.fullmatch(text)
    if m:
        attr = {
            "<=": "maximum",
            ">=": "minimum",
            "<": "exclusive_maximum",
            ">": "exclusive_minimum",
        }[m.group(1)]
        setattr(c, attr, _number(m.group(2)))
        return
    c.notes.append(text)


def sdk_constraints(validation: dict[str, str]) -> Constraints:
    """The SDK field's validation options as the model would hold them. A length or size in
    a form not listed above goes to `notes` too, so it shows up as a disagreement."""
    c = Constraints()
    for option, low, high in (
        ("length", "min_length", "max_length"),
        ("size", "min_items", "max_items"),
        ("map_key.length", "key_min_length", "key_max_length"),
    ):
        if option in validation:
            bounds = _count_bounds(validation[option])
            if bounds is None:
                c.notes.append(f"{option} {validation[option]}")
            else:
                setattr(c, low, bounds[0])
                setattr(c, high, bounds[1])
    if "value" in validation:
        _value(c, validation["value"])
    c.pattern = validation.get("pattern")
    c.key_pattern = validation.get("map_key.pattern")
    c.unique_items = validation.get("unique") == "True"
    return c


# -- rendering, one string per constraint kind (None: not stated) ---------------------------


def _n(value: Number) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _range(low: Number | None, high: Number | None) -> str | None:
    if low is not None and high is not None:
        return f"{_n(low)}-{_n(high)}"
    if high is not None:
        return f"<={_n(high)}"
    if low is not None:
        return f">={_n(low)}"
    return None


def _render_value(c: Constraints) -> str | None:
    parts = [p for p in [_range(c.minimum, c.maximum)] if p is not None]
    if c.exclusive_minimum is not None:
        parts.append(f">{_n(c.exclusive_minimum)}")
    if c.exclusive_maximum is not None:
        parts.append(f"<{_n(c.exclusive_maximum)}")
    parts.extend(c.notes)
    return " ".join(parts) or None


# Constraint kind (the Disagreement kind is "constraint-<kind>") -> how to render it.
KINDS: dict[str, Callable[[Constraints], str | None]] = {
    "length": lambda c: _range(c.min_length, c.max_length),
    "size": lambda c: _range(c.min_items, c.max_items),
    "value": _render_value,
    "pattern": lambda c: c.pattern,
    "unique": lambda c: "unique" if c.unique_items else None,
    "key-length": lambda c: _range(c.key_min_length, c.key_max_length),
    "key-pattern": lambda c: c.key_pattern,
}


def stated(c: Constraints) -> dict[str, str]:
    """Constraint kind -> its rendering, for the kinds `c` states."""
    out: dict[str, str] = {}
    for kind, render in KINDS.items():
        text = render(c)
        if text is not None:
            out[kind] = text
    return out
