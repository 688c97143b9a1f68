"""How each model field looks in Python: its annotation and the expressions that decode it
from proto3 JSON and encode it back.

Expressions use `_c` for the runtime codec module and the generated class names; the
models template only pastes them in.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Field, Scalar, TypeRef

# Builtin names used in annotations; a field with one of these names would shadow it in the
# class body, so such classes spell them `builtins.X`.
BUILTIN_TYPE_NAMES = frozenset({"str", "int", "bool", "float", "bytes", "list", "dict"})

_SCALAR_TYPES: dict[Scalar, str] = {
    Scalar.STRING: "str",
    Scalar.BOOL: "bool",
    Scalar.INT32: "int",
    Scalar.UINT32: "int",
    Scalar.INT64: "int",
    Scalar.UINT64: "int",
    Scalar.FLOAT: "float",
    Scalar.DOUBLE: "float",
    Scalar.BYTES: "bytes",
    Scalar.TIMESTAMP: "Timestamp",
    Scalar.DURATION: "Duration",
    Scalar.FIELD_MASK: "str",
    Scalar.JSON: "JsonValue",
}

_SCALAR_DECODERS: dict[Scalar, str] = {
    Scalar.STRING: "_c.string_from_json",
    Scalar.BOOL: "_c.bool_from_json",
    Scalar.INT32: "_c.int_from_json",
    Scalar.UINT32: "_c.int_from_json",
    Scalar.INT64: "_c.int_from_json",
    Scalar.UINT64: "_c.int_from_json",
    Scalar.FLOAT: "_c.float_from_json",
    Scalar.DOUBLE: "_c.float_from_json",
    Scalar.BYTES: "_c.bytes_from_json",
    Scalar.TIMESTAMP: "_c.lazy_timestamp",  # parsed on first use
    Scalar.DURATION: "Duration.from_json",
    Scalar.FIELD_MASK: "_c.string_from_json",
    Scalar.JSON: "_c.json_from_json",
}

# JSON types whose values a singular field of that scalar keeps as they are: decoding checks
# the type inline and calls the converter only for anything else (an int64 in a string, an
# error), which saves a call per field on the hot path.
_AS_DECODED: dict[Scalar, str] = {
    Scalar.STRING: "str",
    Scalar.FIELD_MASK: "str",
    Scalar.BOOL: "bool",
    Scalar.INT32: "int",
    Scalar.UINT32: "int",
    Scalar.INT64: "int",
    Scalar.UINT64: "int",
}

# Encoders as templates over `{v}`; None means the Python value is already its JSON form.
_SCALAR_ENCODERS: dict[Scalar, str | None] = {
    Scalar.STRING: None,
    Scalar.BOOL: None,
    Scalar.INT32: None,
    Scalar.UINT32: None,
    Scalar.INT64: "str({v})",
    Scalar.UINT64: "str({v})",
    Scalar.FLOAT: "_c.float_to_json({v})",
    Scalar.DOUBLE: "_c.float_to_json({v})",
    Scalar.BYTES: "_c.bytes_to_json({v})",
    Scalar.TIMESTAMP: "{v}.to_json()",
    Scalar.DURATION: "{v}.to_json()",
    Scalar.FIELD_MASK: None,
    Scalar.JSON: None,
}

# Map keys travel as JSON object keys (strings); these are their Python types and converters.
_KEY_TYPES: dict[Scalar, str] = {Scalar.BOOL: "bool", Scalar.STRING: "str"}
_KEY_DECODERS: dict[Scalar, str] = {
    Scalar.BOOL: "_c.bool_key_from_json",
    Scalar.STRING: "_c.string_from_json",
}
_KEY_ENCODERS: dict[Scalar, str | None] = {Scalar.BOOL: '("true" if {v} else "false")'}

# Names from the runtime codec a module may need to import, by annotation name.
RUNTIME_TYPE_NAMES = frozenset({"Timestamp", "Duration", "JsonValue"})


@dataclass(frozen=True, slots=True)
class FieldCode:
    annotation: str  # without `| None`
    decode: str  # expression over `obj` (the decoded JSON object)
    encode: str  # expression over `self.<attribute>`, known not to be None
    runtime_names: frozenset[str]  # names from the codec the annotation and code use


def field_code(
    f: Field, attribute: str, class_names: dict[str, str], shadowed: frozenset[str]
) -> FieldCode:
    """Annotation and codec expressions for one field. `shadowed` holds the builtin names
    the owning class body shadows with attributes of its own."""

    def builtin(name: str) -> str:
        return builtin_name(name, shadowed)

    element = _element_type(f.type, class_names)
    element_type = builtin(element)
    decoder = _element_decoder(f.type, class_names)
    encoder = _element_encoder(f.type, class_names)
    value = f"self.{attribute}"
    raw = f"obj.get({f.name!r})"

    if f.map_key is not None:
        key_type = builtin(_KEY_TYPES.get(f.map_key, "int"))
        key_decoder = _KEY_DECODERS.get(f.map_key, "_c.int_from_json")
        key_encoder = _KEY_ENCODERS.get(f.map_key, "str({v})")
        annotation = f"{builtin('dict')}[{key_type}, {element_type}]"
        decode = f"_c.map_from_json({raw}, {decoder}, {key_decoder})"
        if encoder is None and f.map_key is Scalar.STRING:
            encode = f"dict({value})"
        else:
            k = "k" if f.map_key is Scalar.STRING else (key_encoder or "{v}").format(v="k")
            encode = f"{{{k}: {(encoder or '{v}').format(v='v')} for k, v in {value}.items()}}"
    elif f.repeated:
        annotation = f"{builtin('list')}[{element_type}]"
        decode = f"_c.list_from_json({raw}, {decoder})"
        encode = (
            f"list({value})" if encoder is None else f"[{encoder.format(v='v')} for v in {value}]"
        )
    else:
        annotation = element_type
        # Inline rather than a helper call: decoding is hot, and this saves a call per field.
        # In parentheses, the form black and ruff agree on when the line is split.
        kept = _AS_DECODED.get(f.type.scalar) if f.type.scalar is not None else None
        if f.type.scalar is Scalar.JSON:
            decode = raw
        elif kept is not None:
            decode = f"(v if (v := {raw}) is None or type(v) is {kept} else {decoder}(v))"
        else:
            decode = f"(None if (v := {raw}) is None else {decoder}(v))"
        encode = value if encoder is None else encoder.format(v=value)

    used = {element} & RUNTIME_TYPE_NAMES
    return FieldCode(annotation, decode, encode, frozenset(used))


def builtin_name(name: str, shadowed: frozenset[str]) -> str:
    """`name`, or `builtins.name` where the class body shadows it."""
    return f"builtins.{name}" if name in shadowed else name


def _element_type(t: TypeRef, class_names: dict[str, str]) -> str:
    if t.scalar is not None:
        return _SCALAR_TYPES[t.scalar]
    return class_names[t.message or t.enum or ""]


def _element_decoder(t: TypeRef, class_names: dict[str, str]) -> str:
    if t.scalar is not None:
        return _SCALAR_DECODERS[t.scalar]
    if t.message is not None:
        return f"{class_names[t.message]}.from_json"
    return f"{class_names[t.enum or '']}.from_json"


def _element_encoder(t: TypeRef, class_names: dict[str, str]) -> str | None:
    if t.scalar is not None:
        return _SCALAR_ENCODERS[t.scalar]
    if t.message is not None:
        return "{v}.to_json()"
    # A member of the field's enum (known or not) holds its wire value; anything else (a
    # plain string) goes through the converter.
    enum = class_names[t.enum or ""]
    return f"({{v}}._value_ if type({{v}}) is {enum} else _c.enum_to_json({{v}}))"
