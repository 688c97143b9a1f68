"""One docs page -> one method plus the messages and enums it documents.

Tables are the primary source: they name every type by its full protobuf name (the section
anchors) and list every field. The front matter's apiPlayground schema is a second source,
checked against the tables in `playground.py` (see docs/merge-rules.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import Diagnostics
from ..hosts import UnknownHostVariable, host_template
from ..model import (
    EMPTY_TYPE,
    OPERATION_TYPE,
    EnumType,
    Field,
    Location,
    Message,
    Method,
    Oneof,
    OperationInfo,
    TypeRef,
)
from . import cells, enum_values, playground, request_fields
from .front_matter import load_front_matter
from .notation import NotationError, parse_notation
from .sections import PageStructure, Section, Table, structure
from .source import PageSource, read_source, split_source
from .value_lines import locate_values
from .yfm import TableSyntaxError, split_rows

_TITLE = re.compile(r"^(?P<api>.+?), REST: (?P<service>[A-Za-z0-9_]+)\.(?P<method>[A-Za-z0-9_]+)$")
_REQUEST_LINE = re.compile(
    r"^(?P<verb>[A-Z]+)\s+https?://(?P<host>(?:\{\{[^}]*\}\}|[^/\s{])+)(?P<path>/\S*)$"
)
_FIELD_NAME = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<repeated>\[\])?$")
# A path parameter may name a field of a message field of the request (`server.cloudId`:
# gRPC transcoding's `{server.cloud_id}`); it is that nested field, not a request field.
_PATH_FIELD_NAME = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)$")
_HTTP_CODE = re.compile(r"^\*\*HTTP Code: .*\*\*$")
_REQUEST_SECTIONS = ("query parameters", "body parameters")
_VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_SHARED_PACKAGES = ("yandex.cloud.operation.", "google.")
# Enums of path parameters are named after this until the request type is known.
_PATH_OWNER = "path"


@dataclass(slots=True)
class ParsedPage:
    path: str
    api_title: str
    package: str | None  # None until merge.assign_packages settles it (see set_package)
    method: Method
    # Every documented occurrence, in page order; the same full name may occur twice
    # (the docs repeat a message under a de-duplicated anchor such as `PolicySettings2`).
    messages: list[Message] = field(default_factory=list)
    enums: list[EnumType] = field(default_factory=list)
    source_path: str | None = None

    def set_package(self, package: str) -> None:
        """Settle the package; a synthetic request still without one is renamed into it."""
        self.package = package
        request = self.messages[0]
        if not request.synthetic or "." in request.full_name:
            return
        old, new = request.full_name, f"{package}.{request.full_name}"
        request.full_name = self.method.request_type = new
        _rename_enum_owner(old, new, self.enums, request.fields)


def parse_page_file(file: Path, shown_as: str, diagnostics: Diagnostics) -> ParsedPage | None:
    source = read_source(file, shown_as, diagnostics)
    return parse_source(source, diagnostics) if source else None


def parse_page_bytes(data: bytes, shown_as: str, diagnostics: Diagnostics) -> ParsedPage | None:
    source = split_source(data, shown_as, diagnostics)
    return parse_source(source, diagnostics) if source else None


def parse_source(source: PageSource, diagnostics: Diagnostics) -> ParsedPage | None:
    """Everything wrong is reported; None means the page could not yield a method."""
    errors_before = diagnostics.error_count()
    front = _front_matter(source, diagnostics)
    if front is None:
        return None
    page = structure(source.body, source.body_line)
    if (
        "apiPlayground" not in front
        and not any(s.title.lower() == "http request" for s in page.sections)
        and not _TITLE.match(page.title or "")
    ):
        # A docs tree has overview pages beside the method pages (an API's or a service's
        # index): front matter, but no request description, request line or method title.
        diagnostics.warning(
            Location(source.path, page.title_line or 1),
            "not a method page (no apiPlayground, request line or method title); skipped",
            "not-a-method-page",
        )
        return None
    builder = _PageBuilder(source.path, page, diagnostics)
    parsed = builder.build()
    if parsed is None:
        return None
    parsed.source_path = (
        front.get("sourcePath") if isinstance(front.get("sourcePath"), str) else None
    )
    entries = front.get("apiPlayground")
    if isinstance(entries, list) and entries and isinstance(entries[0], dict):
        playground.reconcile(entries[0], parsed, diagnostics)
    elif entries is not None:
        diagnostics.warning(
            Location(source.path, source.front_matter_line),
            "apiPlayground is not a list of request descriptions; ignored",
            "playground",
        )
    enum_values.report_empty(parsed.enums, diagnostics)
    if diagnostics.error_count() > errors_before:
        return None
    return parsed


def _front_matter(source: PageSource, diagnostics: Diagnostics) -> dict[str, Any] | None:
    try:
        data = load_front_matter(source.front_matter)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = source.front_matter_line + (mark.line if mark is not None else 0)
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        diagnostics.error(
            Location(source.path, line), f"invalid YAML front matter: {problem}", "yaml"
        )
        return None
    if not isinstance(data, dict):
        diagnostics.error(
            Location(source.path, source.front_matter_line),
            "front matter is not a YAML mapping",
            "yaml",
        )
        return None
    return data


class _PageBuilder:
    """Turns a page's sections into model objects; keeps the anchor table for references."""

    def __init__(self, path: str, page: PageStructure, diagnostics: Diagnostics) -> None:
        self.path = path
        self.page = page
        self.diagnostics = diagnostics
        self.anchors: dict[str, str] = {}  # anchor on the page -> full protobuf name
        self.enums: list[EnumType] = []
        self.messages: list[Message] = []

    def loc(self, line: int) -> Location:
        return Location(self.path, line)

    # -- anchors ---------------------------------------------------------------------------

    def _collect_anchors(self) -> None:
        seen: dict[str, int] = {}
        request_anchors: set[str] = set()
        for section in self.page.sections:
            if section.anchor is None:
                continue
            # Query and body tables are two halves of one request message: one anchor.
            if section.title.lower() in _REQUEST_SECTIONS:
                if section.anchor in request_anchors:
                    continue
                request_anchors.add(section.anchor)
            if section.anchor in seen:
                self.diagnostics.error(
                    self.loc(section.line),
                    f"duplicate anchor #{section.anchor} (first at line {seen[section.anchor]})",
                    "duplicate-anchor",
                )
                continue
            seen[section.anchor] = section.line
            self.anchors[section.anchor] = canonical_name(section.anchor, section.title)

    # -- the page --------------------------------------------------------------------------

    def build(self) -> ParsedPage | None:
        page = self.page
        if page.title is None:
            self.diagnostics.error(
                self.loc(1),
                "not an API reference page: no `# <API>, REST: <Service>.<Method>` title",
                "format",
            )
            return None
        title = _TITLE.match(page.title)
        if title is None:
            self.diagnostics.error(
                self.loc(page.title_line),
                f"not an API reference page: title {page.title!r} is not `<API>, REST: <Service>.<Method>`",
                "format",
            )
            return None
        self._collect_anchors()
        by_title = {s.title.lower(): s for s in page.sections}
        http = by_title.get("http request")
        if http is None or not http.fences:
            self.diagnostics.error(
                self.loc(page.title_line),
                "no `## HTTP request` section with the request line",
                "format",
            )
            return None
        request_line = http.fences[0].text.strip()
        rl = _REQUEST_LINE.match(request_line)
        if rl is None:
            self.diagnostics.error(
                self.loc(http.fences[0].line + 1),
                f"cannot read the HTTP request line {request_line!r} (expected `VERB https://host/path`)",
                "format",
            )
            return None
        method = Method(
            service=title.group("service"),
            name=title.group("method"),
            verb=rl.group("verb"),
            path=rl.group("path"),
            host=rl.group("host"),
            location=self.loc(page.title_line),
            description=page.intro.description if page.intro else "",
        )
        if not self._check_host(method):
            return None
        request_sections: list[Section] = []
        response: Section | None = None
        for section in page.sections:
            kind = section.title.lower()
            if kind == "http request":
                continue
            if kind == "path parameters":
                method.path_params = self._fields(section, owner=None)
            elif kind in _REQUEST_SECTIONS:
                request_sections.append(section)
            elif kind == "response":
                response = section
            elif section.anchor is None:
                self.diagnostics.warning(
                    self.loc(section.line),
                    f"section {section.title!r} has no type anchor; ignored",
                    "format",
                )
            else:
                self._message(section)
        # Request: query and body tables are both fields of one request message.
        request_type: str | None = None
        for section in request_sections:
            if section.anchor is None:
                self.diagnostics.error(
                    self.loc(section.line), f"`{section.title}` has no type anchor", "format"
                )
                continue
            name = self.anchors.get(section.anchor, section.anchor)
            if request_type is not None and name != request_type:
                self.diagnostics.warning(
                    self.loc(section.line),
                    f"query and body parameters name different request types ({request_type}, {name}); using {request_type}",
                    "request-type",
                )
            request_type = request_type or name
            fields = self._fields(section, owner=request_type)
            if section.title.lower() == "query parameters":
                method.query_params = fields
            else:
                method.body_params = fields
        if response is None:
            self.diagnostics.error(self.loc(page.title_line), "no `## Response` section", "format")
            return None
        if response.anchor is None:
            if response.tables:
                self.diagnostics.error(
                    self.loc(response.line),
                    "`## Response` has a field table but no {#type}",
                    "format",
                )
                return None
            # A method answering google.protobuf.Empty: the docs show the status line only.
            response.anchor = EMPTY_TYPE
            self.anchors.setdefault(EMPTY_TYPE, EMPTY_TYPE)
        method.response_type = self.anchors.get(response.anchor, response.anchor)
        response_message = self._message(response, skip_prose=_HTTP_CODE)
        if method.response_type == OPERATION_TYPE:
            method.operation = _operation_info(response_message)
        # None when no type on the page names it; the folder's other pages decide then
        # (merge.assign_packages), and the synthetic request name gets its package there.
        package = _package_of(method, request_type)
        synthetic = request_type is None
        if request_type is None:
            bare = request_fields.synthetic_request_name(method.service, method.name)
            request_type = f"{package}.{bare}" if package else bare
        method.request_type = request_type
        # Path parameter tables have no anchor: their enums belong to the request message.
        path_enums = {p.type.enum for p in method.path_params if p.type.enum is not None}
        _rename_enum_owner(
            _PATH_OWNER,
            request_type,
            [e for e in self.enums if e.full_name in path_enums],
            method.path_params,
        )
        request = Message(
            full_name=request_type,
            location=method.location,
            fields=request_fields.own_fields(method, self.diagnostics),
            synthetic=synthetic,
        )
        request_fields.bind_nested_path_params(request, method, self.messages, self.diagnostics)
        request.oneofs = _oneofs(request.fields, self.diagnostics)
        self.messages.insert(0, request)
        if method.verb not in _VERBS:
            self.diagnostics.error(method.location, f"unknown HTTP verb {method.verb}", "format")
        return ParsedPage(
            path=self.path,
            api_title=title.group("api"),
            package=package,
            method=method,
            messages=self.messages,
            enums=self.enums,
        )

    def _check_host(self, method: Method) -> bool:
        try:
            _, guessed = host_template(method.host)
        except UnknownHostVariable as exc:
            self.diagnostics.error(
                method.location,
                f"unknown host variable {{{{ {exc} }}}} in {method.host!r}",
                "host",
            )
            return False
        for name in guessed:
            self.diagnostics.warning(
                method.location,
                f"host variable {{{{ {name} }}}} is not a known endpoint; "
                f"assuming {name.removeprefix('api-host-')}.<api host>",
                "host",
            )
        return True

    # -- messages and fields ---------------------------------------------------------------

    def _message(self, section: Section, skip_prose: re.Pattern[str] | None = None) -> Message:
        assert section.anchor is not None
        full_name = self.anchors.get(section.anchor, section.anchor)
        prose = [p for p in section.prose if not (skip_prose and skip_prose.match(p))]
        message = Message(
            full_name=full_name,
            location=self.loc(section.line),
            description="\n\n".join(prose).strip(),
        )
        message.fields = self._fields(section, owner=full_name)
        message.oneofs = _oneofs(message.fields, self.diagnostics)
        self.messages.append(message)
        return message

    def _fields(self, section: Section, owner: str | None) -> list[Field]:
        if not section.tables:
            return []
        if len(section.tables) > 1:
            self.diagnostics.warning(
                self.loc(section.tables[1].line),
                "section has more than one table; reading the first",
                "format",
            )
        table = section.tables[0]
        if not table.closed:
            self.diagnostics.error(
                self.loc(table.line), "table does not close: no `|#` line after `#|`", "table"
            )
            return []
        return self._rows(table, owner)

    def _rows(self, table: Table, owner: str | None) -> list[Field]:
        try:
            rows = split_rows(table.text)
        except TableSyntaxError as exc:
            self.diagnostics.error(self.loc(table.line + 1 + exc.line), str(exc), "table")
            return []
        fields: list[Field] = []
        names: set[str] = set()
        for row in rows:
            line = table.line + 1 + row.line
            if [c.lower() for c in row.cells] == ["field", "description"]:
                continue
            if len(row.cells) != 2:
                self.diagnostics.error(
                    self.loc(line),
                    f"table row has {len(row.cells)} cells, expected 2 (field, description)",
                    "table",
                )
                continue
            description_line = table.line + 1 + row.cell_lines[1]
            f = self._field(row.cells[0], row.cells[1], line, owner, description_line)
            if f is None:
                continue
            if f.name in names:
                self.diagnostics.error(
                    self.loc(line), f"field {f.name!r} is listed twice in the table", "table"
                )
                continue
            names.add(f.name)
            fields.append(f)
        return fields

    def _field(
        self,
        name_cell: str,
        description_cell: str,
        line: int,
        owner: str | None,
        description_line: int | None = None,
    ) -> Field | None:
        m = _FIELD_NAME.match(name_cell)
        if m is None and owner is None:
            m = _PATH_FIELD_NAME.match(name_cell)
        if m is None:
            self.diagnostics.error(self.loc(line), f"bad field name {name_cell!r}", "table")
            return None
        notation_text, _, rest = description_cell.partition("\n")
        try:
            notation = parse_notation(notation_text)
        except NotationError as exc:
            self.diagnostics.error(self.loc(line), f"field {m.group('name')!r}: {exc}", "notation")
            return None
        facts = cells.analyze(rest, expect_enum=notation.enum_name is not None)
        location = self.loc(line)
        type_ref: TypeRef
        if notation.anchor is not None:
            target = self.anchors.get(notation.anchor)
            if target is None:
                self.diagnostics.error(
                    location,
                    f"field {m.group('name')!r} refers to #{notation.anchor}, which no section of the page defines",
                    "missing-ref",
                )
                return None
            type_ref = TypeRef(message=target)
        elif notation.enum_name is not None:
            enum_owner = owner or _PATH_OWNER
            values = enum_values.checked_values(
                facts.enum_values or [],
                facts.loose_enum_items,
                m.group("name"),
                location,
                self.diagnostics,
            )
            enum_type = EnumType(f"{enum_owner}.{notation.enum_name}", location, values)
            self.enums.append(enum_type)
            if description_line is not None:
                locate_values(enum_type.values, description_cell, description_line, self.loc)
            type_ref = TypeRef(enum=enum_type.full_name)
        else:
            type_ref = TypeRef(scalar=notation.scalar)
        return Field(
            name=m.group("name"),
            type=type_ref,
            location=location,
            repeated=bool(m.groupdict().get("repeated")),
            map_key=notation.map_key.scalar if notation.map_key else None,
            oneof=cells.oneof_name(facts.oneof) if facts.oneof else None,
            required=facts.required,
            deprecated=facts.deprecated,
            description=facts.description,
            constraints=facts.constraints,
        )


def canonical_name(anchor: str, heading: str) -> str:
    """`yandex.cloud.backup.v1.PolicySettings2` under heading `PolicySettings` is the docs
    repeating `PolicySettings` under a de-duplicated anchor: drop the numeric suffix."""
    prefix, _, last = anchor.rpartition(".")
    heading = heading.strip()
    if last != heading and last.startswith(heading) and last[len(heading) :].isdigit():
        return f"{prefix}.{heading}" if prefix else heading
    return anchor


def _oneofs(fields: list[Field], diagnostics: Diagnostics) -> list[Oneof]:
    groups: dict[str, Oneof] = {}
    for f in fields:
        if f.oneof is None:
            continue
        members = f.oneof.split("_or_")
        if f.name not in members:
            diagnostics.warning(
                f.location,
                f"field {f.name!r} says it is one of {', '.join(members)}, which does not list it",
                "oneof",
            )
        groups.setdefault(f.oneof, Oneof(f.oneof, []))
        groups[f.oneof].fields.append(f.name)
    return list(groups.values())


def _package_of(method: Method, request_type: str | None) -> str | None:
    candidates = [request_type, method.response_type]
    if method.operation is not None:
        candidates += [method.operation.metadata_type, method.operation.response_type]
    for name in candidates:
        # Types every API shares (the Operation, google.*) say nothing about the page's
        # package; any other package does, `yandex.cloud.*` or not (`speechkit.stt.v3`).
        if name and not name.startswith(_SHARED_PACKAGES) and package_of(name):
            return package_of(name)
    return None


def package_of(full_name: str) -> str:
    """`yandex.cloud.backup.v1.PolicySettings.Interval` -> `yandex.cloud.backup.v1`."""
    parts = full_name.split(".")
    for index, part in enumerate(parts):
        if part[:1].isupper():
            return ".".join(parts[:index])
    return ".".join(parts[:-1])


def _operation_info(response: Message) -> OperationInfo:
    def target(name: str) -> str | None:
        f = response.field_named(name)
        return f.type.message if f is not None else None

    return OperationInfo(metadata_type=target("metadata"), response_type=target("response"))


def _rename_enum_owner(old: str, new: str, enums: list[EnumType], fields: list[Field]) -> None:
    """Enums are named `<owner>.<Name>`: move those of owner `old` to `new`, in `enums` and
    in the `fields` that use them."""
    prefix = old + "."
    for enum_type in enums:
        if enum_type.full_name.startswith(prefix):
            enum_type.full_name = new + enum_type.full_name[len(old) :]
    for f in fields:
        if f.type.enum is not None and f.type.enum.startswith(prefix):
            f.type = TypeRef(enum=new + f.type.enum[len(old) :])


__all__ = ["ParsedPage", "package_of", "parse_page_bytes", "parse_page_file"]
