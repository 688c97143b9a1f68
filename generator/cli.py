"""The `yc-codegen` command line: argument parsing, settings, and the five commands.

Problems are printed as `path:line: error: message` on stderr. Nothing is written to OUT
unless the whole build succeeded (or `--keep-going` was given); see output.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import build
from .build import BuildOptions, Loader, Renderer
from .cache import DEFAULT_DIR as DEFAULT_CACHE_DIR
from .cache import PRUNE_EVERY_HOURS, Cache, fingerprint, page_hashes
from .config import Config, ConfigError, load_config
from .diagnostics import Diagnostics
from .diff import options as diff_options
from .docs_tree import page_names
from .file_hashes import FileHashes
from .output import OutputError, compare, ensure_writable, unified_diff, with_manifest, write
from .progress import ProgressBar
from .render.options import RenderOptions

PROG = "yc-codegen"
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

DESCRIPTION = """\
Turn the Yandex Cloud REST API reference (markdown pages) into OpenAPI 3.1 documents and a
typed Python SDK with server stubs."""

EPILOG = """\
examples:
  yc-codegen generate specs -o generated      OpenAPI documents and the Python SDK
  yc-codegen openapi specs -o out/openapi     OpenAPI documents only, directly in out/openapi
  yc-codegen check                            is the output up to date? (defaults below)
  yc-codegen check specs -o generated --diff  ... and show what would change
  yc-codegen lint specs --format json         documentation inconsistencies, as JSON
  yc-codegen list specs --include 'backup.*'  APIs, services and methods found
  yc-codegen generate --keep-going            write what is sound despite errors
  yc-codegen diff docs --base main            what changed in the API since main

defaults:
  DOCS, OUT, --package-root, --api-host, --include and --exclude default to the keys
  docs, output, package, api-host, include and exclude of [tool.yc-codegen] in
  ./pyproject.toml; flags override them. Globs match the API package
  (yandex.cloud.backup.v1) or its short name (backup.v1).

exit codes:
  0    success; for check: the output is up to date
  1    problems found: errors in the docs, stale output (check), unwritable output,
       internal error
  2    usage error
  130  interrupted; the output folder is left as it was
"""

_PACKAGE_ROOT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")


class UsageError(Exception):
    pass


class Problem(Exception):
    """A reported failure: the message is printed as is and the exit code is 1."""


@dataclass(frozen=True, slots=True)
class Settings:
    command: str
    docs: Path
    out: Path | None
    options: BuildOptions
    jobs: int
    keep_going: bool
    quiet: bool
    verbose: bool
    cache_dir: Path | None
    format: str
    diff: bool
    compare: diff_options.DiffOptions | None = None  # the `diff` command's options


class Console:
    """Where messages go: results to stdout, everything else to stderr."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def out(self, text: str) -> None:
        print(text, file=sys.stdout)

    def info(self, text: str) -> None:
        if not self.quiet:
            print(text, file=sys.stderr)

    def detail(self, text: str) -> None:
        if self.verbose:
            print(text, file=sys.stderr)

    def problem(self, text: str) -> None:
        print(text, file=sys.stderr)

    def diagnostics(self, diagnostics: Diagnostics) -> None:
        """Errors always; warnings with --verbose, otherwise a count pointing at `lint`."""
        for d in diagnostics.errors:
            self.problem(str(d))
        warnings = diagnostics.warnings
        if self.verbose:
            for d in warnings:
                self.problem(str(d))
        elif warnings:
            self.info(f"{len(warnings)} warning(s); run `{PROG} lint` to see them")


# ---- argument parsing ------------------------------------------------------------------


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    tuning = argparse.ArgumentParser(add_help=False)
    tuning.add_argument(
        "--jobs", "-j", type=_jobs, metavar="N", help="parallel jobs (default: CPUs)"
    )
    talk = tuning.add_mutually_exclusive_group()
    talk.add_argument("--quiet", "-q", action="store_true", help="print errors only")
    talk.add_argument(
        "--verbose", "-v", action="store_true", help="print warnings, files, tracebacks"
    )
    tuning.add_argument(
        "--include", action="append", metavar="GLOB", help="only these APIs (repeatable)"
    )
    tuning.add_argument(
        "--exclude", action="append", metavar="GLOB", help="not these APIs (repeatable)"
    )
    common = argparse.ArgumentParser(add_help=False, parents=[tuning])
    common.add_argument("docs", nargs="?", metavar="DOCS", help="docs folder (default: docs)")

    rendering = argparse.ArgumentParser(add_help=False)
    rendering.add_argument("-o", "--output", metavar="OUT", help="output folder (default: output)")
    rendering.add_argument(
        "--package-root", metavar="NAME", help="import root of the SDK (default: package)"
    )
    rendering.add_argument(
        "--api-host", metavar="HOST", help="the cloud's API domain (default: api-host)"
    )
    rendering.add_argument(
        "--keep-going", action="store_true", help="write what is sound despite errors; still exit 1"
    )
    caching = argparse.ArgumentParser(add_help=False)
    caching.add_argument(
        "--cache-dir", metavar="DIR", help=f"cache folder (default: {DEFAULT_CACHE_DIR}/)"
    )
    caching.add_argument(
        "--no-cache",
        action="store_true",
        help="parse and render everything; do not read or write the cache",
    )

    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--format", choices=("text", "json"), default="text", help="output format")

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str, help_: str, parents: list[argparse.ArgumentParser]
    ) -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_,
            description=help_,
            parents=parents,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    writing = [common, rendering, caching]
    add("generate", "write OpenAPI documents and the Python SDK into OUT", writing)
    add("openapi", "write OpenAPI documents only, directly into OUT", writing)
    check = add("check", "exit 1 naming the files when OUT is stale; writes nothing", writing)
    check.add_argument("--diff", action="store_true", help="print a unified diff of the changes")
    add("lint", "print documentation inconsistencies found while merging pages", [common, fmt])
    add("list", "print the APIs, services and methods found", [common, fmt])
    diff = commands.add_parser(
        "diff",
        help="what changed in the API between two versions of the docs",
        description=diff_options.USAGE,
        parents=[tuning, caching],
        epilog=diff_options.EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("docs", nargs="?", metavar="OLD", help="OLD docs folder, or DOCS with --base")
    diff_options.add_arguments(diff)
    return parser


def resolve(args: argparse.Namespace, config: Config) -> Settings:
    """Flags over [tool.yc-codegen] over built-in defaults."""
    docs = Path(args.docs) if args.docs else config.docs
    if docs is None:
        raise UsageError("DOCS is required (or set `docs` in [tool.yc-codegen])")
    writes = args.command in ("generate", "openapi", "check")
    out: Path | None = None
    if writes:
        out = Path(args.output) if args.output else config.output
        if out is None:
            raise UsageError("-o OUT is required (or set `output` in [tool.yc-codegen])")
    defaults = RenderOptions()
    package_root = getattr(args, "package_root", None) or config.package or defaults.package_root
    if not _PACKAGE_ROOT.match(package_root):
        raise UsageError(f"--package-root: not a Python package name: {package_root!r}")
    api_host = getattr(args, "api_host", None) or config.api_host or defaults.api_host
    if not api_host or any(c in api_host for c in "/: \t"):
        raise UsageError(f"--api-host: expected a domain like api.cloud.yandex.net: {api_host!r}")
    openapi_only = args.command == "openapi"
    options = BuildOptions(
        render=RenderOptions(package_root=package_root, api_host=api_host),
        renderers=("openapi",) if openapi_only else tuple(build.RENDERER_MODULES),
        strip_prefix=build.OPENAPI_PREFIX if openapi_only else "",
        include=tuple(args.include) if args.include is not None else config.include,
        exclude=tuple(args.exclude) if args.exclude is not None else config.exclude,
    )
    cache_dir: Path | None = None
    if (writes or args.command == "diff") and not args.no_cache:
        cache_dir = Path(args.cache_dir) if args.cache_dir else DEFAULT_CACHE_DIR
    return Settings(
        command=args.command,
        docs=docs,
        out=out,
        options=options,
        jobs=args.jobs or os.cpu_count() or 1,
        keep_going=getattr(args, "keep_going", False),
        quiet=args.quiet,
        verbose=args.verbose,
        cache_dir=cache_dir,
        format=getattr(args, "format", "text"),
        diff=getattr(args, "diff", False),
        compare=_diff_options(args, docs, config) if args.command == "diff" else None,
    )


def _diff_options(args: argparse.Namespace, docs: Path, config: Config) -> diff_options.DiffOptions:
    try:
        return diff_options.resolve(args, docs, config.diff_levels)
    except diff_options.OptionsError as exc:
        raise UsageError(str(exc)) from None


# ---- commands --------------------------------------------------------------------------


@dataclass(slots=True)
class Context:
    settings: Settings
    console: Console
    renderers: Mapping[str, Renderer] | None
    loader: Loader


def _pages(docs: Path) -> list[str]:
    if not docs.is_dir():
        raise Problem(
            f"{docs}: error: no such folder"
            if not docs.exists()
            else f"{docs}: error: not a folder"
        )
    pages = page_names(docs)
    if not pages:
        raise Problem(f"{docs}: error: no pages found (expected *.md files)")
    return pages


def _build(
    ctx: Context, cache: Cache, generator_fingerprint: str, page_hashes: Mapping[str, str]
) -> build.BuildResult | None:
    """Load and render (`generator_fingerprint` is `cache.fingerprint()`, `page_hashes`
    `cache.page_hashes`); None (after printing the errors) when the docs have errors and
    --keep-going was not given."""
    s = ctx.settings
    bar = ProgressBar(enabled=not s.quiet)
    try:
        loaded = build.load(
            s.docs,
            jobs=s.jobs,
            loader=ctx.loader,
            cache=cache,
            fingerprint=generator_fingerprint,
            page_hashes=page_hashes,
        )
        if loaded.diagnostics.has_errors() and not s.keep_going:
            bar.close()
            ctx.console.diagnostics(loaded.diagnostics)
            return None
        result = build.render(
            loaded,
            s.options,
            renderers=ctx.renderers,
            cache=cache,
            keep_going=s.keep_going,
            progress=bar,
            jobs=s.jobs,
            fingerprint=generator_fingerprint,
        )
    finally:
        bar.close()
    ctx.console.diagnostics(result.diagnostics)
    for package in result.rendered:
        ctx.console.detail(f"rendered {package}")
    parsed, merged = getattr(loaded, "parsed", None), getattr(loaded, "merged", None)
    if parsed is not None and merged is not None:
        ctx.console.detail(
            f"{len(parsed)} page(s) parsed, {len(merged)} API(s) merged, "
            f"{len(result.rendered)} API(s) rendered"
        )
    return result


def cmd_write(ctx: Context) -> int:
    """`generate` and `openapi`."""
    s, console = ctx.settings, ctx.console
    assert s.out is not None
    pages = _pages(s.docs)
    ensure_writable(s.out)
    cache = Cache(s.cache_dir)
    generator_fingerprint = fingerprint()
    docs_hashes, out_hashes = FileHashes(cache, s.docs), FileHashes(cache, s.out)
    hashes = page_hashes(s.docs, pages, docs_hashes)
    docs_hashes.save()
    key = build.inputs_key(hashes, s.options, generator_fingerprint)
    recorded = cache.get_run(key)
    if recorded is not None and not compare(s.out, recorded, out_hashes):
        out_hashes.save()
        console.info(f"{s.out}: up to date")
        return EXIT_OK
    result = _build(ctx, cache, generator_fingerprint, hashes)
    if result is None:
        console.problem(f"{s.out}: not changed because of the errors above")
        return EXIT_PROBLEMS
    failed = result.diagnostics.has_errors()
    files, hashes = with_manifest(result.files, result.files.hashes)
    report = write(s.out, files, compare(s.out, hashes, out_hashes), remove=not failed)
    out_hashes.save()
    for path in report.written:
        console.detail(f"wrote {s.out / path}")
    for path in report.removed:
        console.detail(f"removed {s.out / path}")
    if not failed:
        cache.put_run(key, hashes)
        cache.prune(every_hours=PRUNE_EVERY_HOURS)
    console.info(
        f"{s.out}: {len(report.written)} written, {len(report.removed)} removed, "
        f"{report.unchanged} unchanged ({len(result.packages)} APIs)"
    )
    return EXIT_PROBLEMS if failed else EXIT_OK


def cmd_check(ctx: Context) -> int:
    s, console = ctx.settings, ctx.console
    assert s.out is not None
    pages = _pages(s.docs)
    cache = Cache(s.cache_dir)
    generator_fingerprint = fingerprint()
    docs_hashes, out_hashes = FileHashes(cache, s.docs), FileHashes(cache, s.out)
    inputs = page_hashes(s.docs, pages, docs_hashes)
    docs_hashes.save()
    key = build.inputs_key(inputs, s.options, generator_fingerprint)
    recorded = None if s.diff else cache.get_run(key)
    files: Mapping[str, str] = {}
    if recorded is not None:
        hashes = recorded
    else:
        result = _build(ctx, cache, generator_fingerprint, inputs)
        if result is None or result.diagnostics.has_errors():
            return EXIT_PROBLEMS
        files, hashes = with_manifest(result.files, result.files.hashes)
        cache.put_run(key, hashes)
    difference = compare(s.out, hashes, out_hashes)
    out_hashes.save()
    if not difference:
        console.info(f"{s.out}: up to date")
        return EXIT_OK
    for line in difference.lines(s.out):
        console.problem(line)
    if s.diff:
        console.out(unified_diff(s.out, files, difference).rstrip("\n"))
    command = "openapi" if s.options.strip_prefix else "generate"
    console.problem(f"{s.out}: out of date; run `{PROG} {command}` to update it")
    return EXIT_PROBLEMS


def cmd_lint(ctx: Context) -> int:
    s, console = ctx.settings, ctx.console
    _pages(s.docs)
    loaded = build.load(s.docs, jobs=s.jobs, loader=ctx.loader)
    items = list(loaded.diagnostics)
    if s.format == "json":
        console.out(
            json.dumps(
                [
                    {
                        "path": d.location.path,
                        "line": d.location.line,
                        "severity": d.severity.value,
                        "code": d.code,
                        "message": d.message,
                    }
                    for d in items
                ],
                indent=2,
            )
        )
    else:
        for d in items:
            console.out(str(d))
    errors = len(loaded.diagnostics.errors)
    console.info(f"{s.docs}: {errors} error(s), {len(items) - errors} warning(s)")
    return EXIT_PROBLEMS if errors else EXIT_OK


def cmd_list(ctx: Context) -> int:
    s, console = ctx.settings, ctx.console
    _pages(s.docs)
    loaded = build.load(s.docs, jobs=s.jobs, loader=ctx.loader)
    for d in loaded.diagnostics.errors:
        console.problem(str(d))
    apis = build.select(loaded.apis, s.options)
    if s.format == "json":
        listing = [
            {
                "package": api.package,
                "title": api.title,
                "services": [
                    {
                        "name": service.name,
                        "methods": [
                            {"name": m.name, "verb": m.verb, "path": m.path}
                            for m in service.methods
                        ],
                    }
                    for service in api.services.values()
                ],
            }
            for api in apis
        ]
        console.out(json.dumps(listing, indent=2))
    else:
        for api in apis:
            count = len(api.methods())
            console.out(
                f"{api.package}  {api.title}  ({len(api.services)} services, {count} methods)"
            )
            for service in api.services.values():
                console.out(f"  {service.name}")
                for m in service.methods:
                    console.out(f"    {m.name:<28} {m.verb:<6} {m.path}")
    return EXIT_PROBLEMS if loaded.diagnostics.has_errors() else EXIT_OK


def cmd_diff(ctx: Context) -> int:
    from .diff.command import run  # the diff modules load only for this command

    s = ctx.settings
    assert s.compare is not None
    return run(
        s.compare,
        docs=s.docs,
        build_options=s.options,
        jobs=s.jobs,
        console=ctx.console,
        loader=ctx.loader,
        cache=Cache(s.cache_dir) if s.cache_dir is not None else None,
    )


COMMANDS = {
    "generate": cmd_write,
    "openapi": cmd_write,
    "check": cmd_check,
    "lint": cmd_lint,
    "list": cmd_list,
    "diff": cmd_diff,
}


# ---- entry point -----------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    *,
    renderers: Mapping[str, Renderer] | None = None,
    loader: Loader = build.default_loader,
) -> int:
    """Run one command and return its exit code. `renderers` and `loader` replace the real
    ones (tests); by default the renderer modules are imported only when needed."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        settings = resolve(args, load_config(Path(".")))
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except UsageError as exc:
        print(f"{PROG} {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    console = Console(settings.quiet, settings.verbose)
    ctx = Context(settings, console, renderers, loader)
    try:
        return COMMANDS[settings.command](ctx)
    except (Problem, OutputError) as exc:
        console.problem(str(exc))
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        console.problem("interrupted; the output folder was not changed")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `yc-codegen list | head`
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_PROBLEMS
    except Exception as exc:  # noqa: BLE001 - one line instead of a traceback
        if settings.verbose:
            traceback.print_exc()
        first_line = (str(exc).splitlines() or [""])[0]
        console.problem(f"error: internal: {type(exc).__name__}: {first_line}")
        return EXIT_PROBLEMS
