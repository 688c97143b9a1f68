"""`yc-codegen diff`: load both sides, compare, report, and decide the exit code."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .. import build
from .. import cache as cache_mod
from ..build import BuildOptions, Loader, LoadResultLike
from ..cache import Cache
from ..diagnostics import Diagnostics
from ..model import Api
from . import changelog
from .classify import classify
from .git_source import GitError
from .model_diff import diff_models
from .options import DiffOptions
from .report import WRITERS
from .rules import Level
from .sources import load_folder, load_revision

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


class Console(Protocol):
    def out(self, text: str) -> None: ...
    def info(self, text: str) -> None: ...
    def problem(self, text: str) -> None: ...
    def diagnostics(self, diagnostics: Diagnostics) -> None: ...


class SideError(Exception):
    """One side could not be read at all (a missing folder, a folder without pages)."""


@dataclass(frozen=True)
class Sources:
    """Where the sides are read from, and through which cache (None: parse everything)."""

    docs: Path
    jobs: int
    loader: Loader
    cache: Cache | None
    fingerprint: str | None
    scope: ExitStack  # keeps a revision's exported pages until the comparison is done

    def load(self, folder: Path | None, revision: str | None) -> LoadResultLike:
        if folder is not None:
            if not folder.is_dir():
                raise SideError(
                    f"{folder}: error: {'not a folder' if folder.exists() else 'no such folder'}"
                )
            return load_folder(
                folder,
                jobs=self.jobs,
                loader=self.loader,
                cache=self.cache,
                fingerprint=self.fingerprint,
            )
        assert revision is not None
        return load_revision(
            self.docs,
            revision,
            jobs=self.jobs,
            cache=self.cache,
            fingerprint=self.fingerprint,
            scope=self.scope,
        )


def run(
    options: DiffOptions,
    *,
    docs: Path,
    build_options: BuildOptions,
    jobs: int,
    console: Console,
    loader: Loader = build.default_loader,
    cache: Cache | None = None,
) -> int:
    with ExitStack() as scope:
        fingerprint = cache_mod.fingerprint() if cache is not None else None
        sources = Sources(docs, jobs, loader, cache, fingerprint, scope)
        return _compare(options, sources, build_options, console)


def _compare(
    options: DiffOptions, sources: Sources, build_options: BuildOptions, console: Console
) -> int:
    docs = sources.docs
    try:
        old = sources.load(options.old, options.base)
        new = sources.load(options.new, options.head)
    except GitError as exc:
        console.problem(f"{docs}: error: {exc}")
        return EXIT_USAGE
    except SideError as exc:
        console.problem(str(exc))
        return EXIT_FOUND
    labels = (options.base or str(options.old), options.head or str(options.new))
    broken = False
    for label, side in zip(labels, (old, new), strict=True):
        console.diagnostics(side.diagnostics)
        if side.diagnostics.has_errors():
            broken = True
            console.problem(f"{label}: error: the docs have errors (above); not compared")
        elif not side.pages:
            broken = True
            console.problem(f"{label}: error: no pages found (expected *.md files)")
    if broken:
        return EXIT_FOUND
    apis_old, apis_new = _apis_to_compare(old, new, build_options)
    report = classify(diff_models(apis_old, apis_new), options.rules, show_all=options.show_all)
    fail_on = options.fail_on
    # Without --fail-on, the JUnit report marks breaking changes as failures.
    console.out(WRITERS[options.format](report, fail_on or Level.BREAKING).rstrip("\n"))
    if options.format != "text":
        console.info(report.summary())
    if options.changelog is not None:
        try:
            changelog.prepend(options.changelog, changelog.section(report))
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            console.problem(f"{options.changelog}: error: cannot update the changelog: {reason}")
            return EXIT_FOUND
        console.info(f"{options.changelog}: section prepended")
    return EXIT_FOUND if fail_on is not None and report.has(fail_on) else EXIT_OK


def _apis_to_compare(
    old: LoadResultLike, new: LoadResultLike, options: BuildOptions
) -> tuple[dict[str, Api], dict[str, Api]]:
    """The selected APIs of each side, but those whose pages are the same bytes on both
    sides (equal content keys, pipeline.content_key): their models are equal, so they are
    neither loaded from the cache nor compared."""
    keys_old = getattr(old, "content_keys", None) or {}
    keys_new = getattr(new, "content_keys", None) or {}
    same = {p for p, key in keys_old.items() if keys_new.get(p) == key}
    return (
        {p: old.apis[p] for p in build.selected(old.apis, options) if p not in same},
        {p: new.apis[p] for p in build.selected(new.apis, options) if p not in same},
    )
