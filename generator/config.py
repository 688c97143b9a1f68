"""Defaults for the command line from `[tool.yc-codegen]` in ./pyproject.toml.

    [tool.yc-codegen]
    docs = "specs"          # DOCS
    output = "generated"    # -o OUT
    package = "ycrest"      # --package-root
    api-host = "api.cloud.yandex.net"
    include = ["backup.*"]  # API package globs
    exclude = []

Paths are relative to the directory holding pyproject.toml. Flags override every key.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "pyproject.toml"
_STRING_KEYS = ("docs", "output", "package", "api-host")
_LIST_KEYS = ("include", "exclude")


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
    unknown = sorted(set(table) - set(_STRING_KEYS) - set(_LIST_KEYS))
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
    return Config(
        docs=directory / table["docs"] if "docs" in table else None,
        output=directory / table["output"] if "output" in table else None,
        package=table.get("package"),
        api_host=table.get("api-host"),
        include=tuple(table.get("include", ())),
        exclude=tuple(table.get("exclude", ())),
    )
