"""Pure request building: base URL for a host, path substitution, query flattening, and the
split of one request JSON object into path, query and body."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ._errors import YCError
from ._types import JSONObject, MethodSpec

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class MissingPathParameterError(YCError, ValueError):
    """A path parameter is None or empty: the URL would address another method."""


class HostResolver:
    """Host template (`backup.{api_host}`) -> base URL (`https://backup.api.cloud.yandex.net`).

    `overrides` maps a host template, a resolved host name, the template's first label
    (`backup`, `operation`, `iam`) or `"*"` (everything) to a full base URL, so tests and fake
    servers can point a client at `http://127.0.0.1:PORT`."""

    def __init__(self, api_host: str, overrides: Mapping[str, str] | None = None) -> None:
        self.api_host = api_host
        self._overrides = {k: v.rstrip("/") for k, v in (overrides or {}).items()}

    def base_url(self, template: str) -> str:
        host = template.replace("{api_host}", self.api_host)
        label = template.split(".", 1)[0]
        for key in (template, host, label, "*"):
            if key in self._overrides:
                return self._overrides[key]
        return f"https://{host}"


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _remove(data: dict[str, Any], dotted: str) -> None:
    """Drop a (dotted) field, copying the nested objects on the way: `data` is a shallow copy
    of the caller's payload."""
    parts = dotted.split(".")
    target = data
    for part in parts[:-1]:
        child = target.get(part)
        if not isinstance(child, dict):
            return
        target[part] = child = dict(child)
        target = child
    target.pop(parts[-1], None)


def _text(value: Any) -> str:
    """A path or query value as text: booleans as JSON spells them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render_path(template: str, values: Mapping[str, Any]) -> str:
    """Substitute `{name}` placeholders with URL-quoted values (`/` quoted too)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = _lookup(values, name)
        if value is None or value == "":
            raise MissingPathParameterError(
                f"path parameter {name!r} of {template} must be a non-empty value"
            )
        return quote(_text(value), safe="")

    return _PLACEHOLDER.sub(replace, template)


def flatten_query(params: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """`{"archive": {"folderId": "f"}, "ids": [1, 2], "all": True}` ->
    `[("archive.folderId", "f"), ("ids", "1"), ("ids", "2"), ("all", "true")]`.
    None values are left out."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        name = f"{prefix}{key}"
        if value is None:
            continue
        if isinstance(value, Mapping):
            out.extend(flatten_query(value, name + "."))
        elif isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, Mapping):
                    out.extend(flatten_query(item, name + "."))
                elif item is not None:
                    out.append((name, _text(item)))
        else:
            out.append((name, _text(value)))
    return out


def split_request(
    spec: MethodSpec, payload: JSONObject
) -> tuple[str, list[tuple[str, str]], JSONObject | None]:
    """(path, query pairs, body or None) for a request JSON object."""
    path = render_path(spec.path, payload)
    rest: dict[str, Any] = {k: v for k, v in payload.items()}
    for name in spec.path_params:
        _remove(rest, name)
    if not spec.has_body:
        return path, flatten_query(rest), None
    query = {name: rest.pop(name) for name in spec.query_params if name in rest}
    return path, flatten_query(query), rest
