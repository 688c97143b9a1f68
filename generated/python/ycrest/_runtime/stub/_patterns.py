"""Validation patterns: compiled once, matched in full (the docs' patterns are full-match),
and turned into example strings for the fake."""

from __future__ import annotations

import importlib
import random
import re
from functools import cache
from typing import Any

_MAX_EXAMPLE_REPEAT = 64
_PARSER: Any = importlib.import_module("re._parser")  # the standard library's regex parser


@cache
def compiled(pattern: str) -> re.Pattern[str] | None:
    """The compiled pattern, or None where Python's `re` cannot read it (the rule is then
    not checked rather than guessed). `\\d`, `\\w`, `\\s` and `\\b` mean their ASCII sets,
    as in the ECMA-262 patterns of the OpenAPI documents."""
    try:
        return re.compile(pattern, re.ASCII)
    except re.error:
        return None


def full_match(pattern: str, value: str) -> bool:
    regex = compiled(pattern)
    return regex is None or regex.fullmatch(value) is not None


def example(pattern: str, rng: random.Random, repeat: int = 1) -> str | None:
    """A string the pattern matches in full: each repetition taken `repeat` times (within its
    bounds), each character picked by `rng` from its class. None if the pattern is beyond
    this walker (lookarounds, backreferences) or cannot be read."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    try:
        text = "".join(_walk(tree, rng, repeat))
    except (_Unsupported, re.error, AttributeError, TypeError, ValueError):
        return None
    return text if full_match(pattern, text) else None


class _Unsupported(Exception):
    pass


@cache
def _parsed(pattern: str) -> Any:
    """The pattern's parse tree (read, never changed, by `_walk`), or None where it cannot
    be read."""
    if compiled(pattern) is None:
        return None
    try:
        return _PARSER.parse(pattern, re.ASCII)
    except (re.error, AttributeError, TypeError, ValueError):
        return None


_PRINTABLE = [chr(c) for c in range(0x21, 0x7F)]
_DIGITS = [chr(c) for c in range(0x30, 0x3A)]
_WORD = [c for c in _PRINTABLE if c.isalnum() or c == "_"]


def _walk(items: Any, rng: random.Random, repeat: int) -> list[str]:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append(rng.choice([c for c in _WORD if ord(c) != arg]))
        elif name == "ANY":
            out.append(rng.choice(_WORD))
        elif name == "IN":
            out.append(_pick_in(arg, rng))
        elif name == "BRANCH":
            branches = arg[1]
            out.extend(_walk(branches[0] if repeat <= 1 else rng.choice(branches), rng, repeat))
        elif name == "SUBPATTERN":
            out.extend(_walk(arg[-1], rng, repeat))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = arg
            count = max(low, min(repeat, high, _MAX_EXAMPLE_REPEAT))
            for _ in range(count):
                out.extend(_walk(body, rng, repeat))
        elif name == "AT":
            continue
        else:
            raise _Unsupported(name)
    return out


def _pick_in(items: Any, rng: random.Random) -> str:
    allowed: list[str] = []
    negate = False
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            allowed.append(chr(arg))
        elif name == "RANGE":
            low, high = arg
            allowed.extend(chr(c) for c in range(low, min(high, low + 255) + 1))
        elif name == "CATEGORY":
            category = str(arg)
            if "DIGIT" in category and "NOT" not in category:
                allowed.extend(_DIGITS)
            elif "WORD" in category and "NOT" not in category:
                allowed.extend(_WORD)
            elif "SPACE" in category and "NOT" not in category:
                allowed.append(" ")
            else:
                allowed.extend(c for c in _WORD if c.isalpha())
        else:
            raise _Unsupported(name)
    if negate:
        excluded = set(allowed)
        allowed = [c for c in _WORD if c not in excluded]
    if not allowed:
        raise _Unsupported("empty class")
    return rng.choice(allowed)
