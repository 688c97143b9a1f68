"""Meaning of a field's description cell: required, deprecated, oneof, limits, enum values.

The docs generator writes these as fixed sentences, in two generations of wording; each
sentence form is one pattern below. The sentences stay in the description text (they are
documentation too); the enum value list is moved into the enum.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from ..model import Constraints, EnumValue

_md = MarkdownIt("commonmark").disable("inline")  # block structure only: lists and items

_REQUIRED = re.compile(r"(?:^|\s)(?:Required field\.|This field is required\.)(?=\s|$)")
_DEPRECATED = re.compile(r"(?:^|\s)Deprecated\.(?=\s|$)")
_ONEOF = re.compile(r"Includes only one of the fields ((?:`[A-Za-z0-9_]+`(?:,\s*)?)+)\.?")
_ONEOF_MEMBER = re.compile(r"`([A-Za-z0-9_]+)`")
# One item of an enum value list: `` - `VALUE`: what it means ``. The value is any code span
# (a value need not be an identifier); items of other shapes are still values (see
# _loose_values).
_ENUM_ITEM = re.compile(r"[-*+]\s+`([^`\s]+)`(?::\s*(.*))?", re.DOTALL)
_LEADING_CODE = re.compile(
    r"[-*+]\s+((?:`[^`]+`(?:\s*(?:,|or|and|/)\s*)?)+)(?::\s*(.*))?", re.DOTALL
)
_CODE_SPAN = re.compile(r"`\s*([^`]+?)\s*`")
_LEADING_WORD = re.compile(r"[-*+]\s+([^\s:]+):?\s*(.*)", re.DOTALL)

_NUM = r"(-?\d+(?:\.\d+)?)"
# A code span of any backtick run length; group "code" is its content.
_CODE = r"(?P<tick>`+)\s?(?P<code>.+?)\s?(?P=tick)"


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


@dataclass(slots=True)
class CellFacts:
    description: str
    required: bool = False
    deprecated: bool = False
    oneof: list[str] | None = None  # member names, as listed
    constraints: Constraints = field(default_factory=Constraints)
    enum_values: list[EnumValue] | None = None  # None when the cell has no value list
    # Items of the value list not in the `` - `VALUE`: text `` form, as written: their values
    # are kept as well as the parser can read them, and the page warns.
    loose_enum_items: list[str] = field(default_factory=list)


def _set(c: Constraints, **values: object) -> None:
    for name, value in values.items():
        setattr(c, name, value)


# Each sentence form and the constraint attributes its numbers fill, in order.
_LENGTH_RULES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"The maximum string length in characters is " + _NUM + r"\."), ("max_length",)),
    (re.compile(r"The length must be less than or equal to " + _NUM + r"\."), ("max_length",)),
    (re.compile(r"The length must be greater than or equal to " + _NUM + r"\."), ("min_length",)),
    (
        re.compile(
            r"The (?:string )?length (?:in characters )?must be " + _NUM + "-" + _NUM + r"\."
        ),
        ("min_length", "max_length"),
    ),
    (
        re.compile(r"The length must be between " + _NUM + " and " + _NUM + r"\."),
        ("min_length", "max_length"),
    ),
    (
        re.compile(r"The length of each element must be between " + _NUM + " and " + _NUM + r"\."),
        ("min_length", "max_length"),
    ),
    (
        re.compile(r"The length of each element must be less than or equal to " + _NUM + r"\."),
        ("max_length",),
    ),
    (
        re.compile(r"The maximum string length in characters for each value is " + _NUM + r"\."),
        ("max_length",),
    ),
    (
        re.compile(
            r"The string length in characters for each value must be " + _NUM + "-" + _NUM + r"\."
        ),
        ("min_length", "max_length"),
    ),
    (
        re.compile(r"The length of each map value must be less than or equal to " + _NUM + r"\."),
        ("max_length",),
    ),
    (
        re.compile(
            r"The length of each map value must be between " + _NUM + " and " + _NUM + r"\."
        ),
        ("min_length", "max_length"),
    ),
    (
        re.compile(r"The maximum string length in characters for each key is " + _NUM + r"\."),
        ("key_max_length",),
    ),
    (
        re.compile(
            r"The string length in characters for each key must be " + _NUM + "-" + _NUM + r"\."
        ),
        ("key_min_length", "key_max_length"),
    ),
    (
        re.compile(r"The length of each map key must be between " + _NUM + " and " + _NUM + r"\."),
        ("key_min_length", "key_max_length"),
    ),
    (
        re.compile(r"The length of each map key must be less than or equal to " + _NUM + r"\."),
        ("key_max_length",),
    ),
    (re.compile(r"The maximum number of elements is " + _NUM + r"\."), ("max_items",)),
    (
        re.compile(r"The number of elements must be less than or equal to " + _NUM + r"\."),
        ("max_items",),
    ),
    (
        re.compile(r"The number of elements must be greater than or equal to " + _NUM + r"\."),
        ("min_items",),
    ),
    (
        re.compile(r"The number of elements must be between " + _NUM + " and " + _NUM + r"\."),
        ("min_items", "max_items"),
    ),
    (
        re.compile(r"The number of elements must be in the range " + _NUM + "-" + _NUM + r"\."),
        ("min_items", "max_items"),
    ),
    (
        re.compile(r"The value must be between " + _NUM + " and " + _NUM + r"\."),
        ("minimum", "maximum"),
    ),
    (
        re.compile(r"Acceptable values are " + _NUM + " to " + _NUM + r", inclusive\."),
        ("minimum", "maximum"),
    ),
    (
        re.compile(r"(?:The value|Value) must be greater than or equal to " + _NUM + r"\."),
        ("minimum",),
    ),
    (
        re.compile(r"(?:The value|Value) must be less than or equal to " + _NUM + r"\."),
        ("maximum",),
    ),
    (
        re.compile(r"(?:The value|Value) must be greater than " + _NUM + r"\."),
        ("exclusive_minimum",),
    ),
    (re.compile(r"(?:The value|Value) must be less than " + _NUM + r"\."), ("exclusive_maximum",)),
    (re.compile(r"(?:The value|Value) must be " + _NUM + " or greater" + r"\."), ("minimum",)),
    (re.compile(r"The maximum value is " + _NUM + r"\."), ("maximum",)),
    (re.compile(r"The minimum value is " + _NUM + r"\."), ("minimum",)),
]
_MIN_ONE_ELEMENT = re.compile(r"Must contain at least one element\.")
_KEY_PATTERN = re.compile(r"Each (?:map )?key must match the regular expression:?\s*" + _CODE)
_VALUE_PATTERN = re.compile(r"Each (?:map )?value must match the regular expression:?\s*" + _CODE)
_PATTERN = re.compile(r"(?:The value|Value) must match the regular expression:?\s*" + _CODE)
_SATISFY = re.compile(r"The value must satisfy: (.+?)\.(?:\s|$)")


def _table_unescape(pattern: str) -> str:
    """A `|` inside a table cell is written `\\|` (older pages: `\\\\|`) so it does not end
    the cell; the pattern itself has a plain `|` (`|[a-z]...`: empty, or a name)."""
    return pattern.replace("\\\\|", "|").replace("\\|", "|")


def _flatten(text: str) -> str:
    """One line, single spaces: the sentences below may wrap anywhere."""
    return " ".join(text.split())


def parse_constraints(text: str) -> Constraints:
    return _constraints(_flatten(text))


def _constraints(flat: str) -> Constraints:
    c = Constraints()
    for pattern, names in _LENGTH_RULES:
        m = pattern.search(flat)
        if m:
            _set(c, **{name: _number(v) for name, v in zip(names, m.groups())})
    if _MIN_ONE_ELEMENT.search(flat) and c.min_items is None:
        c.min_items = 1
    m = _KEY_PATTERN.search(flat)
    if m:
        c.key_pattern = _table_unescape(m.group("code"))
    m = _VALUE_PATTERN.search(flat) or _PATTERN.search(flat)
    if m:
        c.pattern = _table_unescape(m.group("code"))
    for m in _SATISFY.finditer(flat):
        c.notes.append(m.group(1))
    return c


def oneof_members(text: str) -> list[str] | None:
    return _oneof_members(_flatten(text))


def _oneof_members(flat: str) -> list[str] | None:
    m = _ONEOF.search(flat)
    return _ONEOF_MEMBER.findall(m.group(1)) if m else None


def oneof_name(members: list[str]) -> str:
    """The docs do not name oneof groups; a group is named after its members, which is stable
    and unique within a message (a field belongs to at most one group)."""
    return "_or_".join(members)


def _split_enum_list(description: str) -> tuple[str, list[EnumValue] | None, list[str]]:
    """Find the bullet list of `` `VALUE` `` items; return the description without it, the
    values (None when there is no such list) and the items not in the usual form.

    A top-level bullet list is the value list when any of its items starts with a code
    span; every item of it gives values, so a value list is never lost to one odd item."""
    lines = description.split("\n")
    tokens = _md.parse(description)
    depth = 0
    for index, token in enumerate(tokens):
        if token.type == "bullet_list_open" and depth == 0 and token.map is not None:
            start, end = token.map
            items = _list_items(tokens, index, lines)
            matches = [_ENUM_ITEM.fullmatch(item) for item in items]
            if any(matches):
                values: list[EnumValue] = []
                loose: list[str] = []
                for item, m in zip(items, matches, strict=True):
                    if m is not None:
                        values.append(EnumValue(m.group(1), _tidy(m.group(2) or "")))
                    else:
                        loose.append(item)
                        values.extend(_loose_values(item))
                rest = "\n".join(lines[:start] + lines[end:])
                return _tidy(rest), values, loose
        if token.nesting == 1:
            depth += 1
        elif token.nesting == -1:
            depth -= 1
    return description, None, []


def _loose_values(item: str) -> list[EnumValue]:
    """Values of a list item in another form: every code span before the colon
    (`` - `A`, `B`: both ``), else the first word (`- NAME: text`)."""
    m = _LEADING_CODE.fullmatch(item)
    if m is not None:
        text = _tidy(m.group(2) or "")
        return [EnumValue(code, text) for code in _CODE_SPAN.findall(m.group(1))]
    m = _LEADING_WORD.fullmatch(item)
    if m is not None:
        return [EnumValue(m.group(1).strip("`*_"), _tidy(m.group(2)))]
    return []


def _list_items(tokens: list, start: int, lines: list[str]) -> list[str]:  # type: ignore[type-arg]
    """Source text of each top-level item of the list opened at tokens[start]."""
    items: list[str] = []
    depth = 0
    for token in tokens[start:]:
        if token.nesting == 1:
            depth += 1
            if token.type == "list_item_open" and depth == 2 and token.map is not None:
                a, b = token.map
                items.append("\n".join(lines[a:b]).strip())
        elif token.nesting == -1:
            depth -= 1
            if depth == 0:
                break
    return items


def _tidy(text: str) -> str:
    """Trim, and collapse runs of blank lines left where a list was cut out."""
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def analyze(description: str, *, expect_enum: bool) -> CellFacts:
    text = _tidy(description)
    values: list[EnumValue] | None = None
    loose: list[str] = []
    if expect_enum:
        text, values, loose = _split_enum_list(text)
    flat = _flatten(text)
    return CellFacts(
        description=text,
        required=bool(_REQUIRED.search(text)),
        deprecated=bool(_DEPRECATED.search(text)),
        oneof=_oneof_members(flat),
        constraints=_constraints(flat),
        enum_values=values,
        loose_enum_items=loose,
    )
