"""Defaults for the command line from `[tool.yc-codegen]` in ./pyproject.toml.

    [tool.yc-codegen]
    docs = "specs"          # DOCS
    output = "generated"    # -o OUT
    package = "ycrest"      # --package-root
    api-host = "api.cloud.yandex.net"
    include = ["backup.*"]  # API package globs
    exclude = []

    [tool.yc-codegen.diff]  # levels of `yc-codegen diff` rules (docs/diff-rules.md)
    field-deprecated = "warning"               # every audience
    enum-value-added = { wire = "info" }       # some: wire, python-sdk, stub

Paths are relative to the directory holding pyproject.toml. Flags override every key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

FILE_NAME = "pyproject.toml"
_STRING_KEYS = ("docs", "output", "package", "api-host")
_LIST_KEYS = ("include", "exclude")
_TABLE_KEYS = ("diff",)


class ConfigError(Exception):
    """The settings are unreadable or have the wrong shape (a usage error)."""


@dataclass(frozen=True, slots=True)
class Config:
    docs: Path | None = None
    output: Path | None = None
    package: str | None = None
    api_host: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    # rule id -> level, or -> {audience: level}; checked against the rules by generator.diff
    diff_levels: Mapping[str, object] = field(default_factory=dict)


def load_config(directory: Path) -> Config:
    """Read `directory/pyproject.toml`; no file or no table gives an empty Config."""
    path = directory / FILE_NAME
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        return Config()
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: error: cannot read: {exc}") from None
    table = data.get("tool", {}).get("yc-codegen", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: error: [tool.yc-codegen] must be a table")
    unknown = sorted(set(table) - set(_STRING_KEYS) - set(_LIST_KEYS) - set(_TABLE_KEYS))
    if unknown:
        raise ConfigError(f"{path}: error: [tool.yc-codegen]: unknown key(s): {', '.join(unknown)}")
    for key in _STRING_KEYS:
        if key in table and not (isinstance(table[key], str) and table[key]):
            raise ConfigError(f"{path}: error: [tool.yc-codegen] {key} must be a non-empty string")
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if isinstance(value, str):
            table[key] = [value]
        elif not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"{path}: error: [tool.yc-codegen] {key} must be a list of globs")
    diff_levels = table.get("diff", {})
    if not isinstance(diff_levels, dict) or not all(
        isinstance(v, str) or (isinstance(v, dict) and all(isinstance(x, str) for x in v.values()))
        for v in diff_levels.values()
    ):
        raise ConfigError(
            f"{path}: error: [tool.yc-codegen.diff] maps rule ids to a level or to a table "
            "of levels per audience"
        )
    return Config(
        docs=directory / table["docs"] if "docs" in table else None,
        output=directory / table["output"] if "output" in table else None,
        package=table.get("package"),
        api_host=table.get("api-host"),
        include=tuple(table.get("include", ())),
        exclude=tuple(table.get("exclude", ())),
        diff_levels=diff_levels,
    )
