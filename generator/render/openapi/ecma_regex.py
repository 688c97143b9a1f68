"""The docs' validation patterns (Python `re` dialect, matched in full, ASCII classes: what
the stubs check) as ECMA-262 patterns for JSON Schema, anchored so that a value matches the
document's pattern exactly when it matches the stub's.

The translation walks Python's own parse tree and writes each node in the subset of syntax
that ECMA-262 (with or without the `u` flag) and Python read alike: `{,19}` becomes
`{0,19}`, `\\s` an explicit ASCII class, `.` `[^\\n]`, a mid-pattern `$` `(?=\\n?$)`.
The end of the text is `(?![\\s\\S])` rather than `$`: in Python (and so in the Python
JSON Schema validators and data generators that test tools use) `$` also matches before a
final newline, which the stubs' full match does not take.
Anything without an exact twin (inline flags, atomic groups, possessive repeats,
conditionals, a negated class inside a class) is `Untranslatable`: the caller warns and
leaves the rule out of the document rather than state a different one.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
# The end of the text, alike in ECMA-262 and Python (see the module docstring).
END = "(?![\\s\\S])"
_MAXREPEAT: int = importlib.import_module("re._constants").MAXREPEAT
_ALLOWED_FLAGS = re.UNICODE | re.VERBOSE  # VERBOSE only shapes parsing

# Characters that need a backslash outside and inside a class, in both dialects.
_SYNTAX = set("^$\\.*+?()[]{}|/")
_CLASS_SYNTAX = set("\\]-[^")
_CLASS_ESCAPES = {"\t": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r"}

_CATEGORY_CLASS = {  # ASCII meaning, as a class body
    "CATEGORY_DIGIT": "0-9",
    "CATEGORY_WORD": "A-Za-z0-9_",
    "CATEGORY_SPACE": "\\t\\n\\v\\f\\r ",
}
_NEGATED_CATEGORY = {
    "CATEGORY_NOT_DIGIT": "CATEGORY_DIGIT",
    "CATEGORY_NOT_WORD": "CATEGORY_WORD",
    "CATEGORY_NOT_SPACE": "CATEGORY_SPACE",
}


class Untranslatable(ValueError):
    """The pattern has no exact ECMA-262 twin (the message says which construct)."""


@cache
def ecma_pattern(pattern: str, *, allow_empty: bool = False, min_length: int = 0) -> str:
    """`^...$` matching exactly the strings `pattern` fully matches; `allow_empty` adds the
    empty string (the proto3 default, which stubs take as unset); `min_length` folds a
    length floor into the pattern (for fields where `""` stays allowed). Raises
    Untranslatable."""
    try:
        tree = _PARSER.parse(pattern)
    except re.error as exc:
        raise Untranslatable(f"Python cannot read it: {exc}") from None
    extra = tree.state.flags & ~_ALLOWED_FLAGS
    if extra:
        raise Untranslatable(f"inline flags ({re.RegexFlag(extra)!r}) have no ECMA-262 form")
    items = list(tree)
    while items and _at(items[0]) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
        items.pop(0)
    while items and _at(items[-1]) in ("AT_END", "AT_END_STRING"):
        items.pop()
    body = _sequence(items)
    if min_length:
        body = f"(?=[\\s\\S]{{{min_length}}}){body}" if body else f"[\\s\\S]{{{min_length},}}"
    if allow_empty:
        body = f"(?:{body})?" if body else ""
    return f"^{body}{END}"


def _at(item: Any) -> str:
    op, arg = item
    return str(arg) if str(op) == "AT" else ""


def _sequence(items: Any) -> str:
    return "".join(_node(op, arg) for op, arg in items)


def _atom(items: Any) -> str:
    """A sequence as one quantifiable atom."""
    items = list(items)
    if len(items) == 1 and str(items[0][0]) in ("LITERAL", "IN", "ANY", "NOT_LITERAL"):
        return _sequence(items)
    if len(items) == 1 and str(items[0][0]) == "SUBPATTERN":
        return _sequence(items)
    return f"(?:{_sequence(items)})"


def _node(op: Any, arg: Any) -> str:
    name = str(op)
    if name == "LITERAL":
        return _literal(chr(arg))
    if name == "NOT_LITERAL":
        return f"[^{_class_char(chr(arg))}]"
    if name == "ANY":
        return "[^\\n]"
    if name == "IN":
        return _class(arg)
    if name == "BRANCH":
        return "(?:" + "|".join(_sequence(branch) for branch in arg[1]) + ")"
    if name == "SUBPATTERN":
        group, add_flags, del_flags, body = arg
        if add_flags or del_flags:
            raise Untranslatable("scoped inline flags have no ECMA-262 form")
        return f"(?:{_sequence(body)})" if group is None else f"({_sequence(body)})"
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, body = arg
        lazy = "?" if name == "MIN_REPEAT" else ""
        return _atom(body) + _quantifier(low, high) + lazy
    if name == "GROUPREF":
        return f"(?:\\{arg})"
    if name in ("ASSERT", "ASSERT_NOT"):
        direction, body = arg
        sign = "=" if name == "ASSERT" else "!"
        return f"(?{'<' if direction < 0 else ''}{sign}{_sequence(body)})"
    if name == "AT":
        return _anchor(str(arg))
    raise Untranslatable(f"{name.lower().replace('_', ' ')} has no ECMA-262 form")


def _quantifier(low: int, high: int) -> str:
    if high == _MAXREPEAT:
        return {0: "*", 1: "+"}.get(low, f"{{{low},}}")
    if (low, high) == (0, 1):
        return "?"
    return f"{{{low}}}" if low == high else f"{{{low},{high}}}"


def _anchor(where: str) -> str:
    anchors = {
        "AT_BEGINNING": "^",
        "AT_BEGINNING_STRING": "^",
        "AT_END": f"(?=\\n?{END})",  # Python's `$`: the end, or before a final newline
        "AT_END_STRING": END,
        "AT_BOUNDARY": "\\b",
        "AT_NON_BOUNDARY": "\\B",
    }
    if where not in anchors:
        raise Untranslatable(f"anchor {where} has no ECMA-262 form")
    return anchors[where]


def _literal(char: str) -> str:
    if char in _SYNTAX:
        return "\\" + char
    return _printable(char)


def _printable(char: str) -> str:
    if char in _CLASS_ESCAPES:
        return _CLASS_ESCAPES[char]
    if not char.isprintable() or char.isspace() and char != " ":
        if ord(char) > 0xFFFF:
            raise Untranslatable("a non-printable character outside the BMP")
        return f"\\u{ord(char):04x}"
    return char


def _class_char(char: str) -> str:
    return "\\" + char if char in _CLASS_SYNTAX else _printable(char)


def _class(items: Any) -> str:
    items = list(items)
    negate = bool(items) and str(items[0][0]) == "NEGATE"
    if negate:
        items = items[1:]
    if len(items) == 1 and str(items[0][0]) == "CATEGORY" and not negate:
        negated = _NEGATED_CATEGORY.get(str(items[0][1]))
        if negated is not None:
            return f"[^{_CATEGORY_CLASS[negated]}]"
    parts: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            parts.append(_class_char(chr(arg)))
        elif name == "RANGE":
            low, high = arg
            parts.append(f"{_class_char(chr(low))}-{_class_char(chr(high))}")
        elif name == "CATEGORY" and str(arg) in _CATEGORY_CLASS:
            parts.append(_CATEGORY_CLASS[str(arg)])
        else:
            raise Untranslatable(f"{str(arg).lower()} inside a character class")
    return f"[{'^' if negate else ''}{''.join(parts)}]"
