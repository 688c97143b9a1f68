"""Diagnostics are values: parsers and the merge collect them, the CLI prints them once.

Printed as `path:line: error: message` (or `warning:`), the shape compilers use, so editors
and CI annotate the right line.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Location


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    location: Location
    severity: Severity = field(compare=False)
    message: str
    code: str = field(default="", compare=False)  # stable kind, e.g. "enum-mismatch"

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class Diagnostics:
    """An ordered collection with helpers; de-duplicates identical entries."""

    def __init__(self) -> None:
        self._items: dict[tuple[Location, str, str], Diagnostic] = {}

    def add(self, diagnostic: Diagnostic) -> None:
        key = (diagnostic.location, diagnostic.severity.value, diagnostic.message)
        self._items.setdefault(key, diagnostic)

    def error(self, location: Location, message: str, code: str = "") -> None:
        self.add(Diagnostic(location, Severity.ERROR, message, code))

    def warning(self, location: Location, message: str, code: str = "") -> None:
        self.add(Diagnostic(location, Severity.WARNING, message, code))

    def extend(self, items: Iterable[Diagnostic]) -> None:
        for d in items:
            self.add(d)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(sorted(self._items.values()))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self if not d.is_error]

    def has_errors(self) -> bool:
        return any(d.is_error for d in self._items.values())

    def error_count(self) -> int:
        return sum(d.is_error for d in self._items.values())
