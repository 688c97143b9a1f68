"""Paths, operations and servers of an OpenAPI document.

Path keys are the docs' templates as written, custom verbs included (`/x/{id}:apply`).
Query fields of message type expand into dotted parameters (`archive.folderId`), the way
the REST gateway reads them; a dotted parameter is required only when every field on its
way is; a field leading back into a message already on the way is left out, as is a repeated
name. Two methods on one path and verb cannot both be described: the one whose
`Service.Method` name sorts first is kept. A method on two paths gets operationIds
`<Service>_<Method>` and `<Service>_<Method>_2`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from ...hosts import host_template, resolve_host
from ...model import OPERATION_TYPE, STATUS_TYPE, Api, Field, Method
from ..auth import takes_token
from .links import add_links, resource_links
from .schemas import Schema, Side, Types, field_schema, key_ref, message_key, object_schema

_VERB_ORDER = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE_PARAM = re.compile(r"\{([^{}]+)\}")
_JSON = "application/json"


def server_url(raw_host: str, api_host: str) -> str:
    """`backup.{{ api-host }}` -> `https://backup.api.cloud.yandex.net`."""
    template, _guessed = host_template(raw_host)
    host = resolve_host(template, api_host).rstrip("/")
    return host if "://" in host else "https://" + host


def main_server(api: Api, api_host: str) -> str:
    """The most common server of the API's methods; ties go to the smallest URL."""
    counts = Counter(server_url(m.host, api_host) for m in api.methods())
    if not counts:
        return server_url("{{ api-host }}", api_host)
    return min(counts, key=lambda url: (-counts[url], url))


def build_paths(
    api: Api, api_host: str, main: str, types: Types, built: dict[str, Schema]
) -> dict[str, Any]:
    """Path items by path; `main` is the document's server (`main_server`), which paths on
    it leave unsaid. Schemas the operations make (request bodies, typed operations) go to
    `built` by component key."""
    links = resource_links(api)
    by_path: dict[str, dict[str, Method]] = {}
    for method in sorted(api.methods(), key=lambda m: m.full_name):
        by_path.setdefault(method.path, {}).setdefault(method.verb.lower(), method)
    paths: dict[str, Any] = {}
    operation_ids: set[str] = set()
    for path in sorted(by_path):
        methods = by_path[path]
        urls = {verb: server_url(m.host, api_host) for verb, m in methods.items()}
        shared = set(urls.values())
        item: dict[str, Any] = {}
        if len(shared) == 1 and main not in shared:
            item["servers"] = [{"url": next(iter(shared))}]
        for verb in sorted(methods, key=_verb_rank):
            op = operation(
                methods[verb], types, built, anonymous=not takes_token(api, methods[verb])
            )
            add_links(op, methods[verb], links)
            op["operationId"] = _unique(op["operationId"], operation_ids)
            if len(shared) > 1 and urls[verb] != main:
                op["servers"] = [{"url": urls[verb]}]
            item[verb] = op
        paths[path] = item
    return paths


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`... when a method shows up on two paths."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate)
    return candidate


def _verb_rank(verb: str) -> tuple[int, str]:
    return (_VERB_ORDER.index(verb) if verb in _VERB_ORDER else len(_VERB_ORDER), verb)


def operation(
    method: Method, types: Types, built: dict[str, Schema], *, anonymous: bool = False
) -> dict[str, Any]:
    """One operation; `anonymous` for a method that obtains a token (no security)."""
    op: dict[str, Any] = {"tags": [method.service]}
    description = method.description.strip()
    summary = description.splitlines()[0].strip() if description else method.full_name
    op["summary"] = summary
    op["description"] = description or f"{method.full_name}: the docs page says no more."
    op["operationId"] = f"{method.service}_{method.name}"
    if anonymous:
        op["security"] = []
    params = parameters(method, types)
    if params:
        op["parameters"] = params
    if method.body_params:
        op["requestBody"] = request_body(method, types, built)
    op["responses"] = responses(method, types, built, anonymous=anonymous)
    if method.operation is not None:
        info: dict[str, Any] = {}
        if method.operation.metadata_type:
            info["metadata"] = types.message_ref(method.operation.metadata_type, Side.RESPONSE)
        if method.operation.response_type:
            info["response"] = types.message_ref(method.operation.response_type, Side.RESPONSE)
        op["x-yc-operation"] = info
    return op


def parameters(method: Method, types: Types) -> list[dict[str, Any]]:
    """Path parameters in template order (any the model misses as plain strings), then
    query parameters, dotted, in field order."""
    declared = {f.name: f for f in method.path_params}
    result = []
    for name in _TEMPLATE_PARAM.findall(method.path):
        path_field = declared.get(name)
        if path_field is None:
            result.append(
                {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
            )
        else:
            result.append(_parameter(name, "path", path_field, True, types))
    seen: set[str] = set()
    for name, query_field, required in _query_leaves(method.query_params, types, "", True, ()):
        if name not in seen:
            seen.add(name)
            result.append(_parameter(name, "query", query_field, required, types))
    return result


def _parameter(name: str, where: str, f: Field, required: bool, types: Types) -> dict[str, Any]:
    param: dict[str, Any] = {"name": name, "in": where}
    if f.description:
        param["description"] = f.description
    param["required"] = required or where == "path"
    if f.deprecated:
        param["deprecated"] = True
    schema = field_schema(f, types, Side.REQUEST, describe=False)
    param["schema"] = schema
    if where == "query" and schema.get("type") == "array":
        param["style"] = "form"
        param["explode"] = True
    elif where == "query" and schema.get("type") == "object":
        param["style"] = "deepObject"
        param["explode"] = True
    return param


def _query_leaves(
    fields: Sequence[Field], types: Types, prefix: str, required: bool, seen: tuple[str, ...]
) -> Iterator[tuple[str, Field, bool]]:
    for f in fields:
        name = prefix + f.name
        nested = types.messages.get(f.type.message or "")
        if nested is not None and nested.full_name in seen:
            continue  # a cycle: the gateway would accept `a.next.next...`; not describable
        if nested is not None and nested.fields and not f.is_map:
            yield from _query_leaves(
                nested.fields,
                types,
                name + ".",
                required and f.required,
                seen + (nested.full_name,),
            )
        else:
            yield name, f, required and f.required


def request_body(method: Method, types: Types, built: dict[str, Schema]) -> dict[str, Any]:
    """The request message (closed) when the body is all of it, else a `<Request>Body`
    component of the body fields; either way a named component."""
    body = method.body_params
    request = types.messages.get(method.request_type)
    if request is not None and {f.name for f in request.fields} == {f.name for f in body}:
        schema = types.message_ref(request.full_name, Side.REQUEST)
    else:
        key = f"{method.request_type or method.full_name}~body"
        description = (
            f"The body of {method.full_name}: the fields of "
            f"`{method.request_type or 'its request'}` that travel in neither the path nor "
            "the query."
        )
        built[key] = object_schema(
            body, request.oneofs if request else [], types, Side.REQUEST, description
        )
        schema = key_ref(key)
    return {
        "required": any(f.required for f in body),
        "content": {_JSON: {"schema": schema}},
    }


def responses(
    method: Method, types: Types, built: dict[str, Schema], *, anonymous: bool = False
) -> dict[str, Any]:
    """200, the errors every method can answer (400, and 401 where a token is required),
    and `default` for the rest; errors are google.rpc.Status."""
    ok: Schema = {}
    if method.operation is not None and method.response_type == OPERATION_TYPE:
        ok = typed_operation(method, types, built)
    elif method.response_type:
        ok = types.message_ref(method.response_type, Side.RESPONSE)
    result: dict[str, Any] = {"200": {"description": "OK", "content": {_JSON: {"schema": ok}}}}
    errors = [("400", _INVALID)] + ([] if anonymous else [("401", _UNAUTHENTICATED)])
    errors.append(("default", "Any other error."))
    for status, description in errors:
        result[status] = {"description": description, "content": {_JSON: {"schema": _status()}}}
    return result


_INVALID = "INVALID_ARGUMENT: the request breaks a documented rule (google.rpc.BadRequest details)."
_UNAUTHENTICATED = "UNAUTHENTICATED: no IAM token, or one the API does not accept."


def _status() -> Schema:
    return key_ref(message_key(STATUS_TYPE, Side.RESPONSE))


def typed_operation(method: Method, types: Types, built: dict[str, Schema]) -> Schema:
    """`<Service><Method>Operation`: the Operation with `metadata` and `response` typed as
    the method documents them, so generators give typed long-running results. A full
    schema of its own (not `allOf` over Operation), which every generator reads alike."""
    info = method.operation
    assert info is not None
    key = f"{method.full_name}~operation"
    base = types.messages.get(OPERATION_TYPE)
    schema = object_schema(
        base.fields if base else [], base.oneofs if base else [], types, Side.RESPONSE
    )
    properties = schema.setdefault("properties", {})
    shown = []
    for name, type_name in (("metadata", info.metadata_type), ("response", info.response_type)):
        if not type_name:
            continue
        typed = types.message_ref(type_name, Side.RESPONSE)
        described = properties.get(name, {}).get("description")
        properties[name] = {**typed, "description": described} if described else typed
        shown.append(f"{name} `{type_name}`")
    schema["description"] = (
        f"The Operation that {method.full_name} returns"
        + (f", with {' and '.join(shown)}" if shown else "")
        + f". Refines `{OPERATION_TYPE}`; `metadata` and `response` also carry an `@type`."
    )
    schema["x-yc-refines"] = OPERATION_TYPE
    built[key] = schema
    return key_ref(key)
