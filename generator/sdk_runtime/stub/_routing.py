"""Path templates -> routes. Matching works on the raw path split at `/` and each segment
percent-decoded, so a value with an encoded `/` (`%2F`) stays one parameter, and a custom
verb (`/policies/{policyId}:apply`) is a literal suffix of its segment. Where several
templates match, the one with the most literal text wins (`{id}:apply` beats `{id}`), and a
path that a custom-verb template matches is never taken by a template without one: the
parameter of `PATCH /instances/{instanceId}` does not swallow `abc:attachDisk`, which is
answered 405 (allowed: POST) instead of reaching Update."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar
from urllib.parse import unquote

T = TypeVar("T")

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_CUSTOM_VERB = re.compile(r":[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class _Segment:
    regex: re.Pattern[str]
    params: tuple[str, ...]
    literal: int  # characters of literal text


def _segment(text: str) -> _Segment:
    pattern: list[str] = []
    params: list[str] = []
    position = 0
    literal = 0
    for match in _PLACEHOLDER.finditer(text):
        pattern.append(re.escape(text[position : match.start()]))
        literal += match.start() - position
        pattern.append("(.+)")
        params.append(match.group(1))
        position = match.end()
    pattern.append(re.escape(text[position:]))
    literal += len(text) - position
    return _Segment(re.compile("".join(pattern), re.DOTALL), tuple(params), literal)


@dataclass(slots=True)
class PathTemplate:
    """`/backup/v1/policies/{policyId}:apply` as per-segment matchers."""

    template: str
    segments: tuple[_Segment, ...] = field(init=False)
    shape: tuple[str, ...] = field(init=False)  # the template with parameter names erased

    def __post_init__(self) -> None:
        parts = self.template.split("/")
        self.segments = tuple(_segment(p) for p in parts)
        self.shape = tuple(_PLACEHOLDER.sub("{}", p) for p in parts)

    @property
    def custom_verb(self) -> bool:
        """Whether the template ends in a custom verb (`...:apply`)."""
        return _CUSTOM_VERB.search(self.template) is not None

    @property
    def literal(self) -> int:
        return sum(s.literal for s in self.segments)

    def match(self, segments: Sequence[str]) -> dict[str, str] | None:
        """Parameter values by (possibly dotted) name, or None."""
        if len(segments) != len(self.segments):
            return None
        values: dict[str, str] = {}
        for text, segment in zip(segments, self.segments, strict=True):
            match = segment.regex.fullmatch(text)
            if match is None:
                return None
            for name, value in zip(segment.params, match.groups(), strict=True):
                if value == "":
                    return None
                values[name] = value
        return values


def split_path(raw_path: str) -> list[str]:
    """`/a/b%2Fc:x` -> ["", "a", "b/c:x"]."""
    return [unquote(part) for part in raw_path.split("/")]


@dataclass(slots=True)
class Route(Generic[T]):
    template: PathTemplate
    verb: str
    target: T


@dataclass(slots=True)
class Resolution(Generic[T]):
    route: Route[T] | None  # None: the path exists but not with this verb
    params: dict[str, str]
    allowed: list[str]  # verbs of the best matching path


class Router(Generic[T]):
    def __init__(self, routes: Iterable[tuple[str, str, T]] = ()) -> None:
        self._routes: list[Route[T]] = []
        for verb, path, target in routes:
            self.add(verb, path, target)

    def add(self, verb: str, path: str, target: T) -> None:
        template = PathTemplate(path)
        for route in self._routes:
            if route.verb == verb.upper() and route.template.shape == template.shape:
                return  # the first registration of a path and verb wins
        self._routes.append(Route(template, verb.upper(), target))
        self._routes.sort(key=lambda r: -r.template.literal)

    def resolve(self, verb: str, raw_path: str) -> Resolution[T] | None:
        """The route for `verb` on the most specific matching template that has one; a
        Resolution without a route (and the verbs the path allows) if templates match the
        path but none takes `verb`; None if no template matches the path."""
        segments = split_path(raw_path)
        verb = verb.upper()
        matching: list[tuple[Route[T], dict[str, str]]] = []
        for route in self._routes:
            params = route.template.match(segments)
            if params is not None:
                matching.append((route, params))
        if any(route.template.custom_verb for route, _ in matching):
            matching = [(r, p) for r, p in matching if r.template.custom_verb]
        for route, params in matching:
            if route.verb == verb:
                return Resolution(route, params, [])
        if not matching:
            return None
        best = matching[0][0].template.shape
        allowed = sorted({r.verb for r, _ in matching if r.template.shape == best})
        return Resolution(None, {}, allowed)
