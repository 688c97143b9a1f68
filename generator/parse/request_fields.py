"""A method's request message from its page's path, query and body tables.

The three tables are views of one request message. Two things need care on the whole
reference: a field some pages list in two tables (a path parameter again among the body
parameters) is one field; and a path parameter may name a field inside a message field of
the request (`server.cloudId`, gRPC transcoding's `{server.cloud_id}`), which is that nested
field, not a field of the request. Also the name of a request the page does not name.
"""

from __future__ import annotations

import dataclasses
import re

from ..diagnostics import Diagnostics
from ..model import Field, Message, Method

_FIRST_WORD = re.compile(r"[A-Z]?[a-z0-9]+")


def synthetic_request_name(service: str, method: str) -> str:
    """The name the APIs' own convention gives a method's request: the verb, the service,
    the rest of the method name (`Cluster.GetShard` -> `GetClusterShardRequest`,
    `Instance.ListOperations` -> `ListInstanceOperationsRequest`, `Backup.Get` ->
    `GetBackupRequest`)."""
    verb = _FIRST_WORD.match(method)
    head = verb.group(0) if verb else method
    return f"{head}{service}{method[len(head):]}Request"


def own_fields(method: Method, diagnostics: Diagnostics) -> list[Field]:
    """The request's own fields: path parameters (but those inside a body message), then
    query and body fields. A field listed in two tables is kept where first listed (the
    path: the URL carries it), with a warning; the method's query and body views follow."""
    method.query_params = _not_listed_before(method.query_params, method.path_params, diagnostics)
    method.body_params = _not_listed_before(
        method.body_params, method.path_params + method.query_params, diagnostics
    )
    direct = [p for p in method.path_params if "." not in p.name]
    return direct + method.query_params + method.body_params


def _not_listed_before(
    fields: list[Field], before: list[Field], diagnostics: Diagnostics
) -> list[Field]:
    first = {f.name: f for f in before}
    kept = []
    for f in fields:
        if f.name in first:
            diagnostics.warning(
                f.location,
                f"{f.name!r} is listed already (line {first[f.name].location.line}); "
                "kept once, where first listed",
                "field-repeated",
            )
        else:
            kept.append(f)
    return kept


def bind_nested_path_params(
    request: Message, method: Method, messages: list[Message], diagnostics: Diagnostics
) -> None:
    """Each dotted path parameter (`server.cloudId`): its head must be a message field of the
    request; the leaf is a field of that message. Where no table of that message on the page
    lists the leaf (it travels in the path), the path parameter's row becomes that field,
    with a warning. `messages` are the page's (a message may be shown twice)."""
    for param in method.path_params:
        if "." in param.name:
            _bind(request, param, messages, diagnostics)


def _bind(
    request: Message, param: Field, messages: list[Message], diagnostics: Diagnostics
) -> None:
    *heads, leaf = param.name.split(".")
    copies = [request]
    for depth, head in enumerate(heads):
        holder = next((f for m in copies if (f := m.field_named(head)) is not None), None)
        target = holder.type.message if holder is not None else None
        copies = [m for m in messages if target is not None and m.full_name == target]
        if holder is None or not copies or holder.repeated or holder.is_map:
            shown = ".".join(heads[: depth + 1])
            diagnostics.error(
                param.location,
                f"path parameter {param.name!r}: {shown!r} is not a message field of the "
                f"request {request.full_name} documented on the page",
                "path-param",
            )
            return
    if all(m.field_named(leaf) is None for m in copies):
        diagnostics.warning(
            param.location,
            f"path parameter {param.name!r}: {copies[0].full_name} lists no field "
            f"{leaf!r}; added from the path parameters table",
            "path-param",
        )
        copies[0].fields.append(dataclasses.replace(param, name=leaf))
