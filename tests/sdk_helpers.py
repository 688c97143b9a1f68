"""Helpers for the SDK model tests: a hand-built API covering every type kind, writing a
rendered SDK to disk, and deterministic sample JSON values for any message."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from generator.model import (
    Api,
    EnumType,
    EnumValue,
    Field,
    Location,
    Message,
    Method,
    Oneof,
    OperationInfo,
    Scalar,
    Service,
    TypeRef,
)
from generator.render import python_sdk
from generator.render.options import RenderOptions

PKG = "yandex.cloud.sample.v1"
HOSTILE = 'Ends with quotes """ and \\ backslash \\N{BULLET} {{ api-host }} */ \u2028 ok "'

_LOC = Location("sample.md", 1)


def _f(name: str, t: TypeRef, **kw: Any) -> Field:
    return Field(name=name, type=t, location=_LOC, **kw)


def scalar(s: Scalar) -> TypeRef:
    return TypeRef(scalar=s)


def sample_api() -> Api:
    """An API whose one message `Thing` has a field of every kind."""
    kind = f"{PKG}.Thing.Kind"
    thing_fields = [
        _f("id", scalar(Scalar.STRING), description="Thing ID."),
        _f("type", TypeRef(enum=kind), description=HOSTILE),
        _f("from", scalar(Scalar.TIMESTAMP)),
        _f("class", scalar(Scalar.STRING)),
        _f("format", scalar(Scalar.STRING)),
        _f("str", scalar(Scalar.STRING)),
        _f("dict", scalar(Scalar.INT32)),
        _f("enabled", scalar(Scalar.BOOL)),
        _f("count", scalar(Scalar.INT32)),
        _f("size", scalar(Scalar.INT64)),
        _f("bigSize", scalar(Scalar.UINT64)),
        _f("ratio", scalar(Scalar.DOUBLE)),
        _f("weight", scalar(Scalar.FLOAT)),
        _f("blob", scalar(Scalar.BYTES)),
        _f("timeout", scalar(Scalar.DURATION)),
        _f("updateMask", scalar(Scalar.FIELD_MASK)),
        _f("spec", scalar(Scalar.JSON)),
        _f("labels", scalar(Scalar.STRING), map_key=Scalar.STRING),
        _f("parts", TypeRef(message=f"{PKG}.Part"), map_key=Scalar.STRING),
        _f("weights", scalar(Scalar.INT64), map_key=Scalar.INT64),
        _f("tags", scalar(Scalar.STRING), repeated=True),
        _f("kinds", TypeRef(enum=kind), repeated=True),
        _f("children", TypeRef(message=f"{PKG}.Part"), repeated=True),
        _f("stamps", scalar(Scalar.TIMESTAMP), repeated=True),
        _f("part", TypeRef(message=f"{PKG}.Part"), oneof="source"),
        _f("url", scalar(Scalar.STRING), oneof="source"),
        _f("toJson", scalar(Scalar.STRING), deprecated=True),
    ]
    thing = Message(
        f"{PKG}.Thing",
        _LOC,
        description="A **thing** with [docs](https://example.com/x) and [a ref](#yandex.x).",
        fields=thing_fields,
        oneofs=[Oneof("source", ["part", "url"])],
    )
    part = Message(f"{PKG}.Part", _LOC, fields=[_f("name", scalar(Scalar.STRING))])
    empty = Message(f"{PKG}.Empty", _LOC)
    clash = Message(f"{PKG}.Clash", _LOC, fields=[_f("unknownFields", scalar(Scalar.STRING))])
    enum = EnumType(
        kind,
        _LOC,
        values=[EnumValue("KIND_UNSPECIFIED"), EnumValue("BIG", "Big one."), EnumValue("SMALL")],
    )
    get = Method(
        "Thing",
        "Get",
        "GET",
        "/sample/v1/things/{id}",
        "sample.{{ api-host }}",
        _LOC,
        request_type=f"{PKG}.Empty",
        response_type=f"{PKG}.Thing",
        operation=OperationInfo(),
    )
    return Api(
        package=PKG,
        title="Sample API",
        services={"Thing": Service("Thing", [get])},
        messages={m.full_name: m for m in (thing, part, empty, clash)},
        enums={kind: enum},
    )


def write_sdk(apis: Iterable[Api], out: Path, options: RenderOptions | None = None) -> Path:
    """Render the SDK for `apis` into `out`; returns the directory to put on sys.path."""
    options = options or RenderOptions()
    apis = list(apis)
    files = python_sdk.render_shared(apis, options)
    for api in apis:
        files.update(python_sdk.render_api(api, options))
    for rel, text in files.items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return out / "python"


@contextmanager
def imported(sys_path: Path, root: str = "ycrest") -> Iterator[None]:
    """Make the generated package at `sys_path` the one `import root` finds; forget it
    afterwards (modules already imported keep working)."""
    _forget(root)
    sys.path.insert(0, str(sys_path))
    try:
        yield
    finally:
        sys.path.remove(str(sys_path))
        _forget(root)


def _forget(root: str) -> None:
    for name in [n for n in sys.modules if n == root or n.startswith(root + ".")]:
        del sys.modules[name]


def models_module(api: Api, root: str = "ycrest") -> ModuleType:
    from generator.render.python_sdk.naming import module_path

    return importlib.import_module(".".join([root, *module_path(api), "models"]))


# --- sample values -----------------------------------------------------------------------

_SCALAR_SAMPLES: dict[Scalar, Any] = {
    Scalar.STRING: "text",
    Scalar.BOOL: True,
    Scalar.INT32: -7,
    Scalar.UINT32: 7,
    Scalar.INT64: "-9007199254740993",
    Scalar.UINT64: "18446744073709551615",
    Scalar.FLOAT: 1.5,
    Scalar.DOUBLE: "NaN",
    Scalar.BYTES: "AAEC/w==",
    Scalar.TIMESTAMP: "2024-05-01T10:00:00.123456789Z",
    Scalar.DURATION: "-1.500s",
    Scalar.FIELD_MASK: "a,b.c",
    Scalar.JSON: {"any": ["json", 1, None]},
}
_KEY_SAMPLES: dict[Scalar, str] = {Scalar.STRING: "key", Scalar.BOOL: "true"}


def sample_scalar(s: Scalar) -> Any:
    return _SCALAR_SAMPLES[s]


def sample_element(t: TypeRef, api: Api, depth: int) -> Any:
    if t.scalar is not None:
        return sample_scalar(t.scalar)
    if t.message is not None:
        if t.message not in api.messages:
            return {"open": "object"}
        return sample_message(api, t.message, depth + 1)
    enum = api.enums.get(t.enum or "")
    values = [v.name for v in enum.values] if enum else []
    return values[-1] if values else "SOME_VALUE"


def sample_value(f: Field, api: Api, depth: int) -> Any:
    element = sample_element(f.type, api, depth)
    if f.map_key is not None:
        return {_KEY_SAMPLES.get(f.map_key, "42"): element}
    if f.repeated:
        return [element]
    return element


def sample_message(api: Api, full_name: str, depth: int = 0) -> dict[str, Any]:
    """Every field set (the first member of each oneof only); recursion stops at depth 3."""
    message = api.messages[full_name]
    data: dict[str, Any] = {}
    skipped = {name for o in message.oneofs for name in o.fields[1:]}
    for f in message.fields:
        if f.name in skipped:
            continue
        if depth >= 3 and (f.type.message is not None):
            continue
        data[f.name] = sample_value(f, api, depth)
    return data
