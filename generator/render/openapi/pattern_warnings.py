"""Warnings for docs patterns the OpenAPI documents cannot state exactly (see `ecma_regex`):
reported while loading the docs, at the field's page and line, so `generate` and `lint`
show them; the documents keep such a pattern only as `x-yc-pattern`."""

from __future__ import annotations

from collections.abc import Iterable

from ...diagnostics import Diagnostic, Severity
from ...model import Api
from .ecma_regex import Untranslatable, ecma_pattern


def pattern_warnings(apis: Iterable[Api]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for api in apis:
        for message in api.messages.values():
            for f in message.fields:
                for pattern in (f.constraints.pattern, f.constraints.key_pattern):
                    if pattern is None:
                        continue
                    try:
                        ecma_pattern(pattern)
                    except Untranslatable as exc:
                        text = (
                            f"field {f.name}: pattern {pattern!r} cannot be stated exactly "
                            f"in ECMA-262 ({exc}); the OpenAPI document leaves it out"
                        )
                        found.append(Diagnostic(f.location, Severity.WARNING, text, "pattern-ecma"))
    return found
