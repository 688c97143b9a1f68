"""Comparing one field of a message with its counterpart: type, cardinality, oneof,
required, deprecation, constraints and description."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Constraints, Field

Found = tuple[str, str, str, str]  # rule id, message, old, new


def shape(f: Field) -> str:
    """The field's type as one string: `string`, `map<string, int64>`, `...Disk[]`."""
    text = str(f.type)
    if f.map_key is not None:
        text = f"map<{f.map_key.value}, {text}>"
    return text + ("[]" if f.repeated else "")


def _value_type(f: Field) -> str:
    return f"map<{f.map_key.value}, {f.type}>" if f.map_key is not None else str(f.type)


def compare_fields(old: Field, new: Field) -> Iterator[Found]:
    if _value_type(old) != _value_type(new):
        yield "field-type-changed", "type changed", shape(old), shape(new)
    if old.repeated != new.repeated:
        yield "field-cardinality-changed", "repeated changed", shape(old), shape(new)
    yield from _oneof(old.oneof, new.oneof)
    if new.required and not old.required:
        yield "field-became-required", "became required", "optional", "required"
    if old.required and not new.required:
        yield "field-became-optional", "became optional", "required", "optional"
    if new.deprecated and not old.deprecated:
        yield "field-deprecated", "deprecated", "", "deprecated"
    if old.deprecated and not new.deprecated:
        yield "field-undeprecated", "no longer deprecated", "deprecated", ""
    yield from compare_constraints(old.constraints, new.constraints)
    if old.description != new.description:
        yield "description-changed", "description changed", old.description, new.description


def _oneof(old: str | None, new: str | None) -> Iterator[Found]:
    if old == new:
        return
    if old is None:
        yield "field-joined-oneof", f"joined oneof {new}", "", str(new)
    elif new is None:
        yield "field-left-oneof", f"left oneof {old}", old, ""
    else:
        yield "field-oneof-changed", f"moved from oneof {old} to {new}", old, new


Number = int | float | None
Tighter = Callable[[Number, Number], bool]


def _raised(old: Number, new: Number) -> bool:
    """A lower bound got stricter: added, or raised."""
    return new is not None and (old is None or new > old)


def _lowered(old: Number, new: Number) -> bool:
    """An upper bound got stricter: added, or lowered."""
    return new is not None and (old is None or new < old)


# attribute, name shown, (tightened, loosened) rule ids, "stricter" test
_BOUNDS: list[tuple[str, str, str, Tighter]] = [
    ("min_length", "min length", "length", _raised),
    ("max_length", "max length", "length", _lowered),
    ("key_min_length", "key min length", "length", _raised),
    ("key_max_length", "key max length", "length", _lowered),
    ("minimum", "minimum", "range", _raised),
    ("exclusive_minimum", "exclusive minimum", "range", _raised),
    ("maximum", "maximum", "range", _lowered),
    ("exclusive_maximum", "exclusive maximum", "range", _lowered),
    ("min_items", "min items", "item-count", _raised),
    ("max_items", "max items", "item-count", _lowered),
]


def _show(value: object) -> str:
    return "none" if value is None else str(value)


def compare_constraints(old: Constraints, new: Constraints) -> Iterator[Found]:
    for attribute, name, family, stricter in _BOUNDS:
        a, b = getattr(old, attribute), getattr(new, attribute)
        if a == b:
            continue
        kind = "tightened" if stricter(a, b) else "loosened"
        yield f"{family}-{kind}", f"{name} {_show(a)} -> {_show(b)}", _show(a), _show(b)
    if old.unique_items != new.unique_items:
        kind = "tightened" if new.unique_items else "loosened"
        yield (
            f"item-count-{kind}",
            "items must be unique" if new.unique_items else "items need not be unique",
            str(old.unique_items).lower(),
            str(new.unique_items).lower(),
        )
    for attribute, name in (("pattern", "pattern"), ("key_pattern", "key pattern")):
        a, b = getattr(old, attribute), getattr(new, attribute)
        if a == b:
            continue
        if a is None:
            yield "pattern-added", f"{name} {b} added", "", b
        elif b is None:
            yield "pattern-removed", f"{name} {a} removed", a, ""
        else:
            yield "pattern-changed", f"{name} {a} -> {b}", a, b
    if sorted(old.notes) != sorted(new.notes):
        before, after = "; ".join(sorted(old.notes)), "; ".join(sorted(new.notes))
        yield (
            "constraint-note-changed",
            f"rule {before or 'none'} -> {after or 'none'}",
            before,
            after,
        )
