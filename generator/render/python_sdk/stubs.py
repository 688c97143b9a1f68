"""The `stub` package of one API: servicer base classes (one async method per operation,
501 by default), fake servicers, an app factory and ways to run it, and the validation
tables the shared stub runtime (`<root>._runtime.stub`) interprets.

Files, by name inside the API's package:
    stub/__init__.py   servicers, fakes, create_app / create_fake_app, serve_fake, fake_client
    stub/_schema.py    per-message validation data (one line per field) and the method table
    stub/__main__.py   `python -m <root>.<api>.stub --port 8080 --seed 1`
    stub/testing.py    pytest fixtures (`pytest_plugins = ["<root>.<api>.stub.testing"]`)
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Api, Constraints, Field, Method, Service
from ...resources import derive_resources
from ..auth import takes_token
from ..options import RenderOptions
from .clients import client_class_name
from .docstrings import method_doc
from .models import operation_types, runtime_module, with_known_types
from .naming import module_path, service_class_base, service_method_names, snake_case
from .templating import render_template


@dataclass(frozen=True, slots=True)
class StubMethodView:
    name: str  # servicer method
    docs_name: str  # Service.Method
    doc: str
    request_class: str  # qualified: _m.X
    returns: str  # annotation
    fake_body: str  # expression the fake servicer returns


@dataclass(frozen=True, slots=True)
class StubServiceView:
    name: str  # docs service name
    servicer: str
    fake: str
    doc: str
    methods: list[StubMethodView]


@dataclass(frozen=True, slots=True)
class StubModule:
    api: Api
    runtime: str
    module: str  # e.g. ycrest.backup.v1
    client_class: str
    async_client_class: str
    fixture_prefix: str  # e.g. fake_backup
    services: list[StubServiceView]
    request_classes: list[str]  # unqualified, sorted
    uses_json: bool


def render_stub(api: Api, options: RenderOptions, names: dict[str, str]) -> dict[str, str]:
    """Sources (not yet formatted) of the API's `stub` package, by file name."""
    module = build_module(api, options, names)
    return {
        "stub/__init__.py": render_template("python/stub_init.py.j2", module=module),
        "stub/__main__.py": render_template("python/stub_main.py.j2", module=module),
        "stub/_schema.py": render_template(
            "python/stub_schema.py.j2",
            module=module,
            messages=schema_messages(api),
            enums=schema_enums(api),
            methods=schema_methods(api, names),
            kinds=used_kinds(api),
        ),
        "stub/testing.py": render_template("python/stub_testing.py.j2", module=module),
        "stub/_resources.py": render_template(
            "python/stub_resources.py.j2", module=module, resources=resource_views(api, names)
        ),
    }


def build_module(api: Api, options: RenderOptions, names: dict[str, str]) -> StubModule:
    services: list[StubServiceView] = []
    uses_json = False
    for service in sorted(api.services.values(), key=lambda s: s.name):
        view, json_used = _service_view(api, service, names)
        services.append(view)
        uses_json |= json_used
    client = client_class_name(api)
    return StubModule(
        api=api,
        runtime=runtime_module(options),
        module=".".join([options.package_root, *module_path(api)]),
        client_class=client,
        async_client_class="Async" + client,
        fixture_prefix="fake_" + snake_case(client.removesuffix("Client") or "api"),
        services=services,
        request_classes=sorted({names[m.request_type] for m in api.methods()}),
        uses_json=uses_json,
    )


def _service_view(
    api: Api, service: Service, names: dict[str, str]
) -> tuple[StubServiceView, bool]:
    method_names = service_method_names(service)
    methods: list[StubMethodView] = []
    uses_json = False
    for m in service.methods:
        method_view, json_used = _method_view(api, m, method_names[m.name], names)
        methods.append(method_view)
        uses_json |= json_used
    base = service_class_base(service.name)
    doc = (
        f"The {service.name} service: subclass, override the methods you serve, and pass an\n"
        f"instance to `create_app`. Methods not overridden answer 501 UNIMPLEMENTED."
    )
    view = StubServiceView(service.name, f"{base}Servicer", f"Fake{base}Servicer", doc, methods)
    return view, uses_json


def _typed(full_name: str | None, api: Api, names: dict[str, str]) -> tuple[str, str] | None:
    """(annotation, decoder) of a message type the models define, else None."""
    if full_name and full_name in api.messages:
        return f"_m.{names[full_name]}", f"_m.{names[full_name]}.from_json"
    return None


def _method_view(
    api: Api, m: Method, name: str, names: dict[str, str]
) -> tuple[StubMethodView, bool]:
    uses_json = False
    operation = operation_types(m)
    if operation is not None:
        meta = _typed(operation[0], api, names)
        resp = _typed(operation[1], api, names)
        if meta is None or resp is None:
            uses_json = True
        meta_t, meta_d = meta or ("_JSON", "_stub.json_object")
        resp_t, resp_d = resp or ("_JSON", "_stub.json_object")
        returns = f"_stub.OperationReply[{meta_t}, {resp_t}]"
        fake_body = f"self.operate(request, context, {meta_d}, {resp_d})"
    else:
        typed = _typed(m.response_type, api, names)
        if typed is None:
            uses_json = True
        annotation, decoder = typed or ("_JSON", "_stub.json_object")
        returns = annotation
        fake_body = f"self.answer(request, context, {decoder})"
    view = StubMethodView(
        name=name,
        docs_name=m.full_name,
        doc=method_doc(m),
        request_class=f"_m.{names[m.request_type]}",
        returns=returns,
        fake_body=fake_body,
    )
    return view, uses_json


# --- validation tables --------------------------------------------------------------------


def field_rule(f: Field, api: Api) -> str:
    """`_F("name", STRING, required=True, max_length=63)`: one field's rule as code."""
    kind, ref = _kind(f, api)
    args = [repr(f.name), kind]
    keywords: list[tuple[str, object]] = []
    if ref:
        keywords.append(("ref", ref))
    if f.repeated and not f.is_map:
        keywords.append(("repeated", True))
    if f.map_key is not None:
        keywords.append(("map_key", f.map_key.value))
    if f.required:
        keywords.append(("required", True))
    if f.oneof:
        keywords.append(("oneof", f.oneof))
    keywords.extend(_constraints(f.constraints))
    args.extend(f"{key}={value!r}" for key, value in keywords)
    return f"_F({', '.join(args)})"


def _kind(f: Field, api: Api) -> tuple[str, str]:
    """(kind constant, referenced type). Types the API does not define travel as what they
    are on the wire: any JSON for messages, a string for enums."""
    t = with_known_types(f, api).type
    if t.scalar is not None:
        return t.scalar.name, ""
    if t.message is not None:
        return "MESSAGE", t.message
    return "ENUM", t.enum or ""


_CONSTRAINT_NAMES = (
    "min_length",
    "max_length",
    "pattern",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "min_items",
    "max_items",
    "unique_items",
    "key_min_length",
    "key_max_length",
    "key_pattern",
)


def _constraints(c: Constraints) -> list[tuple[str, object]]:
    result: list[tuple[str, object]] = []
    for name in _CONSTRAINT_NAMES:
        value = getattr(c, name)
        if value is None or value is False:
            continue
        result.append((name, value))
    return result


@dataclass(frozen=True, slots=True)
class SchemaMessage:
    full_name: str
    fields: list[str]  # field rules as code
    oneofs: list[list[str]]


def schema_messages(api: Api) -> list[SchemaMessage]:
    return [
        SchemaMessage(
            message.full_name,
            [field_rule(f, api) for f in message.fields],
            [list(o.fields) for o in message.oneofs if len(o.fields) > 1],
        )
        for message in sorted(api.messages.values(), key=lambda m: m.full_name)
    ]


def used_kinds(api: Api) -> list[str]:
    """Kind constants the tables use (the names `_schema.py` imports)."""
    return sorted({_kind(f, api)[0] for m in api.messages.values() for f in m.fields})


def schema_enums(api: Api) -> list[tuple[str, list[str]]]:
    return [(e.full_name, [v.name for v in e.values]) for _, e in sorted(api.enums.items())]


@dataclass(frozen=True, slots=True)
class SchemaMethod:
    service: str
    name: str
    attribute: str
    verb: str
    path: str
    request: str
    request_class: str
    response: str
    operation: tuple[str, str] | None
    anonymous: bool


def schema_methods(api: Api, names: dict[str, str]) -> list[SchemaMethod]:
    def known(full_name: str | None) -> str:
        return full_name if full_name and full_name in api.messages else ""

    result: list[SchemaMethod] = []
    for service in sorted(api.services.values(), key=lambda s: s.name):
        method_names = service_method_names(service)
        for m in service.methods:
            operation = None
            types = operation_types(m)
            if types is not None:
                operation = (known(types[0]), known(types[1]))
            result.append(
                SchemaMethod(
                    service=service.name,
                    name=m.name,
                    attribute=method_names[m.name],
                    verb=m.verb.upper(),
                    path=m.path,
                    request=m.request_type,
                    request_class=names[m.request_type],
                    response=m.response_type,
                    operation=operation,
                    anonymous=not takes_token(api, m),
                )
            )
    return result


# --- resource table of the stateful fake -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResourceView:
    service: str
    type: str
    model_class: str
    id_param: str
    parent: str
    status_field: str
    ready_status: str
    roles: list[tuple[str, str]]  # (docs method name, MethodRole(...) as code)


def resource_views(api: Api, names: dict[str, str]) -> list[ResourceView]:
    """The derived resources (generator/resources.py) as the generated table shows them."""
    views: list[ResourceView] = []
    for resource in derive_resources(api).resources:
        roles: list[tuple[str, str]] = []
        for method_name, role in sorted(resource.roles.items()):
            args = [repr(role.kind)]
            for key in ("items", "child", "child_parent", "status"):
                value = getattr(role, key)
                if value:
                    args.append(f"{key}={value!r}")
            if role.items:
                args.append(f"max_page_size={role.max_page_size!r}")
            roles.append((method_name, f"_R({', '.join(args)})"))
        views.append(
            ResourceView(
                service=resource.service,
                type=resource.type,
                model_class=names[resource.type],
                id_param=resource.id_param,
                parent=resource.parent,
                status_field=resource.status_field,
                ready_status=resource.ready_status,
                roles=roles,
            )
        )
    return views
