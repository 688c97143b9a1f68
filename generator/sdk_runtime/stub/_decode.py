"""HTTP request -> the request message's JSON: path parameters, query parameters (dotted
names for nested messages, a repeated key per list element) and the JSON body, merged into
one object that `_validate` then checks. Problems come back as violations, never as
exceptions of another kind."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from .._types import BODYLESS_VERBS
from . import _schema as k
from ._errors import StubError, Violation
from ._schema import MessageRule, MethodRule, Schema


def decode_request(
    schema: Schema,
    method: MethodRule,
    path_params: Mapping[str, str],
    query: Iterable[tuple[str, str]],
    body: bytes,
) -> dict[str, Any]:
    """The request JSON object; raises StubError(INVALID_ARGUMENT) naming what is wrong."""
    violations: list[Violation] = []
    data: dict[str, Any] = {}
    if method.verb not in BODYLESS_VERBS:
        data = _body(body)
    rule = schema.message(method.request) or k.MessageRule()
    from_query: set[str] = set()
    for name, text in query:
        _place(schema, rule, data, name, text, "query", from_query, violations)
    for name, text in path_params.items():
        _place(schema, rule, data, name, text, "path", None, violations)
    if violations:
        raise StubError.invalid(violations)
    return data


def _body(body: bytes) -> dict[str, Any]:
    if not body.strip():
        return {}
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise StubError.invalid([Violation("", "request body is not UTF-8")]) from None
    except (ValueError, RecursionError) as exc:  # ValueError: also a number of 4,300+ digits
        raise StubError.invalid([Violation("", f"malformed JSON body: {exc}")]) from None
    if not isinstance(data, dict):
        kind = "array" if isinstance(data, list) else type(data).__name__
        raise StubError.invalid([Violation("", f"request body must be a JSON object, not {kind}")])
    return data


def _place(
    schema: Schema,
    rule: MessageRule,
    data: dict[str, Any],
    dotted: str,
    text: str,
    where: str,
    seen: set[str] | None,
    violations: list[Violation],
) -> None:
    """Put one path or query value at its (dotted) place in `data`, typed by the schema."""
    parts = dotted.split(".")
    target = data
    current: MessageRule | None = rule
    for depth, part in enumerate(parts):
        shown = ".".join(parts[: depth + 1])
        last = depth == len(parts) - 1
        f = current.field_named(part) if current is not None else None
        if current is not None and f is None:
            violations.append(Violation(shown, f"unknown {where} parameter"))
            return
        if last:
            _set_leaf(target, part, f, text, shown, where, seen, violations)
            return
        if f is not None and (f.repeated or f.kind not in (k.MESSAGE, k.JSON)):
            violations.append(Violation(shown, f"cannot be given as a nested {where} parameter"))
            return
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            violations.append(Violation(shown, f"given both in the {where} and as a value"))
            return
        target = child
        current = schema.message(f.ref) if f is not None and f.kind == k.MESSAGE else None


def _set_leaf(
    target: dict[str, Any],
    name: str,
    f: k.FieldRule | None,
    text: str,
    shown: str,
    where: str,
    seen: set[str] | None,
    violations: list[Violation],
) -> None:
    if f is not None and (f.is_map or f.kind == k.MESSAGE):
        violations.append(Violation(shown, f"a message or map cannot be given as a {where} value"))
        return
    value = _scalar(f, text)
    if f is not None and f.repeated:
        if seen is not None and shown not in seen and name in target:
            violations.append(Violation(shown, f"given both in the {where} and in the body"))
            return
        if seen is not None:
            seen.add(shown)
        existing = target.setdefault(name, [])
        if isinstance(existing, list):
            existing.append(value)
        return
    if where == "path":
        target[name] = value
        return
    if name in target:
        twice = seen is not None and shown in seen
        violations.append(
            Violation(
                shown,
                "given more than once" if twice else "given both in the query and in the body",
            )
        )
        return
    if seen is not None:
        seen.add(shown)
    target[name] = value


_INT32_TEXT = re.compile(r"0|-?[1-9][0-9]{0,9}")


def _scalar(f: k.FieldRule | None, text: str) -> Any:
    """Query and path values are text: `true`/`false` become JSON booleans and canonical
    decimals of 32-bit fields JSON integers; everything else stays a string (64-bit integers
    travel as strings anyway) for the validator to check."""
    if f is not None and f.kind == k.BOOL and text in ("true", "false"):
        return text == "true"
    if f is not None and f.kind in (k.INT32, k.UINT32) and _INT32_TEXT.fullmatch(text):
        return int(text)
    return text
