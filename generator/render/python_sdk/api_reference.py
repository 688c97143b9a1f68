"""The `api.md` of one API, beside its client: every service and method with its Python
signature, return type, HTTP route and a link to the docs page it came from, and the
models by name (the form of openai-python's `api.md`).

Signatures are the client's own (from `clients.build_module`), with the module prefixes
of the generated code (`_m.`, `_rt.`, `builtins.`) left out as a reader imports the names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ...model import Api
from ..options import RenderOptions
from . import clients
from .docstrings import readable
from .format import LINE_LENGTH
from .naming import module_path
from .templating import render_template

DOCS_SITE = "https://yandex.cloud"
DOCS_SOURCE = "https://github.com/yandex-cloud/docs/blob/master/"

# `en/_api-ref/compute/v1/api-ref/Disk/get.md`: the folder and the `Service/method` page.
_SOURCE_PATH = re.compile(
    r"(?P<lang>[a-z]{2})/_api-ref/(?P<folder>.+)/(?P<page>[^/]+/[^/]+)\.md", re.ASCII
)
# A page's place in a docs checkout, read from its path when it has no sourcePath.
_DOCS_TREE_PATH = re.compile(r"(?:^|/)([a-z]{2}/_api-ref/.+\.md)$", re.ASCII)
# A docs link to a method page: `](/docs/compute/api-ref/Disk/get#Get)`.
_DOCS_LINK = re.compile(r"\]\(/docs/(?P<prefix>[\w/-]+/api-ref)/(?P<page>\w+/[\w-]+)(?:#[^)]*)?\)")
_PREFIXES = re.compile(r"\b(?:_m|_rt|builtins)\.")
# How the reference spells the runtime's argument aliases.
_SPELLED = {"TimestampLike": "Timestamp | datetime", "DurationLike": "Duration | timedelta"}
_ALIASES = re.compile(r"\b(?:TimestampLike|DurationLike)\b")


@dataclass(frozen=True, slots=True)
class MethodEntry:
    call: str  # `client.disk.get(*, disk_id: str) -> Disk`
    summary: str
    route: str  # `GET https://compute.{api_host}/compute/v1/disks/{diskId}`
    docs_title: str  # `Disk.Get`
    docs_url: str  # empty when the page has no sourcePath
    extras: list[str]  # the auto-paging and resuming twins, as calls


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    name: str
    attribute: str
    methods: list[MethodEntry]


@dataclass(frozen=True, slots=True)
class ModelEntry:
    name: str
    full_name: str
    kind: str  # "message" or "enum"


def render_api_reference(api: Api, options: RenderOptions, names: dict[str, str]) -> dict[str, str]:
    """`{"api.md": text}` for one API."""
    module = clients.build_module(api, options, names)
    urls = docs_urls(api)
    services = [_service_entry(s, urls) for s in module.services]
    models = sorted(
        [ModelEntry(names[m], m, "message") for m in api.messages]
        + [ModelEntry(names[e], e, "enum") for e in api.enums],
        key=lambda entry: entry.name,
    )
    text = render_template(
        "python/api.md.j2",
        api=api,
        module=module,
        import_path=".".join([options.package_root, *module_path(api)]),
        services=services,
        models=models,
    )
    return {"api.md": text}


def _service_entry(service: clients.ServiceView, urls: dict[str, str]) -> ServiceEntry:
    methods: list[MethodEntry] = []
    for m in service.methods:
        receiver = f"client.{service.attribute}"
        extras: list[str] = []
        if m.pager is not None:
            pager = f"SyncPager[{m.pager.page_class}, {m.pager.item_annotation}]"
            extras.append(
                _call(f"{receiver}.{m.pager.name}", m.pager.params, m.request_class, pager)
            )
        if m.resume is not None:
            extras.append(f"{receiver}.{m.resume}(operation_id: str) -> {_plain(m.returns)}")
        methods.append(
            MethodEntry(
                call=_call(f"{receiver}.{m.name}", m.params, m.request_class, m.returns),
                summary=_summary(m.summary),
                route=f"{m.verb} https://{m.host}{m.path}",
                docs_title=f"{service.name}.{m.docs_name}",
                docs_url=urls.get(f"{service.name}.{m.docs_name}", ""),
                extras=extras,
            )
        )
    return ServiceEntry(service.name, service.attribute, methods)


def _call(name: str, params: Iterable[clients.ParamView], request_class: str, returns: str) -> str:
    """The call as a signature, on one line or, when longer than a line, one per argument."""
    arguments = ["*"]
    arguments += [
        f"{p.arg}: {_plain(p.annotation)}" + ("" if p.required else " | None = None")
        for p in params
    ]
    arguments.append(f"request: {_plain(request_class)} | None = None")
    one_line = f"{name}({', '.join(arguments)}) -> {_plain(returns)}"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    lines = "".join(f"    {a},\n" for a in arguments)
    return f"{name}(\n{lines}) -> {_plain(returns)}"


def _plain(annotation: str) -> str:
    text = _PREFIXES.sub("", annotation)
    return _ALIASES.sub(lambda match: _SPELLED[match.group()], text)


def _summary(markdown: str) -> str:
    """The first sentence of the docs text, on one line."""
    text = " ".join(readable(markdown).split("\n\n", 1)[0].split())
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


# --- links to the docs pages ---------------------------------------------------------------


def docs_urls(api: Api) -> dict[str, str]:
    """A docs URL per method (by `Service.Method`) whose page's `sourcePath` is known.

    The public page of `<lang>/_api-ref/<folder>/<Service>/<method>.md` lives under a
    prefix the source path does not spell (`compute/v1/api-ref` is published as
    `compute/api-ref`, `certificatemanager/v1/api-ref` as `certificate-manager/api-ref`);
    the pages' links to pages of the same service folder name it. A folder whose prefix no link names is
    linked to its source file in the docs repository instead."""
    pages: dict[str, tuple[str, str, str, str]] = {}  # method -> (source, lang, folder, page)
    folders_of_service: dict[str, set[str]] = {}  # `Disk` -> folders with `Disk/*.md`
    for full_name, source_path in source_paths(api).items():
        match = _SOURCE_PATH.fullmatch(source_path)
        if match is None:
            continue
        pages[full_name] = (source_path, match["lang"], match["folder"], match["page"])
        folders_of_service.setdefault(_service_dir(match["page"]), set()).add(match["folder"])
    votes: dict[str, Counter[str]] = {}
    for text in _descriptions(api):
        for link in _DOCS_LINK.finditer(text):
            folders = folders_of_service.get(_service_dir(link["page"]), set())
            if len(folders) == 1:
                votes.setdefault(next(iter(folders)), Counter())[link["prefix"]] += 1
    prefixes = {folder: _most_common(counter) for folder, counter in votes.items()}
    urls: dict[str, str] = {}
    for full_name, (source_path, lang, folder, page) in pages.items():
        prefix = prefixes.get(folder)
        if prefix is None:
            urls[full_name] = DOCS_SOURCE + source_path
        else:
            urls[full_name] = f"{DOCS_SITE}/{lang}/docs/{prefix}/{page}"
    return urls


def source_paths(api: Api) -> dict[str, str]:
    """The `sourcePath` of each method's page, by `Service.Method`. A page without one
    (some omit it) gets its siblings': a page whose path ends in its sourcePath tells
    where in the docs tree the pages were read from. Without siblings, a page read from a
    docs checkout (`.../en/_api-ref/...`) is where it was read from."""
    methods = [m for s in api.services.values() for m in s.methods]
    roots = Counter(
        m.location.path[: -len(m.source_path)]
        for m in methods
        if m.source_path and m.location.path.endswith(m.source_path)
    )
    root = _most_common(roots) if roots else None
    paths: dict[str, str] = {}
    for m in methods:
        if m.source_path:
            paths[m.full_name] = m.source_path
        elif root is not None and m.location.path.startswith(root):
            paths[m.full_name] = m.location.path[len(root) :]
        elif tree := _DOCS_TREE_PATH.search(m.location.path):
            paths[m.full_name] = tree.group(1)
    return paths


def _service_dir(page: str) -> str:
    return page.split("/", 1)[0]


def _most_common(counter: Counter[str]) -> str:
    """The prefix most links name; the first in sorted order among equals."""
    return min(counter, key=lambda prefix: (-counter[prefix], prefix))


def _descriptions(api: Api) -> Iterable[str]:
    for service in api.services.values():
        for m in service.methods:
            yield m.description
    for message in api.messages.values():
        yield message.description
        for f in message.fields:
            yield f.description
