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
from ...model import STATUS_TYPE, Api, Field, Method
from .links import add_links, resource_links
from .schemas import Schema, Types, field_schema, object_schema, schema_ref

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


def build_paths(api: Api, api_host: str, main: str) -> dict[str, Any]:
    """Path items by path; `main` is the document's server (`main_server`), which paths on
    it leave unsaid."""
    types = Types.of(api)
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
            op = operation(methods[verb], types)
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


def operation(method: Method, types: Types) -> dict[str, Any]:
    op: dict[str, Any] = {"tags": [method.service]}
    description = method.description.strip()
    if description:
        summary = description.splitlines()[0].strip()
        op["summary"] = summary
        if description != summary:
            op["description"] = description
    op["operationId"] = f"{method.service}_{method.name}"
    params = parameters(method, types)
    if params:
        op["parameters"] = params
    if method.body_params:
        op["requestBody"] = request_body(method, types)
    op["responses"] = responses(method, types)
    if method.operation is not None:
        info: dict[str, Any] = {}
        if method.operation.metadata_type:
            info["metadata"] = types.message_schema_ref(method.operation.metadata_type)
        if method.operation.response_type:
            info["response"] = types.message_schema_ref(method.operation.response_type)
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
    schema = field_schema(f, types, describe=False)
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


def request_body(method: Method, types: Types) -> dict[str, Any]:
    """The request message by reference when the body is all of it, else an inline object
    of the body fields."""
    body = method.body_params
    request = types.messages.get(method.request_type)
    schema: Schema
    if request is not None and {f.name for f in request.fields} == {f.name for f in body}:
        schema = schema_ref(request.full_name)
    else:
        schema = object_schema(body, request.oneofs if request else [], types)
    return {
        "required": any(f.required for f in body),
        "content": {_JSON: {"schema": schema}},
    }


def responses(method: Method, types: Types) -> dict[str, Any]:
    ok: Schema = types.message_schema_ref(method.response_type) if method.response_type else {}
    return {
        "200": {"description": "OK", "content": {_JSON: {"schema": ok}}},
        "default": {
            "description": "An error (google.rpc.Status).",
            "content": {_JSON: {"schema": schema_ref(STATUS_TYPE)}},
        },
    }
