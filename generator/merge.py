"""Parsed pages -> one `Api` per protobuf package, messages and enums shared by full name.

The same message is documented on many pages (and sometimes twice on one page). The rules
that pick a winner when the copies disagree are in docs/merge-rules.md; each disagreement
is a warning that names both places. Pages are merged in sorted path order, so "first" is
deterministic.
"""

from __future__ import annotations

import copy
import dataclasses
import posixpath
from collections import Counter
from collections.abc import Iterable, Mapping

from .diagnostics import Diagnostics
from .model import (
    OPERATION_TYPE,
    Api,
    EnumType,
    EnumValue,
    Field,
    Message,
    Oneof,
    Scalar,
    Service,
    TypeRef,
)
from .parse.package_guess import guess_package
from .parse.page import ParsedPage

# Operation.metadata and .response are google.protobuf.Any: each page shows the type its
# method puts there (kept in Method.operation); the shared message keeps them open.
_OPERATION_ANY_FIELDS = ("metadata", "response")


def assign_packages(pages: list[ParsedPage], diagnostics: Diagnostics) -> list[ParsedPage]:
    """A page names its package only through the types it uses, and a method may take a
    request of another package (`yandex.cloud.access.SetAccessBindingsRequest` for
    `iam.v1.ServiceAccount.SetAccessBindings`) or name none at all (a path-only request
    answered with google.protobuf.Empty). Pages of one `api-ref` folder
    (`<folder>/<Service>/<method>.md`) document one service package: the folder's majority
    package wins (ties: alphabetically first). Returns the pages that got a package."""
    folders: dict[str, list[ParsedPage]] = {}
    for page in pages:
        folders.setdefault(posixpath.dirname(posixpath.dirname(page.path)), []).append(page)
    settled: list[ParsedPage] = []
    for group in folders.values():
        votes = Counter(page.package for page in group if page.package)
        if not votes:
            # No type names one: the docs' location conventions (parse/package_guess.py).
            guesses = {p.path: guess_package(p.method, p.source_path, p.path) for p in group}
            votes = Counter(package for package, _ in guesses.values())
            for page in group:
                diagnostics.warning(
                    page.method.location,
                    f"no type on this page or its folder names a protobuf package; using "
                    f"{_majority(votes)}, read from {guesses[page.path][1]}",
                    "package-guess",
                )
        winner = _majority(votes)
        for page in group:
            page.set_package(winner)
        settled += group
    return sorted(settled, key=lambda p: p.path)


def package_vote(page: ParsedPage) -> str | None:
    """The package the page's own types name, if any (its vote in `settle_packages`)."""
    return page.package


def settle_packages(votes: Mapping[str, str | None]) -> dict[str, str | None]:
    """Page path -> its package, from each page's vote (`package_vote`).

    A page names its package only through the types it uses, and a method may take a
    request of another package (`yandex.cloud.access.SetAccessBindingsRequest` for
    `iam.v1.ServiceAccount.SetAccessBindings`) or name none at all (a path-only request
    answered with google.protobuf.Empty). Pages of one `api-ref` folder
    (`<folder>/<Service>/<method>.md`) document one service package: the folder's majority
    package wins (ties: alphabetically first); None for every page of a folder where no
    page votes. A pure function of the votes, so an incremental build can plan the merge
    from the votes of the last run without loading the pages."""
    folders: dict[str, list[str]] = {}
    for path in votes:
        folders.setdefault(folder_of(path), []).append(path)
    winners: dict[str, str | None] = {}
    for paths in folders.values():
        counted = Counter(vote for path in paths if (vote := votes[path]))
        winner = _majority(counted) if counted else None
        winners.update(dict.fromkeys(paths, winner))
    return winners


def folder_of(path: str) -> str:
    """The `api-ref` folder of a page path: all pages below it share a package."""
    return posixpath.dirname(posixpath.dirname(path))


def _majority(votes: Counter[str]) -> str:
    """The most common key; ties go to the alphabetically first."""
    return min(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def merge_pages(pages: Iterable[ParsedPage], diagnostics: Diagnostics) -> dict[str, Api]:
    apis: dict[str, Api] = {}
    titles: dict[str, Counter[str]] = {}
    for page in assign_packages(list(pages), diagnostics):
        assert page.package is not None
        api = apis.setdefault(page.package, Api(page.package, page.api_title))
        titles.setdefault(page.package, Counter())[page.api_title] += 1
        api.sources.append(page.path)
        method = page.method
        service = api.services.setdefault(method.service, Service(method.service))
        twin = next((m for m in service.methods if m.name == method.name), None)
        if twin is not None:
            diagnostics.warning(
                method.location,
                f"{method.full_name} is documented again (first at {twin.location}); keeping the first",
                "duplicate-method",
            )
            continue
        method.source_path = page.source_path or ""
        service.methods.append(method)
        for message in page.messages:
            _merge_message(api.messages, message, diagnostics)
        for enum_type in page.enums:
            _merge_enum(api.enums, enum_type, diagnostics)
    for package, api in apis.items():
        api.title = _majority(titles[package])
        api.services = {name: api.services[name] for name in sorted(api.services)}
        for service in api.services.values():
            service.methods.sort(key=lambda m: m.name)
        api.messages = {name: api.messages[name] for name in sorted(api.messages)}
        api.enums = {name: api.enums[name] for name in sorted(api.enums)}
    return {name: apis[name] for name in sorted(apis)}


def _open_operation(message: Message) -> Message:
    message = copy.copy(message)
    message.fields = [
        (
            dataclasses.replace(f, type=TypeRef(scalar=Scalar.JSON))
            if f.name in _OPERATION_ANY_FIELDS
            else f
        )
        for f in message.fields
    ]
    return message


def _shape(f: Field) -> str:
    key = f"map<{f.map_key.value}, " if f.map_key else ""
    return f"{key}{f.type}{'>' if f.map_key else ''}{'[]' if f.repeated else ''}"


def _merge_message(messages: dict[str, Message], new: Message, diagnostics: Diagnostics) -> None:
    if new.full_name == OPERATION_TYPE:
        new = _open_operation(new)
    old = messages.get(new.full_name)
    if old is None:
        messages[new.full_name] = copy.copy(new)
        messages[new.full_name].fields = list(new.fields)
        messages[new.full_name].oneofs = [Oneof(o.name, list(o.fields)) for o in new.oneofs]
        return
    if old.synthetic and not new.synthetic:
        old.synthetic = False
    if not old.description and new.description:
        old.description = new.description
    for f in new.fields:
        existing = old.field_named(f.name)
        if existing is None:
            diagnostics.warning(
                f.location,
                f"{new.full_name}.{f.name} is not documented at {old.location}, the message's first place; added",
                "message-differs",
            )
            old.fields.append(f)
            continue
        _merge_field(old, existing, f, diagnostics)
    for group in new.oneofs:
        target = next((o for o in old.oneofs if o.name == group.name), None)
        if target is None:
            old.oneofs.append(Oneof(group.name, list(group.fields)))
        else:
            target.fields.extend(n for n in group.fields if n not in target.fields)


def _merge_field(owner: Message, old: Field, new: Field, diagnostics: Diagnostics) -> None:
    where = f"{owner.full_name}.{old.name}"
    if _shape(old) != _shape(new):
        # A named type beats an open `object`: the other copy knows more.
        if (
            old.type.scalar is Scalar.JSON
            and new.type.scalar is not Scalar.JSON
            and not old.map_key
        ):
            owner.fields[owner.fields.index(old)] = new
            _type_differs(where, old, new, new, diagnostics)
            return
        if not (new.type.scalar is Scalar.JSON and old.type.scalar is not Scalar.JSON):
            _type_differs(where, old, new, old, diagnostics)
    if new.required and not old.required:
        old.required = True
        diagnostics.warning(
            new.location,
            f"{where} is required here but not at {old.location}; treated as required",
            "required-differs",
        )
    if new.deprecated and not old.deprecated:
        old.deprecated = True
    if not old.description and new.description:
        old.description = new.description
    if old.constraints.is_empty() and not new.constraints.is_empty():
        old.constraints = new.constraints


def _type_differs(
    where: str, old: Field, new: Field, winner: Field, diagnostics: Diagnostics
) -> None:
    diagnostics.warning(
        new.location,
        f"{where} is {_shape(old)} at {old.location} and {_shape(new)} here; "
        f"using {_shape(winner)}",
        "type-differs",
    )


def _merge_enum(enums: dict[str, EnumType], new: EnumType, diagnostics: Diagnostics) -> None:
    old = enums.get(new.full_name)
    if old is None:
        enums[new.full_name] = EnumType(new.full_name, new.location, list(new.values))
        return
    old_names = [v.name for v in old.values]
    new_names = [v.name for v in new.values]
    if sorted(old_names) == sorted(new_names):  # the order of values carries no meaning
        return
    # Enums only grow: the longer list is the newer one; values only the other lists are kept.
    base, other = (new, old) if len(new_names) > len(old_names) else (old, new)
    merged = list(base.values)
    seen = {v.name for v in merged}
    merged += [
        EnumValue(v.name, v.description, v.location) for v in other.values if v.name not in seen
    ]
    if set(old_names) != set(new_names):
        diagnostics.warning(
            new.location,
            f"{new.full_name} lists {new_names} here and {old_names} at {old.location}; using the union",
            "enum-differs",
        )
    old.values = merged
    for v in old.values:
        if not v.description:
            twin = next((w for w in new.values if w.name == v.name and w.description), None)
            if twin:
                v.description = twin.description
