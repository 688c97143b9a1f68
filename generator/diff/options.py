"""The `diff` command's own flags, and what they resolve to. The CLI (generator/cli.py) adds
these to its `diff` subcommand and hands the parsed result here."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .report import WRITERS
from .rules import Level, OverrideError, Rule, with_overrides

USAGE = """\
compare two versions of the docs: OLD and NEW folders, or DOCS as of git revision --base
(against the working tree, or against --head)"""

EPILOG = """\
examples:
  yc-codegen diff old/_api-ref new/_api-ref          two folders
  yc-codegen diff docs --base origin/main            the working tree against a revision
  yc-codegen diff docs --base v1.2 --head HEAD       two revisions, nothing checked out
  yc-codegen diff docs --base main --fail-on breaking --format markdown

exit codes:
  0    the report was printed (and nothing reached the --fail-on level)
  1    a change at the --fail-on level; or a broken page on either side
  2    usage error (bad flags, unknown revision, bad [tool.yc-codegen.diff])

levels per rule: docs/diff-rules.md; override them in [tool.yc-codegen.diff]."""


class OptionsError(ValueError):
    """A usage error in the diff flags or settings."""


@dataclass(frozen=True, slots=True)
class DiffOptions:
    old: Path | None  # OLD folder; None when OLD is read from git (--base)
    new: Path | None  # NEW folder; None when NEW is read from git (--head)
    base: str | None
    head: str | None
    format: str
    fail_on: Level | None
    show_all: bool
    changelog: Path | None
    rules: Mapping[str, Rule]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("new", nargs="?", metavar="NEW", help="NEW docs folder")
    parser.add_argument("--base", metavar="REV", help="read OLD from git: DOCS as of REV")
    parser.add_argument(
        "--head", metavar="REV", help="read NEW from git too: DOCS as of REV (needs --base)"
    )
    parser.add_argument("--format", choices=tuple(WRITERS), default="text", help="report format")
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "warning"),
        help="exit 1 when a change reaches this level (for any audience)",
    )
    parser.add_argument(
        "--all", action="store_true", dest="show_all", help="show description changes too"
    )
    parser.add_argument(
        "--changelog", metavar="FILE", help="prepend a section to this CHANGELOG.md"
    )


def resolve(args: argparse.Namespace, docs: Path, overrides: Mapping[str, object]) -> DiffOptions:
    """`docs` is the first positional (or the configured docs folder)."""
    if args.head is not None and args.base is None:
        raise OptionsError("--head needs --base")
    if args.base is not None and args.new is not None:
        raise OptionsError("give OLD and NEW folders, or DOCS with --base, not both")
    if args.base is None and args.new is None:
        raise OptionsError("expected OLD and NEW folders, or DOCS with --base REV")
    try:
        rules = with_overrides(overrides)
    except OverrideError as exc:
        raise OptionsError(f"[tool.yc-codegen.diff]: {exc}") from None
    from_git = args.base is not None
    return DiffOptions(
        old=None if from_git else docs,
        new=(None if args.head is not None else docs) if from_git else Path(args.new),
        base=args.base,
        head=args.head,
        format=args.format,
        fail_on=Level[args.fail_on.upper()] if args.fail_on else None,
        show_all=args.show_all,
        changelog=Path(args.changelog) if args.changelog else None,
        rules=rules,
    )
