"""Shared type aliases, the model protocol and per-call options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

JSON = Any  # a decoded JSON value
JSONObject = dict[str, Any]
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Timeout = float | httpx.Timeout | None

# Verbs whose request has no body (every field goes to the path or the query); they are
# also the idempotent ones.
BODYLESS_VERBS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})


class JSONModel(Protocol):
    """What the runtime needs from a generated model class: proto3 JSON in and out."""

    def to_json(self) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class MethodSpec:
    """One REST method as the generated code describes it.

    `path` uses the docs' camelCase names and may end in a custom verb (`/x/{id}:apply`);
    `host` is a host template such as `backup.{api_host}`. Fields of the request JSON named
    in `path_params` go to the path; on GET and DELETE every other field goes to the query;
    otherwise the `query_params` do, and the rest is the body."""

    verb: str
    host: str
    path: str
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()

    @property
    def idempotent(self) -> bool:
        return self.verb in BODYLESS_VERBS

    @property
    def mutating(self) -> bool:
        return self.verb not in ("GET", "HEAD", "OPTIONS")

    @property
    def has_body(self) -> bool:
        return self.verb not in BODYLESS_VERBS


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call escape hatches."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    timeout: Timeout | None = None
    retry: bool | None = None  # retry a non-idempotent call; None: the client's setting
