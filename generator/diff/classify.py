"""Changes -> a report: each change with its rule's levels (overrides applied), the counts
per level and the suggested version bump."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .change import Change
from .rules import DESCRIPTION_RULE, Level, Levels, Rule, Section


@dataclass(frozen=True, slots=True)
class Entry:
    change: Change
    rule: Rule

    @property
    def levels(self) -> Levels:
        return self.rule.levels_for(self.change.flows)

    @property
    def level(self) -> Level:
        return self.levels.highest


@dataclass(frozen=True, slots=True)
class Report:
    entries: list[Entry]  # in Change order: API, service, subject, rule
    hidden: int  # description changes left out (shown with --all)

    def count(self, level: Level) -> int:
        return sum(e.level is level for e in self.entries)

    def has(self, at_least: Level) -> bool:
        return any(e.level >= at_least for e in self.entries)

    @property
    def bump(self) -> str:
        """The generated SDK's semantic-version bump: major when anything breaks an audience,
        minor when something was added or deprecated, patch for the rest, none without
        changes. Description changes count (as patch) even when hidden."""
        if self.has(Level.BREAKING):
            return "major"
        if any(e.rule.section in (Section.ADDED, Section.DEPRECATED) for e in self.entries):
            return "minor"
        return "patch" if self.entries or self.hidden else "none"

    def summary(self) -> str:
        counts = ", ".join(f"{self.count(level)} {level.label}" for level in reversed(Level))
        hidden = f" ({self.hidden} description change(s) hidden; --all shows them)"
        return (
            f"{len(self.entries)} change(s): {counts}{hidden if self.hidden else ''}; "
            f"suggested SDK version bump: {self.bump}"
        )


def classify(changes: Sequence[Change], rules: Mapping[str, Rule], *, show_all: bool) -> Report:
    entries = [Entry(c, rules[c.rule]) for c in changes]
    shown = [e for e in entries if show_all or e.change.rule != DESCRIPTION_RULE]
    return Report(shown, len(entries) - len(shown))
