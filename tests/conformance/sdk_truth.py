"""The official SDK as ground truth: services, methods and messages read from the protobuf
descriptors the `yandexcloud` distribution ships (`yandex/cloud/**/*_pb2.py`).

Test-only code: the generator never imports it. Modules are imported lazily, one protobuf
package at a time, and only for the packages a comparison asks about.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from google.api import annotations_pb2
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from yandex.cloud import validation_pb2
from yandex.cloud.api import operation_pb2

from generator.model import Scalar

VALIDATION_PROTO = "yandex/cloud/validation.proto"
HTTP_VERBS = ("get", "post", "patch", "delete", "put")

_SCALARS: dict[int, Scalar] = {
    FieldDescriptor.TYPE_INT64: Scalar.INT64,
    FieldDescriptor.TYPE_SINT64: Scalar.INT64,
    FieldDescriptor.TYPE_SFIXED64: Scalar.INT64,
    FieldDescriptor.TYPE_UINT64: Scalar.UINT64,
    FieldDescriptor.TYPE_FIXED64: Scalar.UINT64,
    FieldDescriptor.TYPE_INT32: Scalar.INT32,
    FieldDescriptor.TYPE_SINT32: Scalar.INT32,
    FieldDescriptor.TYPE_SFIXED32: Scalar.INT32,
    FieldDescriptor.TYPE_UINT32: Scalar.UINT32,
    FieldDescriptor.TYPE_FIXED32: Scalar.UINT32,
    FieldDescriptor.TYPE_DOUBLE: Scalar.DOUBLE,
    FieldDescriptor.TYPE_FLOAT: Scalar.FLOAT,
    FieldDescriptor.TYPE_BOOL: Scalar.BOOL,
    FieldDescriptor.TYPE_STRING: Scalar.STRING,
    FieldDescriptor.TYPE_BYTES: Scalar.BYTES,
}

# Well-known message types that travel as a scalar in proto3 JSON.
WELL_KNOWN: dict[str, Scalar] = {
    "google.protobuf.Timestamp": Scalar.TIMESTAMP,
    "google.protobuf.Duration": Scalar.DURATION,
    "google.protobuf.FieldMask": Scalar.FIELD_MASK,
    "google.protobuf.Struct": Scalar.JSON,
    "google.protobuf.Value": Scalar.JSON,
    "google.protobuf.ListValue": Scalar.JSON,
    "google.protobuf.Any": Scalar.JSON,
    "google.protobuf.DoubleValue": Scalar.DOUBLE,
    "google.protobuf.FloatValue": Scalar.FLOAT,
    "google.protobuf.Int64Value": Scalar.INT64,
    "google.protobuf.UInt64Value": Scalar.UINT64,
    "google.protobuf.Int32Value": Scalar.INT32,
    "google.protobuf.UInt32Value": Scalar.UINT32,
    "google.protobuf.BoolValue": Scalar.BOOL,
    "google.protobuf.StringValue": Scalar.STRING,
    "google.protobuf.BytesValue": Scalar.BYTES,
}

# Validation options other than `required`, scored by the "constraints" row (constraints.py
# translates them). `map_key` is a message; its fields become "map_key.<name>" entries.
_VALIDATION_OPTIONS = ("length", "value", "size", "pattern", "unique")
_MAP_KEY_OPTIONS = ("length", "pattern", "value")


@dataclass(frozen=True, slots=True)
class TruthType:
    """One value of a field, in the model's terms. Exactly one of scalar/message/enum is set.
    `message` is kept for well-known types too (`scalar` holds their JSON kind)."""

    scalar: Scalar | None = None
    message: str | None = None
    enum: str | None = None
    empty_message: bool = False  # a message without fields: the docs print it as `object`

    @property
    def kind(self) -> str:
        if self.scalar is not None:
            return "scalar"
        return "message" if self.message is not None else "enum"

    def __str__(self) -> str:
        if self.scalar is not None:
            return self.scalar.value
        return self.message or self.enum or "?"


@dataclass(frozen=True, slots=True)
class TruthField:
    name: str  # proto name, e.g. "compute_instance_id"
    json_name: str  # e.g. "computeInstanceId"
    type: TruthType  # element type for repeated fields, value type for maps
    repeated: bool = False
    map_key: Scalar | None = None
    oneof: str | None = None  # real oneofs only (not proto3 `optional`)
    # None where the SDK's file carries no validation options at all (it does not import
    # yandex/cloud/validation.proto: the SDK build stripped them), so it cannot tell.
    required: bool | None = False
    deprecated: bool = False
    enum_values: tuple[str, ...] = ()  # when type.enum is set
    # Option name -> its value as written in the proto: {"length": "<=50"}, {"unique": "True"},
    # {"map_key.pattern": "[a-z][-_0-9a-z]*"}.
    validation: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TruthMessage:
    full_name: str
    fields: tuple[TruthField, ...]

    def field_by_json(self, json_name: str) -> TruthField | None:
        return next((f for f in self.fields if f.json_name == json_name), None)

    def oneof_members(self, group: str) -> frozenset[str]:
        return frozenset(f.json_name for f in self.fields if f.oneof == group)


@dataclass(frozen=True, slots=True)
class TruthOperation:
    metadata_type: str | None
    response_type: str | None


@dataclass(frozen=True, slots=True)
class TruthMethod:
    service: str  # proto full name, e.g. "yandex.cloud.backup.v1.ResourceService"
    name: str
    verb: str  # upper case; "" when the method has no HTTP binding
    path: str  # as in the proto: "/backup/v1/resources/{compute_instance_id}/tasks"
    body: str
    request_type: str
    response_type: str
    operation: TruthOperation | None


class SdkTruth:
    """Lazy view of the SDK descriptors. All lookups return None for unknown names."""

    def __init__(self) -> None:
        self._pool = descriptor_pool.Default()
        self._loaded: set[str] = set()

    # -- module loading -------------------------------------------------------------------

    def load_package(self, package: str, *, nested: bool = False) -> bool:
        """Import every `*_pb2` module of a protobuf package; False when the SDK has none.
        `nested` also imports the modules of its subdirectories: some packages keep files
        there (`yandex.cloud.ai.foundation_models.v1` in `.../v1/text_generation/`)."""
        key = package + "/**" if nested else package
        if key in self._loaded:
            return True
        modules = _pb2_modules(package, nested)
        if not modules:
            return False
        for module in modules:
            importlib.import_module(module)
        self._loaded.add(key)
        return True

    def _ensure(self, full_name: str) -> None:
        """Load the packages a full name may live in, most specific first."""
        parts = full_name.split(".")
        for end in range(len(parts) - 1, 0, -1):
            package = ".".join(parts[:end])
            if package not in self._loaded and _pb2_modules(package):
                self.load_package(package)

    def _message_descriptor(self, full_name: str) -> Descriptor | None:
        try:
            return self._pool.FindMessageTypeByName(full_name)
        except KeyError:
            pass
        self._ensure(full_name)
        try:
            return self._pool.FindMessageTypeByName(full_name)
        except KeyError:
            pass
        from generator.parse.page import package_of

        self.load_package(package_of(full_name), nested=True)
        try:
            return self._pool.FindMessageTypeByName(full_name)
        except KeyError:
            return None

    def resolve_message(self, name: str, scope: str) -> str | None:
        """A type name as written in a proto file of package `scope`: relative names are
        looked up in `scope`, then in each enclosing package (protobuf's scoping rules)."""
        parts = scope.split(".")
        for end in range(len(parts), -1, -1):
            candidate = ".".join(parts[:end] + [name])
            if self._message_descriptor(candidate) is not None:
                return candidate
        return None

    # -- lookups --------------------------------------------------------------------------

    def message(self, full_name: str) -> TruthMessage | None:
        desc = self._message_descriptor(full_name)
        if desc is None:
            return None
        return TruthMessage(desc.full_name, tuple(_field(f) for f in desc.fields))

    def method(self, package: str, service: str, name: str) -> TruthMethod | None:
        """`service` is the docs name ("Resource"); the proto one is "ResourceService"."""
        service_name = f"{package}.{service}Service"
        self.load_package(package)
        try:
            svc = self._pool.FindServiceByName(service_name)
        except KeyError:
            self.load_package(package, nested=True)
            try:
                svc = self._pool.FindServiceByName(service_name)
            except KeyError:
                return None
        desc = svc.methods_by_name.get(name)
        return None if desc is None else self._method(desc, package)

    def _method(self, desc: MethodDescriptor, package: str) -> TruthMethod:
        def qualify(name: str) -> str | None:
            """Operation option types are written short, relative or full."""
            if not name:
                return None
            return self.resolve_message(name, package) or name

        return _method(desc, qualify)

    def json_path(self, method: TruthMethod) -> str:
        """The proto path template with every `{proto_name}` (also `{a.b}`) replaced by the
        request message's JSON names, as the docs write it."""
        request = self._message_descriptor(method.request_type)
        out: list[str] = []
        rest = method.path
        while "{" in rest:
            head, _, tail = rest.partition("{")
            variable, _, rest = tail.partition("}")
            variable = variable.split("=", 1)[0]
            out.append(head + "{" + _json_variable(request, variable) + "}")
        out.append(rest)
        return "".join(out)


def _json_variable(request: Descriptor | None, variable: str) -> str:
    names: list[str] = []
    desc = request
    for part in variable.split("."):
        fd = desc.fields_by_name.get(part) if desc is not None else None
        names.append(fd.json_name if fd is not None else part)
        desc = fd.message_type if fd is not None else None
    return ".".join(names)


@functools.cache
def _pb2_modules(package: str, nested: bool = False) -> tuple[str, ...]:
    """Module names of the `*_pb2.py` files in the package's directory (no grpc stubs);
    with `nested`, in its subdirectories too."""
    top, _, rest = package.partition(".")
    try:
        root = importlib.import_module(top)
    except ImportError:
        return ()
    modules: set[str] = set()
    for base in getattr(root, "__path__", []):
        directory = Path(base).joinpath(*rest.split(".")) if rest else Path(base)
        if not directory.is_dir():
            continue
        for path in directory.rglob("*_pb2.py") if nested else directory.glob("*_pb2.py"):
            relative = path.relative_to(directory).with_suffix("").parts
            modules.add(".".join((package, *relative)))
    return tuple(sorted(modules))


def _type(fd: FieldDescriptor) -> TruthType:
    if fd.type == FieldDescriptor.TYPE_ENUM:
        return TruthType(enum=fd.enum_type.full_name)
    if fd.type in (FieldDescriptor.TYPE_MESSAGE, FieldDescriptor.TYPE_GROUP):
        name = fd.message_type.full_name
        return TruthType(
            scalar=WELL_KNOWN.get(name),
            message=name,
            empty_message=not fd.message_type.fields,
        )
    return TruthType(scalar=_SCALARS[fd.type])


def _is_map(fd: FieldDescriptor) -> bool:
    return (
        fd.type == FieldDescriptor.TYPE_MESSAGE
        and fd.message_type.GetOptions().map_entry
        and _is_repeated(fd)
    )


def _is_repeated(fd: FieldDescriptor) -> bool:
    return bool(fd.is_repeated)


def _real_oneof(fd: FieldDescriptor) -> str | None:
    group = fd.containing_oneof
    if group is None:
        return None
    synthetic = len(group.fields) == 1 and group.name == "_" + fd.name
    return None if synthetic else str(group.name)


def _field(fd: FieldDescriptor) -> TruthField:
    options = fd.GetOptions()
    required: bool | None = bool(options.Extensions[validation_pb2.required])
    if not _has_validation(fd):
        required = None
    validation = _validation(options)
    if _is_map(fd):
        entry = fd.message_type
        key = _type(entry.fields_by_name["key"]).scalar
        value_fd = entry.fields_by_name["value"]
        return TruthField(
            name=fd.name,
            json_name=fd.json_name,
            type=_type(value_fd),
            map_key=key,
            oneof=_real_oneof(fd),
            required=required,
            deprecated=bool(options.deprecated),
            enum_values=_enum_values(value_fd),
            validation=validation,
        )
    return TruthField(
        name=fd.name,
        json_name=fd.json_name,
        type=_type(fd),
        repeated=_is_repeated(fd),
        oneof=_real_oneof(fd),
        required=required,
        deprecated=bool(options.deprecated),
        enum_values=_enum_values(fd),
        validation=validation,
    )


def _has_validation(fd: FieldDescriptor) -> bool:
    return any(dep.name == VALIDATION_PROTO for dep in fd.file.dependencies)


def _enum_values(fd: FieldDescriptor) -> tuple[str, ...]:
    if fd.type != FieldDescriptor.TYPE_ENUM:
        return ()
    return tuple(v.name for v in fd.enum_type.values)


def _validation(options: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in _VALIDATION_OPTIONS:
        ext = validation_pb2.DESCRIPTOR.extensions_by_name[name]
        if options.HasExtension(ext):
            out[name] = str(options.Extensions[ext])
    map_key = validation_pb2.DESCRIPTOR.extensions_by_name["map_key"]
    if options.HasExtension(map_key):
        spec = options.Extensions[map_key]
        for name in _MAP_KEY_OPTIONS:
            value = getattr(spec, name)
            if value:
                out[f"map_key.{name}"] = str(value)
    return out


def _method(desc: MethodDescriptor, qualify: Callable[[str], str | None]) -> TruthMethod:
    options = desc.GetOptions()
    http = options.Extensions[annotations_pb2.http]
    pattern = http.WhichOneof("pattern")
    verb, path = "", ""
    if pattern in HTTP_VERBS:
        verb, path = pattern.upper(), getattr(http, pattern)
    elif pattern == "custom":
        verb, path = http.custom.kind.upper(), http.custom.path
    operation = None
    if options.HasExtension(operation_pb2.operation):
        op = options.Extensions[operation_pb2.operation]
        operation = TruthOperation(
            metadata_type=qualify(op.metadata),
            response_type=qualify(op.response),
        )
    return TruthMethod(
        service=desc.containing_service.full_name,
        name=desc.name,
        verb=verb,
        path=path,
        body=http.body,
        request_type=desc.input_type.full_name,
        response_type=desc.output_type.full_name,
        operation=operation,
    )
