"""The validation tables a generated stub module carries: one rule per message field, the
enum values, and one rule per REST method. Data only; `_validate`, `_decode` and `_fake`
interpret it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Value kinds, named after the proto3 JSON mapping (see generator.model.Scalar), plus the
# two named kinds.
STRING = "string"
BOOL = "bool"
INT32 = "int32"
UINT32 = "uint32"
INT64 = "int64"
UINT64 = "uint64"
FLOAT = "float"
DOUBLE = "double"
BYTES = "bytes"
TIMESTAMP = "timestamp"
DURATION = "duration"
FIELD_MASK = "field_mask"
JSON = "json"
MESSAGE = "message"
ENUM = "enum"

INTEGER_KINDS = frozenset({INT32, UINT32, INT64, UINT64})
INTEGER_RANGES: Mapping[str, tuple[int, int]] = {
    INT32: (-(2**31), 2**31 - 1),
    UINT32: (0, 2**32 - 1),
    INT64: (-(2**63), 2**63 - 1),
    UINT64: (0, 2**64 - 1),
}

Number = int | float


@dataclass(frozen=True, slots=True)
class FieldRule:
    """One field of a message: its JSON name, value kind and the docs' rules. Lengths,
    pattern and ranges apply to each value (each element, each map value); item counts to
    the whole field."""

    name: str
    kind: str
    ref: str = ""  # full name of the message or enum, for those kinds
    repeated: bool = False
    map_key: str = ""  # scalar kind of the keys of a map field
    required: bool = False
    oneof: str = ""
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None  # full match
    minimum: Number | None = None
    maximum: Number | None = None
    exclusive_minimum: Number | None = None
    exclusive_maximum: Number | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    key_min_length: int | None = None
    key_max_length: int | None = None
    key_pattern: str | None = None

    @property
    def is_map(self) -> bool:
        return bool(self.map_key)

    @property
    def is_list(self) -> bool:
        return self.repeated and not self.map_key


@dataclass(frozen=True, slots=True)
class MessageRule:
    fields: tuple[FieldRule, ...] = ()
    oneofs: tuple[tuple[str, ...], ...] = ()  # member JSON names of each group
    by_name: Mapping[str, FieldRule] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, FieldRule] = {}
        for f in self.fields:
            by_name.setdefault(f.name, f)
        object.__setattr__(self, "by_name", by_name)

    def field_named(self, name: str) -> FieldRule | None:
        return self.by_name.get(name)


@dataclass(frozen=True, slots=True)
class MethodRule:
    """One REST method: where it lives, what it takes and what it answers."""

    service: str  # docs service name, e.g. "Policy"
    name: str  # docs method name, e.g. "Apply"
    attribute: str  # Python method of the servicer, e.g. "apply"
    verb: str
    path: str  # "/backup/v1/policies/{policyId}:apply"
    request: str  # full name of the request message
    request_class: str  # its class in the API's models module
    response: str  # full name of the response message (the Operation for operations)
    operation: tuple[str, str] | None = None  # (metadata type, response type); "" if open
    anonymous: bool = False  # True for a method that obtains a token: it takes none

    @property
    def full_name(self) -> str:
        return f"{self.service}.{self.name}"


@dataclass(frozen=True, slots=True)
class Schema:
    package: str
    messages: Mapping[str, MessageRule]
    enums: Mapping[str, tuple[str, ...]]
    methods: tuple[MethodRule, ...]

    def message(self, full_name: str) -> MessageRule | None:
        return self.messages.get(full_name)
