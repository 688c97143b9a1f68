"""Stable YAML text for OpenAPI documents.

Keys keep the order the builder chose (`sort_keys=False`); multi-line strings come out as
literal blocks; shared sub-dicts never turn into anchors; and any string a YAML 1.1 or 1.2
reader could take for a number, bool or null is quoted, so `OFF`, `yes`, `1e3` stay strings.
"""

from __future__ import annotations

import re
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]  # types-PyYAML is optional

# YAML 1.2 core-schema scalars that PyYAML's 1.1 resolver would leave unquoted.
_YAML12_SPECIAL = re.compile(
    r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
)


# libyaml's emitter when PyYAML has it (five times faster); the pure-Python one emits the
# same text (tests compare the two on the corpus), so output does not depend on the machine.
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# No line is ever folded; libyaml takes the width as a C int.
_NO_WRAP = 2**31 - 1


class _NoAliases:
    """Shared sub-dicts are written out each time, never as anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _Dumper(_NoAliases, _BaseDumper):  # type: ignore[misc, valid-type, unused-ignore]
    pass


class _PureDumper(_NoAliases, yaml.SafeDumper):  # type: ignore[misc, unused-ignore]
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if _YAML12_SPECIAL.fullmatch(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Dumper.add_representer(str, _represent_str)
_PureDumper.add_representer(str, _represent_str)


def dump_yaml(document: dict[str, Any], *, pure: bool = False) -> str:
    """The document as YAML text; `pure` forces PyYAML's Python emitter (for tests)."""
    text: str = yaml.dump(
        document,
        Dumper=_PureDumper if pure else _Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=_NO_WRAP,
        default_flow_style=False,
    )
    return text
