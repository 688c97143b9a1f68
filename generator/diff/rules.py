"""The rule table: one stable id per kind of change, its level for each audience, the
changelog section it belongs to and a one-line reason. docs/diff-rules.md is this table
(tests/diff keep them equal); `[tool.yc-codegen.diff]` overrides the levels."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace


class Level(enum.IntEnum):
    INFO = 0
    WARNING = 1
    BREAKING = 2

    @property
    def label(self) -> str:
        return self.name.lower()


AUDIENCES = ("wire", "python-sdk", "stub")


@dataclass(frozen=True, slots=True)
class Levels:
    wire: Level
    python_sdk: Level
    stub: Level

    def by_audience(self) -> dict[str, Level]:
        return {"wire": self.wire, "python-sdk": self.python_sdk, "stub": self.stub}

    @property
    def highest(self) -> Level:
        return max(self.wire, self.python_sdk, self.stub)


class Section(enum.Enum):
    """CHANGELOG.md sections; a change breaking any audience goes under Breaking instead."""

    ADDED = "Added"
    CHANGED = "Changed"
    DEPRECATED = "Deprecated"
    REMOVED = "Removed"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    levels: Levels
    section: Section
    reason: str
    # audience -> the direction ("request" or "response") the changed message must travel in
    # for that audience's level to apply; in the other direction only, the level is info.
    directions: Mapping[str, str] = field(default_factory=dict)

    def levels_for(self, flows: frozenset[str]) -> Levels:
        """The levels for a change to a message or enum that travels in `flows` (empty:
        unknown, or not a message: the table's levels)."""
        if not flows or not self.directions:
            return self.levels
        levels = self.levels.by_audience()
        for audience, direction in self.directions.items():
            if direction not in flows:
                levels[audience] = Level.INFO
        return Levels(levels["wire"], levels["python-sdk"], levels["stub"])


I, W, B = Level.INFO, Level.WARNING, Level.BREAKING
_A, _C, _D, _R = Section.ADDED, Section.CHANGED, Section.DEPRECATED, Section.REMOVED

# id, wire, python-sdk, stub, section, reason. The wire covers both directions (a client built
# against OLD talking to a server that follows NEW, and the reverse); _DIRECTIONS below says
# which levels hold for one direction only.
# fmt: off
_TABLE: list[tuple[str, Level, Level, Level, Section, str]] = [
    ("api-added", I, I, I, _A, "a new API package; nothing existing changes"),
    ("api-removed", B, B, B, _R, "every call of the API fails; its SDK package and stub are gone"),
    ("service-added", I, I, I, _A, "a new service; nothing existing changes"),
    ("service-removed", B, B, B, _R, "its calls fail; the client attribute and servicer are gone"),
    ("method-added", I, I, I, _A, "a new operation; a servicer written before it answers 501"),
    ("method-removed", B, B, W, _R,
     "calls fail; the SDK method is gone; a servicer's override is no longer routed"),
    ("verb-changed", B, I, I, _C, "old clients send the old HTTP method; SDK and stub follow"),
    ("path-changed", B, I, I, _C, "old clients call the old path; SDK and stub follow"),
    ("host-changed", B, I, I, _C, "old clients call the old endpoint; SDK and stub follow"),
    ("request-type-changed", I, B, B, _C,
     "names do not travel (fields are compared); `request=` and servicers name the type"),
    ("response-type-changed", I, B, B, _C,
     "names do not travel (fields are compared); return annotations name the type"),
    ("operation-metadata-changed", W, B, B, _C,
     "Operation.metadata holds another type; the SDK decodes it into another class"),
    ("operation-response-changed", W, B, B, _C,
     "the operation's result is another type; wait() returns another class"),
    ("message-added", I, I, I, _A, "a new model class; nothing existing changes"),
    ("message-removed", I, B, B, _R, "code importing the model class breaks"),
    ("enum-added", I, I, I, _A, "a new enum class; nothing existing changes"),
    ("enum-removed", I, B, B, _R, "code importing the enum class breaks"),
    ("field-added", I, I, I, _A, "an optional field; old clients and servicers ignore it"),
    ("required-field-added", B, I, I, _A,
     "requests of old clients lack it and are rejected; the SDK keeps it optional"),
    ("field-removed", B, B, B, _R, "senders are rejected for an unknown field; readers lose it"),
    ("field-renamed", B, B, B, _C, "the JSON name is the wire name and the SDK attribute"),
    ("field-type-changed", B, B, B, _C, "values of the old type no longer decode"),
    ("field-cardinality-changed", B, B, B, _C, "a list where a value was, or the reverse"),
    ("field-became-required", B, I, I, _C, "requests of old clients without it are rejected"),
    ("field-became-optional", W, I, I, _C, "responses may now omit it"),
    ("field-joined-oneof", W, W, I, _C,
     "setting it together with another member is now rejected (the SDK checks on encode)"),
    ("field-left-oneof", I, I, I, _C, "it may now be set together with the other members"),
    ("field-oneof-changed", W, W, I, _C, "it is exclusive with other fields than before"),
    ("field-deprecated", I, I, I, _D, "still served; plan to stop using it"),
    ("field-undeprecated", I, I, I, _C, "no longer deprecated"),
    ("enum-value-added", W, I, W, _A,
     "old clients and servicers can receive a value they do not know (the SDK keeps it)"),
    ("enum-value-removed", B, B, B, _R, "the value is rejected; the SDK enum member is gone"),
    ("length-tightened", B, I, I, _C, "lengths the old docs allowed are rejected"),
    ("length-loosened", I, I, I, _C, "more lengths are accepted"),
    ("range-tightened", B, I, I, _C, "numbers the old docs allowed are rejected"),
    ("range-loosened", I, I, I, _C, "more numbers are accepted"),
    ("item-count-tightened", B, I, I, _C, "lists the old docs allowed are rejected"),
    ("item-count-loosened", I, I, I, _C, "more lists are accepted"),
    ("pattern-added", B, I, I, _C, "values must now match a pattern"),
    ("pattern-changed", W, I, I, _C, "values must match another pattern"),
    ("pattern-removed", I, I, I, _C, "values need not match a pattern any more"),
    ("constraint-note-changed", W, I, I, _C, "a rule the docs state in words changed"),
    ("description-changed", I, I, I, _C, "documentation only (shown with --all)"),
]
# fmt: on

_REQ, _RESP = "request", "response"
# Levels that hold in one direction only. A limit tightened, a field made required or a value
# dropped breaks the clients that send the message, not those that receive it; a new enum
# value or a field made optional surprises those that receive it.
_DIRECTIONS: dict[str, dict[str, str]] = {
    "required-field-added": {"wire": _REQ},
    "field-became-required": {"wire": _REQ},
    "field-became-optional": {"wire": _RESP},
    "field-joined-oneof": {"wire": _REQ},
    "field-oneof-changed": {"wire": _REQ},
    "enum-value-added": {"wire": _RESP, "stub": _REQ},
    "enum-value-removed": {"wire": _REQ},
    "length-tightened": {"wire": _REQ},
    "range-tightened": {"wire": _REQ},
    "item-count-tightened": {"wire": _REQ},
    "pattern-added": {"wire": _REQ},
    "pattern-changed": {"wire": _REQ},
    "constraint-note-changed": {"wire": _REQ},
}

RULES: dict[str, Rule] = {
    rule_id: Rule(rule_id, Levels(wire, sdk, stub), section, reason, _DIRECTIONS.get(rule_id, {}))
    for rule_id, wire, sdk, stub, section, reason in _TABLE
}
DESCRIPTION_RULE = "description-changed"


class OverrideError(ValueError):
    """A level override names an unknown rule, audience or level."""


def _level(text: object, where: str) -> Level:
    names = [level.label for level in Level]
    if not isinstance(text, str) or text not in names:
        raise OverrideError(f"{where}: expected one of {', '.join(names)}, got {text!r}")
    return Level[text.upper()]


def with_overrides(overrides: Mapping[str, object]) -> dict[str, Rule]:
    """The table with levels replaced: `rule-id = "level"` for every audience, or
    `rule-id = { wire = "level", python-sdk = "level", stub = "level" }` for some."""
    rules = dict(RULES)
    for rule_id, value in sorted(overrides.items()):
        rule = rules.get(rule_id)
        if rule is None:
            raise OverrideError(f"unknown rule {rule_id!r} (see docs/diff-rules.md)")
        levels = rule.levels.by_audience()
        if isinstance(value, Mapping):
            for audience, text in value.items():
                if audience not in AUDIENCES:
                    raise OverrideError(
                        f"{rule_id}: unknown audience {audience!r} "
                        f"(expected {', '.join(AUDIENCES)})"
                    )
                levels[audience] = _level(text, f"{rule_id}.{audience}")
        else:
            level = _level(value, rule_id)
            levels = dict.fromkeys(AUDIENCES, level)
        new = Levels(levels["wire"], levels["python-sdk"], levels["stub"])
        rules[rule_id] = replace(rule, levels=new)
    return rules


def markdown_table() -> str:
    """The table as docs/diff-rules.md shows it."""
    lines = [
        "| id | wire | python-sdk | stub | only for | changelog | reason |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for rule in RULES.values():
        levels = " | ".join(level.label for level in rule.levels.by_audience().values())
        only = ", ".join(f"{a}: {d}s" for a, d in rule.directions.items())
        lines.append(f"| `{rule.id}` | {levels} | {only} | {rule.section.value} | {rule.reason} |")
    return "\n".join(lines) + "\n"
