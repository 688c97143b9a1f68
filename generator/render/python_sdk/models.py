"""The `models.py` module of one API: an enum class per EnumType and a dataclass per Message,
each dataclass with straight-line `from_json`/`to_json` methods."""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass

from ...model import OPERATION_TYPE, Api, EnumType, Field, Message, Method, Scalar, TypeRef
from ..options import RenderOptions
from .docstrings import readable
from .naming import field_attributes
from .templating import render_template
from .types import BUILTIN_TYPE_NAMES, builtin_name, field_code

UNKNOWN_FIELDS = "unknown_fields"


@dataclass(frozen=True, slots=True)
class FieldView:
    attribute: str
    json_name: str
    annotation: str
    decode: str
    encode: str
    doc: str


@dataclass(frozen=True, slots=True)
class OneofView:
    name: str
    json_names: list[str]
    attributes: list[str]


@dataclass(frozen=True, slots=True)
class MessageView:
    class_name: str
    full_name: str
    doc: str
    fields: list[FieldView]
    oneofs: list[OneofView]
    json_object: str  # annotation of `to_json`'s result
    str_name: str  # how the class body spells `str`
    unknown_attribute: str  # where fields the SDK does not know are kept


@dataclass(frozen=True, slots=True)
class EnumMemberView:
    member: str
    value: str
    doc: str


@dataclass(frozen=True, slots=True)
class EnumView:
    class_name: str
    full_name: str
    doc: str
    members: list[EnumMemberView]


@dataclass(frozen=True, slots=True)
class ModelsModule:
    api: Api
    enums: list[EnumView]
    messages: list[MessageView]
    runtime_names: list[str]  # codec names the module imports, sorted
    uses_builtins: bool

    @property
    def class_names(self) -> list[str]:
        return [e.class_name for e in self.enums] + [m.class_name for m in self.messages]


def render_models(api: Api, options: RenderOptions, names: dict[str, str]) -> str:
    """Source of `models.py` (not yet formatted)."""
    return render_template(
        "python/models.py.j2", module=build_module(api, names), runtime=runtime_module(options)
    )


def runtime_module(options: RenderOptions) -> str:
    return f"{options.package_root}._runtime"


def build_module(api: Api, names: dict[str, str]) -> ModelsModule:
    runtime_names: set[str] = set()
    messages: list[MessageView] = []
    uses_builtins = False
    for message in api.messages.values():
        view, used, shadowing = _message_view(message, api, names)
        messages.append(view)
        runtime_names |= used
        uses_builtins |= shadowing
    enums = [_enum_view(e, names[e.full_name]) for e in api.enums.values()]
    if enums:
        runtime_names.add("OpenEnum")
    return ModelsModule(
        api=api,
        enums=sorted(enums, key=lambda e: e.class_name),
        messages=sorted(messages, key=lambda m: m.class_name),
        runtime_names=sorted(runtime_names),
        uses_builtins=uses_builtins,
    )


def _message_view(
    message: Message, api: Api, names: dict[str, str]
) -> tuple[MessageView, set[str], bool]:
    attributes = field_attributes(message.fields)
    shadowed = frozenset(attributes.values()) & BUILTIN_TYPE_NAMES
    used: set[str] = set()
    fields: list[FieldView] = []
    for f in message.fields:
        attribute = attributes[f.name]
        code = field_code(with_known_types(f, api), attribute, names, shadowed)
        used |= code.runtime_names
        fields.append(
            FieldView(attribute, f.name, code.annotation, code.decode, code.encode, _field_doc(f))
        )
    oneofs = [
        OneofView(o.name, list(o.fields), [attributes[n] for n in o.fields if n in attributes])
        for o in message.oneofs
    ]
    doc = readable(message.description) or f"`{message.full_name}`."
    json_object = f"{builtin_name('dict', shadowed)}[{builtin_name('str', shadowed)}, Any]"
    unknown = UNKNOWN_FIELDS
    while unknown in attributes.values():
        unknown += "_"
    view = MessageView(
        names[message.full_name],
        message.full_name,
        doc,
        fields,
        oneofs,
        json_object,
        builtin_name("str", shadowed),
        unknown,
    )
    return view, used, bool(shadowed)


def with_known_types(f: Field, api: Api) -> Field:
    """A field whose type the API does not define is typed by what travels: any JSON value
    for messages, a string for enums."""
    t = f.type
    if t.message is not None and t.message not in api.messages:
        t = TypeRef(scalar=Scalar.JSON)
    elif t.enum is not None and t.enum not in api.enums:
        t = TypeRef(scalar=Scalar.STRING)
    if t is f.type:
        return f
    return Field(f.name, t, f.location, repeated=f.repeated, map_key=f.map_key, oneof=f.oneof)


def operation_types(m: Method) -> tuple[str | None, str | None] | None:
    """(metadata type, response type) of a long-running method, each None where the docs
    leave it open; None for a method that is not long-running. A method is long-running when
    its page describes the operation or it returns `yandex.cloud.operation.Operation`."""
    if m.operation is not None:
        return m.operation.metadata_type, m.operation.response_type
    if m.response_type == OPERATION_TYPE:
        return None, None
    return None


def _field_doc(f: Field) -> str:
    text = readable(f.description)
    if f.deprecated and "deprecated" not in text.lower():
        text = f"{text}\n\nDeprecated." if text else "Deprecated."
    return text


_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z_]")


def enum_member_name(value: str) -> str:
    """Python member name for an enum value: identifiers stay, anything else is made one;
    names Enum reserves (`_sunder_`, `mro`) get a `V` or trailing underscore."""
    name = _NOT_IDENTIFIER.sub("_", value) or "EMPTY"
    if name[0].isdigit() or name.startswith("_"):
        name = "V" + name
    if name in {"mro", "name", "value"} or name.startswith("__") or keyword.iskeyword(name):
        name += "_"
    return name


def _enum_view(e: EnumType, class_name: str) -> EnumView:
    members: list[EnumMemberView] = []
    taken: set[str] = set()
    for value in e.values:
        if value.name in (m.value for m in members):
            continue  # the same wire value twice: one member
        # Two values with one safe name (`A-B`, `A_B`) keep two members.
        member = base = enum_member_name(value.name)
        n = 2
        while member in taken:
            member = f"{base}_{n}"
            n += 1
        taken.add(member)
        members.append(EnumMemberView(member, value.name, readable(value.description)))
    return EnumView(class_name, e.full_name, f"Values of `{e.full_name}`.", members)
