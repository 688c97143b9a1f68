"""Two merged model sets (`{package: Api}`) -> the typed changes between them.

Everything is matched by name, never by position: APIs by package, services and methods by
docs name, messages and enums by full protobuf name, fields by JSON name, enum values by name.
So reordered pages, sections, table rows or enum values are no change. Locations point at
the NEW page, or at the OLD page for what was removed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping

from ..model import Api, EnumType, Field, Location, Message, Method, TypeRef
from .change import Change
from .fields import compare_fields, shape
from .flows import enum_flows, message_flows


def diff_models(old: Mapping[str, Api], new: Mapping[str, Api]) -> list[Change]:
    """Every change, sorted (by API, service, subject, rule)."""
    changes: list[Change] = []
    for package in sorted(set(old) | set(new)):
        before, after = old.get(package), new.get(package)
        if before is None:
            assert after is not None
            changes.append(_api_change(after, "api-added", "API added"))
        elif after is None:
            changes.append(_api_change(before, "api-removed", "API removed"))
        else:
            changes += _ApiDiff(before, after).changes()
    return sorted(changes)


def _api_location(api: Api) -> Location:
    """An API is located at the top of its first page."""
    return Location(api.sources[0], 1) if api.sources else Location(api.package, 0)


def _api_change(api: Api, rule: str, message: str) -> Change:
    return Change(api.package, "", api.package, rule, message, _api_location(api))


def _describe(name: str | None) -> str:
    return name or "object"


class _ApiDiff:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = old
        self.new = new
        self.package = new.package
        self.found: list[Change] = []
        # A method's request/response type renamed (the old name gone, the new one new): its
        # fields are compared old against new instead of reporting a removal and an addition.
        self.renamed: dict[str, str] = {}
        old_messages, new_messages = message_flows(old), message_flows(new)
        self.message_flows = _union(old_messages, new_messages)
        self.enum_flows = _union(enum_flows(old, old_messages), enum_flows(new, new_messages))

    def changes(self) -> list[Change]:
        self.describe("", self.package, _api_location(self.new), self.old.title, self.new.title)
        self._services()
        self._messages()
        self._enums()
        return self.found

    def add(
        self,
        service: str,
        subject: str,
        rule: str,
        message: str,
        location: Location,
        old: str = "",
        new: str = "",
        flows: frozenset[str] = frozenset(),
    ) -> None:
        self.found.append(
            Change(self.package, service, subject, rule, message, location, old, new, flows)
        )

    def describe(
        self, service: str, subject: str, location: Location, before: str, after: str
    ) -> None:
        """A description (or title) change, if there is one: info, shown with --all."""
        if before != after:
            rule = "description-changed"
            self.add(service, subject, rule, "description changed", location, before, after)

    # -- services and methods ----------------------------------------------------------------

    def _services(self) -> None:
        old, new = self.old.services, self.new.services
        for name in sorted(set(old) | set(new)):
            if name not in old:
                self.add(
                    name, name, "service-added", "service added", new[name].methods[0].location
                )
            elif name not in new:
                self.add(
                    name, name, "service-removed", "service removed", old[name].methods[0].location
                )
            else:
                self._methods(old[name].methods, new[name].methods)

    def _methods(self, old_methods: list[Method], new_methods: list[Method]) -> None:
        old = {m.name: m for m in old_methods}
        new = {m.name: m for m in new_methods}
        for name in sorted(set(old) | set(new)):
            if name not in old:
                m = new[name]
                self.add(
                    m.service, m.full_name, "method-added", f"{m.verb} {m.path} added", m.location
                )
            elif name not in new:
                m = old[name]
                self.add(
                    m.service,
                    m.full_name,
                    "method-removed",
                    f"{m.verb} {m.path} removed",
                    m.location,
                )
            else:
                self._method(old[name], new[name])

    def _method(self, old: Method, new: Method) -> None:
        def check(rule: str, what: str, before: str | None, after: str | None) -> None:
            if before != after:
                a, b = _describe(before), _describe(after)
                self.add(new.service, new.full_name, rule, f"{what} {a} -> {b}", new.location, a, b)

        check("verb-changed", "verb", old.verb, new.verb)
        check("path-changed", "path", old.path, new.path)
        check("host-changed", "host", old.host, new.host)
        check("request-type-changed", "request type", old.request_type, new.request_type)
        check("response-type-changed", "response type", old.response_type, new.response_type)
        if old.operation is not None and new.operation is not None:
            check(
                "operation-metadata-changed",
                "operation metadata",
                old.operation.metadata_type,
                new.operation.metadata_type,
            )
            check(
                "operation-response-changed",
                "operation response",
                old.operation.response_type,
                new.operation.response_type,
            )
        self.describe(new.service, new.full_name, new.location, old.description, new.description)
        pairs: list[tuple[str | None, str | None]] = [
            (old.request_type, new.request_type),
            (old.response_type, new.response_type),
        ]
        if old.operation is not None and new.operation is not None:
            pairs += [
                (old.operation.metadata_type, new.operation.metadata_type),
                (old.operation.response_type, new.operation.response_type),
            ]
        for before, after in pairs:
            if (
                before
                and after
                and before != after
                and before not in self.new.messages
                and after not in self.old.messages
            ):
                self.renamed.setdefault(after, before)

    # -- messages and fields -----------------------------------------------------------------

    def _messages(self) -> None:
        old, new = self.old.messages, self.new.messages
        was_renamed = set(self.renamed.values())
        for name in sorted(set(old) | set(new)):
            if name not in old:
                if name in self.renamed and self.renamed[name] in old:
                    self._message(old[self.renamed[name]], new[name])
                else:
                    self.add("", name, "message-added", "message added", new[name].location)
            elif name not in new:
                if name not in was_renamed:
                    self.add("", name, "message-removed", "message removed", old[name].location)
            else:
                self._message(old[name], new[name])

    def _message(self, old: Message, new: Message) -> None:
        self.describe("", new.full_name, new.location, old.description, new.description)
        flows = self.message_flows.get(new.full_name, frozenset()) | self.message_flows.get(
            old.full_name, frozenset()
        )
        before = {f.name: f for f in old.fields}
        after = {f.name: f for f in new.fields}
        removed = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        for name in sorted(set(before) & set(after)):
            for rule, message, a, b in compare_fields(self._translated(before[name]), after[name]):
                subject = f"{new.full_name}.{name}"
                self.add("", subject, rule, message, after[name].location, a, b, flows)
        renames = dict(_renames([before[n] for n in removed], [after[n] for n in added]))
        for name in removed:
            f = before[name]
            if name in renames:
                target = after[renames[name]]
                self.add(
                    "",
                    f"{new.full_name}.{name}",
                    "field-renamed",
                    f"renamed to {target.name}",
                    target.location,
                    name,
                    target.name,
                    flows,
                )
            else:
                subject = f"{new.full_name}.{name}"
                self.add(
                    "",
                    subject,
                    "field-removed",
                    f"{shape(f)} field removed",
                    f.location,
                    flows=flows,
                )
        for name in added:
            if name in renames.values():
                continue
            f = after[name]
            rule, what = (
                ("required-field-added", "required ") if f.required else ("field-added", "")
            )
            self.add(
                "", f"{new.full_name}.{name}", rule, f"{what}{shape(f)} field added", f.location
            )

    def _translated(self, f: Field) -> Field:
        """`f` (an OLD field) with the types it names renamed as the NEW model renamed them."""
        ref = f.type
        if ref.message is not None and ref.message in self.renamed_back:
            return dataclasses.replace(f, type=TypeRef(message=self.renamed_back[ref.message]))
        if ref.enum is not None:
            owner, _, short = ref.enum.rpartition(".")
            if owner in self.renamed_back:
                return dataclasses.replace(
                    f, type=TypeRef(enum=f"{self.renamed_back[owner]}.{short}")
                )
        return f

    @property
    def renamed_back(self) -> dict[str, str]:
        """OLD name -> NEW name of the renamed messages."""
        return {old: new for new, old in self.renamed.items()}

    # -- enums -------------------------------------------------------------------------------

    def _enums(self) -> None:
        old, new = self.old.enums, self.new.enums
        # Enums are named after their owning message: a renamed message renames them.
        was: dict[str, str] = {}  # NEW name -> OLD name
        for name in new:
            owner, _, short = name.rpartition(".")
            if (
                name not in old
                and owner in self.renamed
                and f"{self.renamed[owner]}.{short}" in old
            ):
                was[name] = f"{self.renamed[owner]}.{short}"
        for name in sorted(set(old) | set(new)):
            if name in was:
                self.found += self._enum(old[was[name]], new[name])
            elif name not in old:
                self.add("", name, "enum-added", "enum added", new[name].location)
            elif name not in new:
                if name not in was.values():
                    self.add("", name, "enum-removed", "enum removed", old[name].location)
            else:
                self.found += self._enum(old[name], new[name])

    def _enum(self, old: EnumType, new: EnumType) -> Iterator[Change]:
        flows = self.enum_flows.get(new.full_name, frozenset()) | self.enum_flows.get(
            old.full_name, frozenset()
        )
        before = {v.name: v for v in old.values}
        after = {v.name: v for v in new.values}
        for name in sorted(set(before) | set(after)):
            subject = f"{new.full_name}.{name}"
            if name not in before:
                where = after[name].location or new.location
                yield Change(
                    self.package, "", subject, "enum-value-added", "value added", where, flows=flows
                )
            elif name not in after:
                where = before[name].location or old.location
                yield Change(
                    self.package, "", subject, "enum-value-removed", "value removed", where
                )
            elif before[name].description != after[name].description:
                yield Change(
                    self.package,
                    "",
                    subject,
                    "description-changed",
                    "description changed",
                    after[name].location or new.location,
                    before[name].description,
                    after[name].description,
                )


def _union(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {name: a.get(name, frozenset()) | b.get(name, frozenset()) for name in a.keys() | b}


def _renames(removed: list[Field], added: list[Field]) -> Iterator[tuple[str, str]]:
    """A field is renamed when exactly one added field has the same type and description as
    it, and that added field matches no other removed one (the docs carry no field numbers)."""

    def same(a: Field, b: Field) -> bool:
        return shape(a) == shape(b) and a.description == b.description and bool(a.description)

    for gone in removed:
        candidates = [f for f in added if same(gone, f)]
        if len(candidates) == 1 and sum(same(g, candidates[0]) for g in removed) == 1:
            yield gone.name, candidates[0].name
