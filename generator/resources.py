"""Resources of an API, derived from the merged model by the Yandex Cloud API conventions.

For each docs service: the resource message (what `Get` returns, what `Create`'s operation
resolves to, or what `List` pages through), the path parameter naming one resource, the
parent field lists filter by, and a role per method (get, list, create, update, delete,
list_operations, sub_list, verb). The stateful fake interprets these tables; the OpenAPI
links follow them. The rules are written down in docs/stateful-fake.md.

A service the rules cannot classify gets a warning and keeps the example-backed answers;
so does each method of a classified service that fits no rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .diagnostics import Diagnostic, Severity
from .model import OPERATION_TYPE, Api, Field, Message, Method, Service

GET, LIST, CREATE, UPDATE, DELETE = "get", "list", "create", "update", "delete"
LIST_OPERATIONS, SUB_LIST, VERB = "list_operations", "sub_list", "verb"

PAGE_TOKEN = "nextPageToken"
LIST_CONTROLS = frozenset({"pageSize", "pageToken", "filter", "orderBy"})
DEFAULT_MAX_PAGE_SIZE = 1000  # the Yandex Cloud convention where the docs state no maximum

# Status enum values that mean "ready", in order of preference.
READY_STATUSES = ("RUNNING", "ACTIVE", "READY", "AVAILABLE", "CREATED", "ENABLED")
# Status a custom verb leaves behind, by verb (first value the enum has wins).
VERB_STATUSES: dict[str, tuple[str, ...]] = {
    "start": ("RUNNING", "ACTIVE"),
    "restart": ("RUNNING", "ACTIVE"),
    "stop": ("STOPPED", "INACTIVE"),
    "resume": ("RUNNING", "ACTIVE"),
    "activate": ("ACTIVE", "RUNNING"),
    "deactivate": ("INACTIVE", "STOPPED"),
    "suspend": ("SUSPENDED", "STOPPED"),
    "enable": ("ENABLED", "ACTIVE"),
    "disable": ("DISABLED", "INACTIVE"),
}

_PLACEHOLDER = re.compile(r"^\{([^{}]+)\}$")
_VERB_SEGMENT = re.compile(r"^\{([^{}]+)\}:([A-Za-z]+)$")


@dataclass(frozen=True, slots=True)
class MethodRole:
    kind: str
    items: str = ""  # list-like: the repeated field of the response
    child: str = ""  # sub_list: the listed message
    child_parent: str = ""  # sub_list: the child's field holding the path id
    status: str = ""  # verb: the status it leaves behind, "" for unchanged
    max_page_size: int = DEFAULT_MAX_PAGE_SIZE


@dataclass(frozen=True, slots=True)
class Resource:
    service: str
    type: str  # full name of the resource message
    collection: str  # the collection path, e.g. /compute/v1/instances
    id_param: str  # e.g. instanceId
    parent: str = ""  # e.g. folderId
    status_field: str = ""
    ready_status: str = ""
    roles: dict[str, MethodRole] = field(default_factory=dict)  # by docs method name

    @property
    def short_name(self) -> str:
        return self.type.rsplit(".", 1)[-1]


@dataclass(slots=True)
class Classification:
    resources: list[Resource]
    diagnostics: list[Diagnostic]


def derive_resources(api: Api) -> Classification:
    resources: list[Resource] = []
    diagnostics: list[Diagnostic] = []
    for service in sorted(api.services.values(), key=lambda s: s.name):
        resource = _resource(api, service)
        if resource is None:
            first = min(service.methods, key=lambda m: m.location)
            diagnostics.append(
                Diagnostic(
                    first.location,
                    Severity.WARNING,
                    f"{api.package}.{service.name}: no resource found (no Get, Create or List "
                    "by the API conventions); the fake answers it with examples",
                    "stateful-unclassified",
                )
            )
            continue
        for m in service.methods:
            if m.name not in resource.roles:
                diagnostics.append(
                    Diagnostic(
                        m.location,
                        Severity.WARNING,
                        f"{api.package}.{m.full_name}: fits no method rule of resource "
                        f"{resource.short_name}; the fake answers it with examples",
                        "stateful-unclassified",
                    )
                )
        resources.append(resource)
    return Classification(resources, diagnostics)


# --- shapes of single methods ---------------------------------------------------------------


def _segments(method: Method) -> list[str]:
    return method.path.rstrip("/").split("/")


def _id_at_end(method: Method) -> str | None:
    """`.../{xId}` -> xId."""
    match = _PLACEHOLDER.match(_segments(method)[-1])
    return match.group(1) if match else None


def _collection_of(method: Method) -> str:
    return "/".join(_segments(method)[:-1])


def _returns_operation(method: Method) -> bool:
    return method.response_type == OPERATION_TYPE or method.operation is not None


def _list_items(api: Api, type_name: str) -> Field | None:
    """The one repeated message field of a page (a message with `nextPageToken`)."""
    message = api.messages.get(type_name)
    if message is None or message.field_named(PAGE_TOKEN) is None:
        return None
    repeated = [f for f in message.fields if f.repeated and not f.is_map and f.type.message]
    return repeated[0] if len(repeated) == 1 else None


def _is_plain_collection(method: Method) -> bool:
    last = _segments(method)[-1]
    return "{" not in last and ":" not in last


def _max_page_size(method: Method) -> int:
    for f in method.query_params:
        if f.name == "pageSize" and f.constraints.maximum is not None:
            return int(f.constraints.maximum)
    return DEFAULT_MAX_PAGE_SIZE


# --- the resource of a service --------------------------------------------------------------


def _resource(api: Api, service: Service) -> Resource | None:
    get = _find(service, "Get", lambda m: m.verb == "GET" and _id_at_end(m) is not None)
    create = _find(
        service,
        "Create",
        lambda m: m.verb == "POST" and _is_plain_collection(m) and _returns_operation(m),
    )
    listing = _find(
        service,
        "List",
        lambda m: (
            m.verb == "GET"
            and _is_plain_collection(m)
            and _list_items(api, m.response_type) is not None
        ),
    )
    type_name = ""
    if get is not None and get.response_type in api.messages:
        type_name = get.response_type
    elif create is not None and create.operation and create.operation.response_type:
        type_name = create.operation.response_type
    elif listing is not None:
        items = _list_items(api, listing.response_type)
        type_name = items.type.message or "" if items else ""
    if not type_name:
        type_name = _updated_type(service)
    message = api.messages.get(type_name)
    if message is None:
        return None
    id_param = _id_param(service, message)
    collection = _collection(service, get, create, listing)
    roles = _roles(api, service, message, collection, id_param)
    status_field, ready = _status(api, message)
    resource = Resource(
        service=service.name,
        type=type_name,
        collection=collection,
        id_param=id_param,
        parent=_parent(message, create, listing),
        status_field=status_field,
        ready_status=ready,
        roles={},
    )
    for name, role in roles.items():
        if role.kind == VERB and status_field:
            role = MethodRole(VERB, status=_verb_status(api, message, status_field, name))
        resource.roles[name] = role
    return resource


def _updated_type(service: Service) -> str:
    """Where no Get, Create or List page exists: what Update's operation resolves to."""
    update = _find(service, "Update", lambda m: m.verb == "PATCH" and _id_at_end(m) is not None)
    info = update.operation if update is not None else None
    return info.response_type or "" if info is not None else ""


def _find(service: Service, name: str, shape: Callable[[Method], bool]) -> Method | None:
    """The method called `name` if it has the conventional shape."""
    for m in service.methods:
        if m.name == name and shape(m):
            return m
    return None


def _id_param(service: Service, message: Message) -> str:
    """The path parameter of Get/Update/Delete, else of a custom verb, else `<resource>Id`."""
    for name in ("Get", "Update", "Delete"):
        for m in service.methods:
            if m.name == name and _id_at_end(m):
                return _id_at_end(m) or ""
    for m in service.methods:
        match = _VERB_SEGMENT.match(_segments(m)[-1])
        if match:
            return match.group(1)
    return message.name[:1].lower() + message.name[1:] + "Id"


def _collection(
    service: Service, get: Method | None, create: Method | None, listing: Method | None
) -> str:
    """Create's path, else List's, else that of the first `.../{xId}` method, Get first."""
    if create is not None:
        return create.path.rstrip("/")
    if listing is not None:
        return listing.path.rstrip("/")
    for m in ([get] if get else []) + service.methods:
        if _id_at_end(m) is not None:
            return _collection_of(m)
    return ""


def _roles(
    api: Api, service: Service, message: Message, collection: str, id_param: str
) -> dict[str, MethodRole]:
    item_path = f"{collection}/{{{id_param}}}"
    roles: dict[str, MethodRole] = {}
    for m in service.methods:
        role = _role(api, m, message, collection, item_path)
        if role is not None:
            roles[m.name] = role
    return roles


def _role(
    api: Api, m: Method, message: Message, collection: str, item_path: str
) -> MethodRole | None:
    path = m.path.rstrip("/")
    operation = _returns_operation(m)
    if path == collection:
        if m.verb == "POST" and operation:
            return MethodRole(CREATE)
        items = _list_items(api, m.response_type)
        if m.verb == "GET" and items is not None and items.type.message == message.full_name:
            return MethodRole(LIST, items=items.name, max_page_size=_max_page_size(m))
        return None
    if path == item_path:
        if m.verb == "GET" and m.response_type == message.full_name:
            return MethodRole(GET)
        if m.verb == "PATCH" and operation:
            return MethodRole(UPDATE)
        if m.verb == "DELETE" and operation:
            return MethodRole(DELETE)
        return None
    prefix, _, last = path.rpartition("/")
    if prefix == collection and operation and _VERB_SEGMENT.match(last):
        answer = m.operation.response_type if m.operation else None
        # A verb answering another message (access bindings...) is not about the resource.
        return MethodRole(VERB) if answer in (None, message.full_name) else None
    if prefix == item_path and m.verb == "GET":
        items = _list_items(api, m.response_type)
        if items is None:
            return None
        if items.type.message == OPERATION_TYPE:
            return MethodRole(LIST_OPERATIONS, items=items.name, max_page_size=_max_page_size(m))
        child = api.messages.get(items.type.message or "")
        id_param = item_path.rsplit("{", 1)[-1].rstrip("}")
        parent_field = child.field_named(id_param) if child is not None else None
        if child is not None and parent_field is not None:
            return MethodRole(
                SUB_LIST,
                items=items.name,
                child=child.full_name,
                child_parent=parent_field.name,
                max_page_size=_max_page_size(m),
            )
    return None


def _parent(message: Message, create: Method | None, listing: Method | None) -> str:
    """The field lists filter by: List's first `...Id` query field the resource has, else
    Create's (`folderId` first)."""
    if listing is not None:
        for f in listing.query_params:
            if (
                f.name not in LIST_CONTROLS
                and f.name.endswith("Id")
                and message.field_named(f.name)
            ):
                return f.name
    if create is not None:
        names = [f.name for f in create.body_params if f.name.endswith("Id")]
        names.sort(key=lambda n: n != "folderId")
        for name in names:
            if message.field_named(name):
                return name
    return ""


def _status_enum(api: Api, message: Message, status_field: str) -> list[str]:
    f = message.field_named(status_field)
    if f is None or f.type.enum is None or f.type.enum not in api.enums:
        return []
    return [v.name for v in api.enums[f.type.enum].values]


def _status(api: Api, message: Message) -> tuple[str, str]:
    values = _status_enum(api, message, "status")
    for ready in READY_STATUSES:
        if ready in values:
            return "status", ready
    return ("status", "") if values else ("", "")


def _verb_status(api: Api, message: Message, status_field: str, method_name: str) -> str:
    values = _status_enum(api, message, status_field)
    verb = method_name[:1].lower() + method_name[1:]
    for candidate in VERB_STATUSES.get(verb, ()):
        if candidate in values:
            return candidate
    return ""
