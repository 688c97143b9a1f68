"""The intermediate model: one `Api` per protobuf package, built from every docs page of it.

Plain typed dataclasses and nothing else. Parsers produce it, renderers (OpenAPI, Python
SDK, stubs) consume it; it is the only thing the templates see. Names follow the docs:
field names are the JSON (camelCase) names, types are full protobuf names.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a docs page, for diagnostics (`path:line`)."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class Scalar(enum.Enum):
    """Scalar kinds, named after the proto3 JSON mapping they travel as."""

    STRING = "string"
    BOOL = "bool"
    INT32 = "int32"  # int32, sint32, sfixed32: JSON number
    UINT32 = "uint32"  # uint32, fixed32: JSON number
    INT64 = "int64"  # int64, sint64, sfixed64: JSON string of digits
    UINT64 = "uint64"  # uint64, fixed64: JSON string of digits
    FLOAT = "float"
    DOUBLE = "double"
    BYTES = "bytes"  # base64 string
    TIMESTAMP = "timestamp"  # google.protobuf.Timestamp: RFC 3339 string
    DURATION = "duration"  # google.protobuf.Duration: "1.5s"
    FIELD_MASK = "field_mask"  # google.protobuf.FieldMask: "a,b.c"
    # A JSON object the pages print as `**object**`: google.protobuf.Struct, Any (with its
    # `@type`), or a message the docs leave open. The SDK types it as any JSON value (lenient).
    JSON = "json"


@dataclass(frozen=True, slots=True)
class TypeRef:
    """What one value of a field is: exactly one of scalar, message or enum is set."""

    scalar: Scalar | None = None
    message: str | None = None  # full protobuf name of a Message in Api.messages
    enum: str | None = None  # full protobuf name of an EnumType in Api.enums

    @property
    def kind(self) -> str:
        if self.scalar is not None:
            return "scalar"
        if self.message is not None:
            return "message"
        return "enum"

    def __str__(self) -> str:
        return self.scalar.value if self.scalar is not None else (self.message or self.enum or "?")


@dataclass(slots=True)
class Constraints:
    """Validation rules stated by the docs. They apply to each value of the field (each
    element of a repeated field, each value of a map); item counts apply to the whole field."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    # For maps: rules on the keys (lengths and pattern only).
    key_min_length: int | None = None
    key_max_length: int | None = None
    key_pattern: str | None = None
    # Free-form rules the docs state that have no schema equivalent ("1s-24h", "0,1,2").
    notes: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self == Constraints()


@dataclass(slots=True)
class Field:
    """A message field; also a path, query or body parameter of a method."""

    name: str  # JSON name as the docs write it, e.g. "computeInstanceId"
    type: TypeRef  # the element type for repeated fields, the value type for maps
    location: Location
    repeated: bool = False
    map_key: Scalar | None = None  # set for map<key, type> fields
    oneof: str | None = None  # name of the Oneof group in the owning message
    required: bool = False
    deprecated: bool = False
    description: str = ""  # markdown, with constraint and oneof sentences kept
    constraints: Constraints = field(default_factory=Constraints)

    @property
    def is_map(self) -> bool:
        return self.map_key is not None


@dataclass(slots=True)
class Oneof:
    """A group of fields of which at most one may be set. The docs do not name groups,
    so `name` is derived from the members (see parse.cells.oneof_name)."""

    name: str
    fields: list[str]


@dataclass(slots=True)
class Message:
    full_name: str  # e.g. "yandex.cloud.backup.v1.Task"
    location: Location
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    oneofs: list[Oneof] = field(default_factory=list)
    synthetic: bool = False  # made up by the parser, not documented as such (see Method)

    @property
    def name(self) -> str:
        return self.full_name.rsplit(".", 1)[-1]

    def field_named(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(slots=True)
class EnumValue:
    name: str
    description: str = ""
    location: Location | None = None  # the value's line in the list; None where no list shows it


@dataclass(slots=True)
class EnumType:
    """An enum. The docs name an enum only by its short name next to the field that uses it,
    so `full_name` is the owning message's name plus that short name (see parse.cells)."""

    full_name: str
    location: Location
    values: list[EnumValue] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.full_name.rsplit(".", 1)[-1]


@dataclass(slots=True)
class OperationInfo:
    """For methods returning yandex.cloud.operation.Operation: what `metadata` and `response`
    hold once decoded. None where the page leaves them open (`**object**`)."""

    metadata_type: str | None = None
    response_type: str | None = None


@dataclass(slots=True)
class Method:
    service: str  # docs service name, e.g. "Resource" (proto: ResourceService)
    name: str  # e.g. "ListTasks"
    verb: str  # upper case: GET, POST, PATCH, DELETE, PUT
    path: str  # template with the docs' camelCase names: "/backup/v1/resources/{id}:apply"
    host: str  # as written, e.g. "backup.{{ api-host }}" or "{{ api-host-certmanager }}"
    location: Location
    description: str = ""
    # Full name of the request message, which holds path, query and body fields alike (the
    # lists below are views of its fields). From the Query/Body parameters anchor; where a page
    # shows path parameters only, the parser synthesizes `<package>.<Verb><Service><Rest>Request`
    # (the docs' own naming convention) and marks the message `synthetic`.
    request_type: str = ""
    path_params: list[Field] = field(default_factory=list)
    query_params: list[Field] = field(default_factory=list)  # message-typed: dotted on the wire
    body_params: list[Field] = field(default_factory=list)
    response_type: str = ""  # full name of the 200 response message
    operation: OperationInfo | None = None  # set when response_type is the Operation
    source_path: str = ""  # the page's `sourcePath`: "en/_api-ref/x/v1/api-ref/A/get.md"

    @property
    def full_name(self) -> str:
        return f"{self.service}.{self.name}"


@dataclass(slots=True)
class Service:
    name: str  # docs name, e.g. "Resource"
    methods: list[Method] = field(default_factory=list)


@dataclass(slots=True)
class Api:
    """Everything one protobuf package exposes, merged from all its pages."""

    package: str  # e.g. "yandex.cloud.backup.v1"
    title: str  # e.g. "Cloud Backup API"
    services: dict[str, Service] = field(default_factory=dict)
    messages: dict[str, Message] = field(default_factory=dict)  # every message used, any package
    enums: dict[str, EnumType] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # docs pages it was built from, sorted

    @property
    def short_name(self) -> str:
        return short_name(self.package)

    def methods(self) -> list[Method]:
        return [m for s in self.services.values() for m in s.methods]


def short_name(package: str) -> str:
    """Package without the "yandex.cloud." prefix, e.g. "backup.v1"."""
    return package.removeprefix("yandex.cloud.")


OPERATION_TYPE = "yandex.cloud.operation.Operation"
STATUS_TYPE = "google.rpc.Status"
EMPTY_TYPE = "google.protobuf.Empty"
