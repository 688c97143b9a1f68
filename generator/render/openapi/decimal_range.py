"""Regular expressions for decimal integers in a range: how a document says "an int64 in
canonical decimal text (`0`, `-12`; no sign on zero, no leading zeros) between lo and hi",
which is what the stubs accept for 64-bit integers sent as strings.

The split of a range into runs of the shape `prefix [x-y] [0-9]{n}` follows the well-known
to-regex-range method: stops where trailing digits turn to 9s going up from the low end,
and to 0s going down from the high end.
"""

from __future__ import annotations

from .ecma_regex import END


def decimal_range_pattern(lo: int, hi: int) -> str:
    """`^(?:...)$` matching canonical decimal text of every integer in [lo, hi]."""
    if lo > hi:
        return "^(?!)"  # nothing fits (contradictory bounds)
    branches: list[str] = []
    if lo < 0:
        magnitudes = _runs(max(1, -hi), -lo) if hi < 0 else _runs(1, -lo)
        branches.append("-" + _group(magnitudes))
    if hi >= 0:
        branches.extend(_runs(max(lo, 0), hi))
    return f"^{_group(branches)}{END}"


def _group(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _runs(lo: int, hi: int) -> list[str]:
    """Alternatives for the non-negative integers [lo, hi], smallest first; runs of one
    head and growing tails fold together (`[1-9]|[1-9][0-9]` -> `[1-9][0-9]{0,1}`)."""
    runs: list[tuple[str, int, int]] = []  # head, fewest and most tail digits
    start = lo
    for stop in _stops(lo, hi):
        head, tail = _run(start, stop)
        if runs and runs[-1][0] == head and runs[-1][2] + 1 == tail:
            runs[-1] = (head, runs[-1][1], tail)
        else:
            runs.append((head, tail, tail))
        start = stop + 1
    return [head + _tail(low, high) for head, low, high in runs]


def _tail(low: int, high: int) -> str:
    if high == 0:
        return ""
    if low == high:
        return "[0-9]" + (f"{{{low}}}" if low > 1 else "")
    return f"[0-9]{{{low},{high}}}"


def _stops(lo: int, hi: int) -> list[int]:
    stops = {hi}
    nines = 1
    stop = _fill_nines(lo, nines)
    while lo <= stop < hi:
        stops.add(stop)
        nines += 1
        stop = _fill_nines(lo, nines)
    zeros = 1
    stop = _zero_tail(hi + 1, zeros) - 1
    while lo < stop <= hi:
        stops.add(stop)
        zeros += 1
        stop = _zero_tail(hi + 1, zeros) - 1
    return sorted(stops)


def _fill_nines(value: int, count: int) -> int:
    text = str(value)
    return int(text[: max(len(text) - count, 0)] + "9" * count)


def _zero_tail(value: int, count: int) -> int:
    unit: int = 10**count
    return value - value % unit


def _run(start: int, stop: int) -> tuple[str, int]:
    """[start, stop], two numbers of one length that differ in a digit range followed by a
    full 0-9 tail: the head pattern and the tail's length."""
    pattern = ""
    free = 0
    for a, b in zip(str(start), str(stop), strict=True):
        if a == b:
            pattern += a
        elif (a, b) == ("0", "9"):
            free += 1
        else:
            pattern += f"[{a}-{b}]" if int(b) - int(a) > 1 else f"[{a}{b}]"
    return pattern, free
