"""The build: docs -> merged APIs -> every renderer's files, in memory.

Rendering is per API (`render_api`) plus once for the set (`render_shared`), so each API's
files can come from the cache when its model has not changed. Nothing here writes to OUT.

Heavy modules (the parser, renderers, jinja2) are imported only inside functions:
`inputs_key` must stay cheap, since the no-op run is that and a hash check of OUT.
"""

from __future__ import annotations

import fnmatch
import importlib
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import cache as cache_mod
from .cache import Cache, text_sha256
from .diagnostics import Diagnostics
from .model import Api, Location, short_name
from .output import check_path
from .render.options import RenderOptions

if TYPE_CHECKING:
    from concurrent.futures import Future
from .rendered import RenderedFiles

# Renderer name -> module; `generate` uses all of them, `openapi` the first one.
RENDERER_MODULES: dict[str, str] = {
    "openapi": "generator.render.openapi",
    "python_sdk": "generator.render.python_sdk",
}
OPENAPI_PREFIX = "openapi/"


class Renderer(Protocol):
    """A renderer module (see generator/render/__init__.py). It may also define
    `render_many(apis, options) -> {package: files}` to render a batch at once, and
    `SHARED_INPUTS = "packages"` when `render_shared` reads nothing of the APIs but their
    packages (then its files are cached by the set of packages, not by every API's model)."""

    def render_api(self, api: Api, options: RenderOptions, /) -> dict[str, str]: ...

    def render_shared(self, apis: Sequence[Api], options: RenderOptions, /) -> dict[str, str]: ...


class LoadResultLike(Protocol):
    """What a loader returns (pipeline.LoadResult). A loader may add `keys`: package -> a key
    of everything the API was merged from, which the render cache then uses instead of
    hashing the model; and `content_keys` (the same without the pages' paths), with which
    `diff` skips the APIs that did not change."""

    @property
    def apis(self) -> Mapping[str, Api]: ...

    @property
    def diagnostics(self) -> Diagnostics: ...

    @property
    def pages(self) -> list[str]: ...


class Loader(Protocol):
    """`pipeline.load_apis` or a stand-in; `page_hashes` are the pages' sha256 by relative
    path when the caller has them already."""

    def __call__(
        self,
        docs_dir: Path,
        jobs: int,
        *,
        cache: Cache | None,
        fingerprint: str | None,
        page_hashes: Mapping[str, str] | None,
    ) -> LoadResultLike: ...


Progress = Callable[[int, int, str], None]  # (done, total, what)
PhaseHook = Callable[[str, float], None]  # (phase, seconds)

# Timing hook for the benchmarks (bench/): when set, `load` and `render` report how long
# their phases took, and `report_phase` passes on what renderers report (the formatter's time).
# None, the default, costs one check per phase.
phase_hook: PhaseHook | None = None

# Below this many APIs to render, a process pool costs more than it saves.
_PARALLEL_THRESHOLD = 4
# Batches per worker process: enough to balance uneven APIs, few enough that per-batch
# work (one formatter run per batch) stays cheap.
_BATCHES_PER_WORKER = 4


def report_phase(name: str, seconds: float) -> None:
    """Pass `seconds` spent in phase `name` to the timing hook, if one is set."""
    if phase_hook is not None:
        phase_hook(name, seconds)


class BuildError(Exception):
    """A renderer broke the contract or failed (an internal error, not bad input)."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    render: RenderOptions = field(default_factory=RenderOptions)
    renderers: tuple[str, ...] = tuple(RENDERER_MODULES)
    strip_prefix: str = ""  # `openapi` writes `openapi/x.yaml` as `x.yaml`
    include: tuple[str, ...] = ()  # API package globs; empty means all
    exclude: tuple[str, ...] = ()

    def key(self) -> str:
        return cache_mod.digest(
            asdict(self.render), self.renderers, self.strip_prefix, self.include, self.exclude
        )


@dataclass(slots=True)
class BuildResult:
    # Path relative to OUT -> text, sorted by path; `files.hashes` has every file's sha256,
    # and a cached API's text is read only when asked for.
    files: RenderedFiles
    diagnostics: Diagnostics
    packages: list[str]  # the APIs rendered, sorted
    source: Mapping[str, Api] = field(default_factory=dict)  # the loaded APIs, by package
    rendered: list[str] = field(default_factory=list)  # packages not served from the cache
    failed: list[str] = field(default_factory=list)  # packages skipped under keep_going
    shared_rendered: bool = False  # the shared files were not served from the cache

    @property
    def apis(self) -> list[Api]:
        """The APIs rendered (loaded from the cache where the load left them there)."""
        return [self.source[p] for p in self.packages]


def load_renderers(names: Sequence[str]) -> dict[str, Renderer]:
    """Import the renderer modules (this is where jinja2 gets imported)."""
    return {name: importlib.import_module(RENDERER_MODULES[name]) for name in names}


def default_loader(
    docs_dir: Path,
    jobs: int,
    *,
    cache: Cache | None = None,
    fingerprint: str | None = None,
    page_hashes: Mapping[str, str] | None = None,
) -> LoadResultLike:
    from .pipeline import load_apis

    return load_apis(
        docs_dir, jobs=jobs, cache=cache, fingerprint=fingerprint, page_hashes=page_hashes
    )


def inputs_key(
    hashes: Mapping[str, str], options: BuildOptions, fingerprint: str | None = None
) -> str:
    """Identifies one build's inputs without parsing: page bytes (`hashes`, from
    `cache.page_hashes`), generator, options. `fingerprint` is `cache.fingerprint()`,
    computed here when not given."""
    generator = fingerprint if fingerprint is not None else cache_mod.fingerprint()
    return cache_mod.digest("run", hashes, generator, options.key())


def matches(package: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Globs match the package ("yandex.cloud.backup.v1") or its short name ("backup.v1")."""

    def hit(globs: Sequence[str]) -> bool:
        names = (package, short_name(package))
        return any(fnmatch.fnmatchcase(n, g) for g in globs for n in names)

    return (not include or hit(include)) and not hit(exclude)


def selected(packages: Iterable[str], options: BuildOptions) -> list[str]:
    """The packages `options` include and do not exclude, sorted."""
    return [p for p in sorted(packages) if matches(p, options.include, options.exclude)]


def select(apis: Mapping[str, Api], options: BuildOptions) -> list[Api]:
    """The APIs `options` include and do not exclude, sorted by package."""
    return [apis[p] for p in selected(apis, options)]


def load(
    docs_dir: Path,
    *,
    jobs: int,
    loader: Loader = default_loader,
    cache: Cache | None = None,
    fingerprint: str | None = None,
    page_hashes: Mapping[str, str] | None = None,
) -> LoadResultLike:
    """The docs tree loaded, through `cache` when given (see pipeline.load_apis)."""
    start = time.perf_counter() if phase_hook is not None else 0.0
    loaded = loader(docs_dir, jobs, cache=cache, fingerprint=fingerprint, page_hashes=page_hashes)
    if phase_hook is not None:
        report_phase("load", time.perf_counter() - start)
    return loaded


def render(
    loaded: LoadResultLike,
    options: BuildOptions,
    *,
    renderers: Mapping[str, Renderer] | None = None,
    cache: Cache | None = None,
    keep_going: bool = False,
    progress: Progress | None = None,
    jobs: int | None = None,
    fingerprint: str | None = None,
) -> BuildResult:
    """Render every selected API (from the cache where possible) and the shared files.

    APIs not in the cache are rendered in `jobs` processes (default: one per CPU) when
    there are enough of them and the renderers are the real modules (`renderers` is None);
    the result does not depend on `jobs`. `fingerprint` is `cache.fingerprint()`, computed
    here when not given.

    A renderer exception propagates unless `keep_going`, which turns it into an error
    diagnostic and leaves that API out."""
    started = time.perf_counter() if phase_hook is not None else 0.0
    cache = cache or Cache(None)
    if fingerprint is None:
        fingerprint = cache_mod.fingerprint()
    source = loaded.apis
    packages = selected(source, options)
    diagnostics = Diagnostics()
    diagnostics.extend(loaded.diagnostics)
    active = _renderers(renderers, options.renderers)

    def rerender(package: str) -> Mapping[str, str]:
        return _render_many(active, [source[package]], options.render)[package]

    files = RenderedFiles(cache, rerender)
    result = BuildResult(files=files, diagnostics=diagnostics, packages=[], source=source)
    owners: dict[str, str] = {}
    total = len(packages) + 1
    options_key = options.key()
    models: Mapping[str, str] = getattr(loaded, "keys", None) or {}

    def model_key(package: str) -> str:
        known = models.get(package)
        return known if known is not None else repr(source[package])

    keys = {p: cache_mod.digest("api", model_key(p), fingerprint, options_key) for p in packages}
    # The hashes of a cached API's files, by package.
    cached: dict[str, dict[str, str]] = {}
    misses: list[Api] = []
    for package in packages:
        sums = cache.get_sums(keys[package])
        if sums is None:
            misses.append(source[package])
        else:
            cached[package] = sums
    found: dict[str, Outcome] = {}
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if renderers is None and workers > 1 and len(misses) >= _PARALLEL_THRESHOLD:
        store = _Store(cache.root, {api.package: keys[api.package] for api in misses})
        found.update(_render_parallel(misses, options, workers, keep_going, progress, total, store))
    elif misses:
        if progress:
            progress(0, total, misses[0].short_name)
        rendered = _render_batch(active, misses, options.render, keep_going)
        found.update(_store(rendered, _Store(cache.root, keys)))
    strip = options.strip_prefix
    for package in packages:
        if package in cached:
            _check(owners, dict.fromkeys(cached[package], ""), package)
            for path, sha in cached[package].items():
                files.add_cached(path.removeprefix(strip), sha, package, keys[package], path)
            result.packages.append(package)
            continue
        outcome = found[package]
        if isinstance(outcome, Exception):
            sources = source[package].sources
            where = Location(sources[0] if sources else package, 1)
            diagnostics.error(where, f"internal: rendering {package} failed: {outcome!r}")
            result.failed.append(package)
            continue
        texts, sums = outcome
        if texts is None:  # stored by the worker that rendered it
            _check(owners, dict.fromkeys(sums, ""), package)
            for path, sha in sums.items():
                files.add_cached(path.removeprefix(strip), sha, package, keys[package], path)
        else:
            _check(owners, texts, package)
            for path, text in texts.items():
                files.add_text(path.removeprefix(strip), text, sums.get(path))
        result.rendered.append(package)
        result.packages.append(package)
    if progress:
        progress(total - 1, total, "shared files")
    shared = _render_shared(active, result, options, cache, fingerprint, keys)
    _check(owners, shared, "shared files")
    for path, text in shared.items():
        files.add_text(path.removeprefix(options.strip_prefix), text)
    files.sort()
    if progress:
        progress(total, total, "")
    if phase_hook is not None:
        report_phase("render", time.perf_counter() - started)
    return result


def _render_shared(
    renderers: Sequence[Renderer],
    result: BuildResult,
    options: BuildOptions,
    cache: Cache,
    fingerprint: str,
    keys: Mapping[str, str],
) -> dict[str, str]:
    """The shared files of the APIs rendered, from the cache when their inputs (the set of
    packages, or every API's model) have not changed."""
    by_packages = all(getattr(r, "SHARED_INPUTS", None) == "packages" for r in renderers)
    inputs = result.packages if by_packages else [keys[p] for p in result.packages]
    key = cache_mod.digest("shared", inputs, fingerprint, options.key())
    files = cache.get_api(key)
    if files is None:
        rendered = result.apis
        files = _render_one(renderers, lambda r: r.render_shared(rendered, options.render))
        cache.put_api(key, files)
        result.shared_rendered = True
    return files


def _render_parallel(
    apis: Sequence[Api],
    options: BuildOptions,
    jobs: int,
    keep_going: bool,
    progress: Progress | None,
    total: int,
    store: _Store,
) -> dict[str, Outcome]:
    """Files of each API by package, rendered in a process pool, a batch of APIs per task
    (so per-batch work such as formatting runs once per batch), stored as `_store` does;
    under `keep_going` a renderer's exception is the value instead."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .pickling import install

    global _inherited
    timed = phase_hook is not None
    outcomes: dict[str, Outcome] = {}
    size = max(1, -(-len(apis) // (jobs * _BATCHES_PER_WORKER)))
    batches = [list(apis[i : i + size]) for i in range(0, len(apis), size)]
    # Forked workers find the APIs in their copy of this process's memory; others get them
    # pickled (which at scale costs about as much as rendering the OpenAPI documents).
    forked = multiprocessing.get_start_method() == "fork"
    if forked:
        _inherited = {api.package: api for api in apis}
    else:
        install()
    work = [[api.package for api in b] if forked else b for b in batches]
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(batches))) as pool:
            futures = [pool.submit(_render_job, w, options, keep_going, timed, store) for w in work]
            outcomes.update(_collect(batches, futures, progress, total))
    finally:
        _inherited = {}
    return outcomes


def _collect(
    batches: Sequence[Sequence[Api]],
    futures: Sequence[Future[_JobResult]],
    progress: Progress | None,
    total: int,
) -> dict[str, Outcome]:
    """The workers' files in batch order, passing on their phases; the first failure cancels
    the batches not started."""
    outcomes: dict[str, Outcome] = {}
    done = 0
    for batch, future in zip(batches, futures, strict=True):
        if progress:
            progress(done, total, batch[0].short_name)
        try:
            files, phases = future.result()
        except Exception:
            for other in futures:
                other.cancel()
            raise
        for name, seconds in phases:
            report_phase(name, seconds)
        outcomes.update(files)
        done += len(batch)
    return outcomes


@dataclass(frozen=True, slots=True)
class _Store:
    """Where rendered APIs go: the render cache folder (None: nowhere) and each API's key."""

    root: Path | None
    keys: Mapping[str, str]


# An API's files (None when they are in the render cache only) and their sha256 (by path as
# rendered), or the renderer's exception.
Outcome = tuple[dict[str, str] | None, dict[str, str]] | Exception


def _store(
    rendered: Mapping[str, dict[str, str] | Exception], store: _Store, *, keep_texts: bool = True
) -> dict[str, Outcome]:
    """Each API's files with their hashes, stored in the render cache (by the process that
    rendered them, so that stores of many APIs run in parallel). Without `keep_texts`, the
    texts of stored files are left out: the parent reads them back from the cache as it
    writes them, rather than holding the whole output in memory at once."""
    cache = Cache(store.root)
    outcomes: dict[str, Outcome] = {}
    for package, files in rendered.items():
        if isinstance(files, Exception):
            outcomes[package] = files
        elif not all(isinstance(text, str) for text in files.values()):
            outcomes[package] = (files, {})  # not stored: the build reports it
        else:
            sums = {path: text_sha256(text) for path, text in files.items()}
            cache.put_api(store.keys[package], files)
            cache.put_sums(store.keys[package], sums)
            outcomes[package] = (files if keep_texts or store.root is None else None, sums)
    return outcomes


# The APIs a forked rendering worker renders, by package (see _render_parallel).
_inherited: dict[str, Api] = {}
# A worker's outcomes by package and the phases its renderers reported.
_JobResult = tuple[dict[str, Outcome], list[tuple[str, float]]]


def _render_job(
    work: Sequence[Api | str], options: BuildOptions, keep_going: bool, timed: bool, store: _Store
) -> _JobResult:
    """A batch of APIs' files (the APIs, or their packages in `_inherited`), in a worker
    process, with the phases renderers reported (when `timed`), for the parent to pass on."""
    apis = [_inherited[w] if isinstance(w, str) else w for w in work]
    global phase_hook
    phases: list[tuple[str, float]] = []
    phase_hook = (lambda name, seconds: phases.append((name, seconds))) if timed else None
    active = _renderers(None, options.renderers)
    rendered = _render_batch(active, apis, options.render, keep_going)
    return _store(rendered, store, keep_texts=False), phases


def _render_batch(
    renderers: Sequence[Renderer], apis: Sequence[Api], options: RenderOptions, keep_going: bool
) -> dict[str, dict[str, str] | Exception]:
    """Every renderer's files for each API of the batch, by package. A renderer with
    `render_many` gets the whole batch at once. Under `keep_going`, a failing batch is
    rendered again one API at a time, so only the failing API gets its exception."""
    try:
        return dict(_render_many(renderers, apis, options))
    except Exception:
        if not keep_going:
            raise
    outcomes: dict[str, dict[str, str] | Exception] = {}
    for api in apis:
        try:
            outcomes.update(_render_many(renderers, [api], options))
        except Exception as exc:  # noqa: BLE001 - keep_going: any renderer failure is reported
            outcomes[api.package] = exc
    return outcomes


def _render_many(
    renderers: Sequence[Renderer], apis: Sequence[Api], options: RenderOptions
) -> dict[str, dict[str, str]]:
    files: dict[str, dict[str, str]] = {api.package: {} for api in apis}
    for r in renderers:
        many = getattr(r, "render_many", None)
        if many is not None:
            produced: Mapping[str, Mapping[str, str]] = many(apis, options)
        else:
            produced = {api.package: r.render_api(api, options) for api in apis}
        for api in apis:
            target = files[api.package]
            for path, text in produced[api.package].items():
                if path in target:
                    raise BuildError(f"two renderers produce {path}")
                target[path] = text
    return files


def _renderers(given: Mapping[str, Renderer] | None, names: Sequence[str]) -> list[Renderer]:
    if given is None:
        given = load_renderers(names)
    missing = [n for n in names if n not in given]
    if missing:
        raise BuildError(f"no renderer named {', '.join(missing)}")
    return [given[n] for n in names]


def _render_one(
    renderers: Sequence[Renderer], call: Callable[[Renderer], Mapping[str, str]]
) -> dict[str, str]:
    files: dict[str, str] = {}
    for r in renderers:
        for path, text in call(r).items():
            if path in files:
                raise BuildError(f"two renderers produce {path}")
            files[path] = text
    return files


def _check(owners: dict[str, str], new: Mapping[str, str], owner: str) -> None:
    """Each path is safe, a str, and produced by one owner only (recorded in `owners`)."""
    for path, text in new.items():
        check_path(path)
        if not isinstance(text, str):
            raise BuildError(f"{owner}: {path}: rendered text is not a str")
        if path in owners:
            raise BuildError(f"{path} is produced by both {owners[path]} and {owner}")
        owners[path] = owner
