"""YAML front matter, read with YAML 1.2 scalars.

PyYAML's safe loader follows YAML 1.1, where an unquoted `OFF`, `on`, `yes` or `No` is a
boolean, `1:30` is the integer 90, `012` is octal and `2024-01-01` a date. In the docs those
are enum values and patterns, so here only `true`/`false` are booleans and only plain
decimal, hex (`0x`) and float literals are numbers; everything else stays the string that
was written.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_CORE_SCALARS: list[tuple[str, re.Pattern[str], str]] = [
    (_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (_INT, re.compile(r"^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        _FLOAT,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+0123456789.",
    ),
]


def _core_schema_resolvers() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """SafeLoader's implicit resolvers with YAML 1.1 booleans and numbers swapped for 1.2's."""
    resolvers = {
        first: [(tag, rx) for tag, rx in entries if tag not in (_BOOL, _INT, _FLOAT, _TIMESTAMP)]
        for first, entries in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    for tag, regexp, firsts in _CORE_SCALARS:
        for first in firsts:
            resolvers.setdefault(first, []).append((tag, regexp))
    return resolvers


# libyaml's parser when PyYAML has it (several times faster); both build the same data.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FrontMatterLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading with YAML 1.2 core-schema booleans and numbers."""


FrontMatterLoader.yaml_implicit_resolvers = _core_schema_resolvers()


def _int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> int:
    value = str(loader.construct_scalar(node))
    return int(value, 16) if value.startswith("0x") else int(value)


FrontMatterLoader.add_constructor(_INT, _int)


def load_front_matter(text: str) -> Any:
    # A SafeLoader subclass: only plain data types are constructed.
    return yaml.load(text, Loader=FrontMatterLoader)
