"""An enum's value list, checked: never lost, and every oddity said out loud.

The docs list an enum's values under the field that uses it. Whatever the list holds is kept:
an item in another form than `` - `VALUE`: text `` still gives its values, a value that is not
an identifier (or is a Python keyword) is kept as written (the generated SDK names its member
safely, the wire value stays), a value listed twice is kept once. Each case is a warning; an
enum with no value at all cannot be rendered faithfully and is an error on the page.
"""

from __future__ import annotations

import keyword
import re

from ..diagnostics import Diagnostics
from ..model import EnumType, EnumValue, Location

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def checked_values(
    values: list[EnumValue],
    loose_items: list[str],
    field_name: str,
    location: Location,
    diagnostics: Diagnostics,
) -> list[EnumValue]:
    """The values to keep, once each, in listed order; warnings for what is unusual."""
    for item in loose_items:
        first_line = item.split("\n", 1)[0]
        diagnostics.warning(
            location,
            f"enum field {field_name!r}: list item {first_line!r} is not "
            "`` - `VALUE`: description ``; its values are read as well as they can be",
            "enum-value-form",
        )
    kept: list[EnumValue] = []
    seen: set[str] = set()
    for value in values:
        if value.name in seen:
            diagnostics.warning(
                location,
                f"enum field {field_name!r} lists {value.name!r} twice; kept once",
                "enum-value-duplicate",
            )
            continue
        seen.add(value.name)
        if not _IDENTIFIER.fullmatch(value.name) or keyword.iskeyword(value.name):
            diagnostics.warning(
                location,
                f"enum field {field_name!r}: value {value.name!r} is not usable as a Python "
                "name; kept as the wire value, its SDK member gets a safe name",
                "enum-value-name",
            )
        kept.append(value)
    return kept


def report_empty(enums: list[EnumType], diagnostics: Diagnostics) -> None:
    """An enum whose field lists no value (neither the table nor apiPlayground) is an error:
    the SDK and the OpenAPI document would say the field takes no value."""
    for enum_type in enums:
        if not enum_type.values:
            diagnostics.error(
                enum_type.location,
                f"enum {enum_type.name} lists no values (no `` - `VALUE` `` list under the "
                "field, none in apiPlayground)",
                "enum-values",
            )
