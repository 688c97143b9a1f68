"""The `client.py` module of one API: a sync and an async client with one resource per docs
service and one method per operation, on top of the copied runtime (`<root>._runtime`).

Each method takes the request message's fields as keyword-only arguments (or a whole
`request=` model; keyword arguments given override its fields), builds the request model,
and lets the runtime split its JSON into path, query and body by the names baked into the
method's `MethodSpec`. List methods (`pageToken` in, `nextPageToken` out) also get an
auto-paging twin named `<method>_all` (`list_all`, `list_tasks_all`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ...hosts import host_template
from ...model import Api, Field, Method, Scalar, Service
from ..options import RenderOptions
from .docstrings import method_doc, readable
from .models import operation_types, runtime_module, with_known_types
from .naming import (
    camel,
    field_attributes,
    service_attribute,
    service_class_base,
    service_method_names,
    snake_case,
)
from .templating import render_template
from .types import BUILTIN_TYPE_NAMES, field_code

# Keyword arguments every method has; a request field with one of these names gets a suffix.
CALL_ARGUMENTS = frozenset({"self", "request", "extra_headers", "extra_query", "timeout", "retry"})
# Members of the runtime's BaseClient/AsyncBaseClient a service attribute must not hide.
CLIENT_MEMBERS = frozenset(
    {"operations", "folder_id", "credentials_source", "close", "aclose", "sdk_version"}
)
PAGE_TOKEN, NEXT_PAGE_TOKEN = "pageToken", "nextPageToken"
# Keyword arguments that also take the standard library's types: (annotation, conversion).
_ARGUMENT_TYPES = {
    Scalar.TIMESTAMP: ("_rt.TimestampLike", "_rt.as_timestamp({})"),
    Scalar.DURATION: ("_rt.DurationLike", "_rt.as_duration({})"),
}
_VERSION = re.compile(r"v\d+([a-z]+\d*)?")


@dataclass(frozen=True, slots=True)
class ParamView:
    arg: str  # keyword argument of the generated method
    attribute: str  # attribute of the request model
    json_name: str
    annotation: str  # without `| None`
    doc: str
    required: bool  # a path parameter, or required by the docs outside a oneof
    value: str  # the expression that passes the argument to the request model


@dataclass(frozen=True, slots=True)
class PagerView:
    name: str  # e.g. list_all
    params: list[ParamView]  # the method's, without pageToken
    page_class: str
    item_annotation: str
    items_attribute: str


@dataclass(frozen=True, slots=True)
class MethodView:
    name: str
    spec: str  # module-level MethodSpec constant
    verb: str
    host: str
    path: str
    path_params: list[str]
    query_params: list[str]
    doc: str
    params: list[ParamView]
    request_class: str
    returns: str  # sync return annotation
    async_returns: str
    parse: str  # decoder expression
    pager: PagerView | None
    resume: str | None  # `resume_<method>`, for long-running methods
    docs_name: str  # the docs' method name, e.g. ListTasks
    summary: str  # the docs' description, markdown


@dataclass(frozen=True, slots=True)
class ServiceView:
    attribute: str
    name: str  # docs service name
    class_name: str
    doc: str
    methods: list[MethodView]
    builtin: dict[str, str]  # builtin name -> how this class body spells it


@dataclass(frozen=True, slots=True)
class ClientModule:
    api: Api
    client_class: str
    async_client_class: str
    services: list[ServiceView]
    runtime: str
    codec_names: list[str]
    uses_builtins: bool
    sdk_version: str

    @property
    def has_overloads(self) -> bool:
        """Whether a method has required arguments (and so `typing.overload`s)."""
        return any(p.required for s in self.services for m in s.methods for p in m.params)

    @property
    def exports(self) -> list[str]:
        names = [self.client_class, self.async_client_class]
        for s in self.services:
            names += [s.class_name, "Async" + s.class_name]
        return sorted(names)


def render_client(api: Api, options: RenderOptions, names: dict[str, str]) -> dict[str, str]:
    """`{"client.py": source}` (not yet formatted) for one API."""
    module = build_module(api, options, names)
    return {"client.py": render_template("python/client.py.j2", module=module)}


def client_attribute(service_name: str) -> str:
    """The client attribute of a service; one named like a member of the runtime's client
    (`operations`, `folder_id`...) gets a `_` suffix."""
    attribute = service_attribute(service_name)
    while attribute in CLIENT_MEMBERS:
        attribute += "_"
    return attribute


def client_class_name(api: Api) -> str:
    """`yandex.cloud.backup.v1` -> `BackupClient`: the last package segment that is not a
    version, CamelCased."""
    parts = [p for p in api.package.split(".") if not _VERSION.fullmatch(p)]
    base = parts[-1] if parts else api.package
    return camel(re.split(r"[_\W]+", base)) + "Client"


def build_module(api: Api, options: RenderOptions, names: dict[str, str]) -> ClientModule:
    qualified = {full: f"_m.{name}" for full, name in names.items()}
    codec: set[str] = set()
    services: list[ServiceView] = []
    taken_classes: set[str] = set()
    for service in sorted(api.services.values(), key=lambda s: service_attribute(s.name)):
        view, used = _service_view(api, service, qualified, taken_classes)
        services.append(view)
        codec |= used
    client_class = client_class_name(api)
    return ClientModule(
        api=api,
        client_class=client_class,
        async_client_class="Async" + client_class,
        services=services,
        runtime=runtime_module(options),
        codec_names=sorted(codec),
        uses_builtins=any(_uses_builtins(s) for s in services),
        sdk_version=options.sdk_version,
    )


def _uses_builtins(service: ServiceView) -> bool:
    if service.methods and service.builtin["bool"] != "bool":
        return True  # every signature has `retry: bool | None`
    annotations = [p.annotation for m in service.methods for p in m.params]
    annotations += [m.pager.item_annotation for m in service.methods if m.pager is not None]
    return any("builtins." in a for a in annotations)


def _service_view(
    api: Api, service: Service, qualified: dict[str, str], taken_classes: set[str]
) -> tuple[ServiceView, set[str]]:
    method_names = service_method_names(service)
    pagers = [_pager_name(api, m, method_names) for m in service.methods]
    members = set(method_names.values()) | {p.name for p in pagers if p is not None}
    resumes = _resume_names(service, method_names, members)
    members |= set(resumes.values())
    shadowed = frozenset(members) & BUILTIN_TYPE_NAMES
    builtin = {n: (f"builtins.{n}" if n in shadowed else n) for n in BUILTIN_TYPE_NAMES}
    codec: set[str] = set()
    methods: list[MethodView] = []
    for m, pager_name in zip(service.methods, pagers, strict=True):
        view, used = _method_view(
            api, service, m, method_names, pager_name, resumes.get(m.name), qualified, shadowed
        )
        methods.append(view)
        codec |= used
    class_name = service_class_base(service.name) + "Resource"
    while class_name in taken_classes:
        class_name += "_"
    taken_classes.add(class_name)
    attribute = client_attribute(service.name)
    doc = f"Methods of the {service.name} service (`client.{attribute}`)."
    return (
        ServiceView(attribute, service.name, class_name, doc, methods, builtin),
        codec,
    )


@dataclass(frozen=True, slots=True)
class _PagerName:
    name: str
    items: Field


def _pager_name(api: Api, m: Method, method_names: dict[str, str]) -> _PagerName | None:
    request = api.messages.get(m.request_type)
    response = api.messages.get(m.response_type)
    if request is None or response is None or m.operation is not None:
        return None
    if request.field_named(PAGE_TOKEN) is None or response.field_named(NEXT_PAGE_TOKEN) is None:
        return None
    items = next((f for f in response.fields if f.repeated and not f.is_map), None)
    if items is None:
        return None
    name = f"{method_names[m.name]}_all"
    while name in method_names.values():
        name += "_"
    return _PagerName(name, items)


def _resume_names(
    service: Service, method_names: dict[str, str], taken: set[str]
) -> dict[str, str]:
    """`resume_<method>` for each long-running method, by docs method name."""
    names: dict[str, str] = {}
    for m in service.methods:
        if operation_types(m) is None:
            continue
        name = f"resume_{method_names[m.name]}"
        while name in taken or name in names.values():
            name += "_"
        names[m.name] = name
    return names


def _method_view(
    api: Api,
    service: Service,
    m: Method,
    method_names: dict[str, str],
    pager_name: _PagerName | None,
    resume: str | None,
    qualified: dict[str, str],
    shadowed: frozenset[str],
) -> tuple[MethodView, set[str]]:
    request = api.messages[m.request_type]
    attributes = field_attributes(request.fields)
    codec: set[str] = set()
    params: list[ParamView] = []
    taken = set(CALL_ARGUMENTS)
    path_names = {f.name for f in m.path_params}
    for f in request.fields:
        arg = attributes[f.name]
        while arg in taken:
            arg += "_"
        taken.add(arg)
        scalar = f.type.scalar if not f.repeated and f.map_key is None else None
        argument = _ARGUMENT_TYPES.get(scalar) if scalar is not None else None
        if argument is not None:
            annotation, value = argument[0], argument[1].format(arg)
        else:
            code = field_code(with_known_types(f, api), attributes[f.name], qualified, shadowed)
            codec |= code.runtime_names
            annotation, value = code.annotation, arg
        required = f.name in path_names or (f.required and f.oneof is None)
        doc = _first_paragraph(f.description)
        params.append(ParamView(arg, attributes[f.name], f.name, annotation, doc, required, value))

    raw = "_rt.JSONObject"
    operation = operation_types(m)
    if operation is not None:
        meta_t, meta_d = _decoded(operation[0], qualified, raw)
        resp_t, resp_d = _decoded(operation[1], qualified, raw)
        returns = f"_rt.Operation[{meta_t}, {resp_t}]"
        async_returns = f"_rt.AsyncOperation[{meta_t}, {resp_t}]"
        parse = f"self._operation({meta_d}, {resp_d})"
    else:
        returns = async_returns = qualified[m.response_type]
        parse = f"{returns}.from_json"

    pager = None
    if pager_name is not None:
        item = field_code(
            dataclasses.replace(with_known_types(pager_name.items, api), repeated=False),
            "item",
            qualified,
            shadowed,
        )
        codec |= item.runtime_names
        page_attrs = field_attributes(api.messages[m.response_type].fields)
        pager = PagerView(
            pager_name.name,
            [p for p in params if p.json_name != PAGE_TOKEN],
            qualified[m.response_type],
            item.annotation,
            page_attrs[pager_name.items.name],
        )

    host, _ = host_template(m.host)
    view = MethodView(
        name=method_names[m.name],
        spec=f"_{snake_case(service.name).upper()}_{snake_case(m.name).upper()}",
        verb=m.verb.upper(),
        host=host,
        path=m.path,
        path_params=[f.name for f in m.path_params],
        query_params=[f.name for f in m.query_params],
        doc=_method_doc(m, params),
        params=params,
        request_class=qualified[m.request_type],
        returns=returns,
        async_returns=async_returns,
        parse=parse,
        pager=pager,
        resume=resume,
        docs_name=m.name,
        summary=m.description,
    )
    return view, codec


def _decoded(full_name: str | None, qualified: dict[str, str], raw: str) -> tuple[str, str]:
    """(annotation, decoder) of an operation's metadata or response."""
    if full_name is None or full_name not in qualified:
        return raw, "_rt.raw_json"
    return qualified[full_name], f"{qualified[full_name]}.from_json"


def _first_paragraph(markdown: str) -> str:
    return readable(markdown).split("\n\n", 1)[0]


def _method_doc(m: Method, params: list[ParamView]) -> str:
    text = method_doc(m)
    documented = [p for p in params if p.doc]
    if documented:
        lines = [f"    {p.arg}: {p.doc}".replace("\n", "\n        ") for p in documented]
        text += "\n\nArgs:\n" + "\n".join(lines)
    return text
