"""Cross-check the front matter's apiPlayground schema against the page's tables.

The tables are the primary source (they name every type by full name; the playground's
`definitions` are keyed by short names, which collide: two different `Type` enums share one
key). The playground adds what the tables leave out, by the rules in docs/merge-rules.md:

- required: a field is required when either source says so;
- enum values: the table's list, plus a `*_UNSPECIFIED` value the playground lists and the
  table drops; any other difference keeps the table's list;
- pattern and length limits the text does not state are taken from the schema (an array's
  item counts from the array, its elements' limits from `items`; a map's key pattern from
  `propertyNames`, or on older pages from the property itself);
- a property the schema has and the table lacks is reported (the table is not changed).

Every disagreement is a warning naming the field and both values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..diagnostics import Diagnostics
from ..model import Constraints, EnumType, EnumValue, Field, Location, Message, Scalar

if TYPE_CHECKING:
    from .page import ParsedPage

_FORMATS: dict[Scalar, tuple[str, str | None]] = {
    Scalar.STRING: ("string", None),
    Scalar.BOOL: ("boolean", None),
    Scalar.INT64: ("string", "int64"),
    Scalar.UINT64: ("string", "uint64"),
    Scalar.INT32: ("integer", "int32"),
    Scalar.UINT32: ("integer", "uint32"),
    Scalar.TIMESTAMP: ("string", "date-time"),
    Scalar.BYTES: ("string", "bytes"),
}


class _Reconciler:
    def __init__(self, entry: dict[str, Any], parsed: ParsedPage, diagnostics: Diagnostics) -> None:
        self.definitions: dict[str, Any] = entry.get("definitions") or {}
        self.diagnostics = diagnostics
        self.messages: dict[str, list[Message]] = {}
        for m in parsed.messages:
            self.messages.setdefault(m.full_name, []).append(m)
        self.enums: dict[str, list[EnumType]] = {}
        for e in parsed.enums:
            self.enums.setdefault(e.full_name, []).append(e)
        self.visited: set[tuple[int, str]] = set()

    def warn(self, location: Location, message: str, code: str) -> None:
        self.diagnostics.warning(location, message, code)

    # -- schema navigation -----------------------------------------------------------------

    def resolve(self, schema: Any) -> dict[str, Any] | None:
        """The object schema behind a property: follows $ref, items and oneOf alternatives
        (their properties merged), and map values."""
        if not isinstance(schema, dict):
            return None
        if "$ref" in schema:
            ref = str(schema["$ref"])
            name = ref.rsplit("/", 1)[-1]
            target = self.definitions.get(name)
            return self.resolve(target) if isinstance(target, dict) else None
        if "items" in schema:
            return self.resolve(schema["items"])
        if "oneOf" in schema and "properties" not in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "oneOf": []}
            for alternative in schema["oneOf"]:
                target = self.resolve(alternative)
                if target:
                    merged["properties"].update(target.get("properties") or {})
                    merged["oneOf"].append(
                        {"required": list((target.get("properties") or {}).keys())}
                    )
            return merged
        if isinstance(schema.get("additionalProperties"), dict) and "properties" not in schema:
            return self.resolve(schema["additionalProperties"])
        return schema if "properties" in schema else None

    # -- comparison ------------------------------------------------------------------------

    def fields(
        self, schema: dict[str, Any], fields: list[Field], where: str, location: Location
    ) -> None:
        properties = schema.get("properties") or {}
        if not isinstance(properties, dict):
            return
        required = set(_strings(schema.get("required")))
        by_name = {f.name: f for f in fields}
        for name, prop in properties.items():
            f = by_name.get(name)
            if f is None:
                self.warn(
                    location,
                    f"apiPlayground lists {where}.{name}, which the table does not document",
                    "playground-extra-field",
                )
                continue
            if isinstance(prop, dict):
                self.field(f, prop, name in required, where)

    def field(self, f: Field, prop: dict[str, Any], schema_required: bool, where: str) -> None:
        name = f"{where}.{f.name}"
        if schema_required and not f.required:
            f.required = True
            self.warn(
                f.location,
                f"{name}: apiPlayground marks it required, the table does not; treated as required",
                "required-mismatch",
            )
        element: Any = prop.get("items") if isinstance(prop.get("items"), dict) else prop
        if f.is_map:
            # The values' schema; older pages write a map as a string property whose own
            # limits are the key's, and describe no values.
            element = prop.get("additionalProperties")
        if f.type.enum is not None:
            values = element.get("enum") if isinstance(element, dict) else None
            if isinstance(values, list):
                self.enum(f, [str(v) for v in values], name)
        elif f.type.scalar is not None and isinstance(element, dict) and not f.is_map:
            expected = _FORMATS.get(f.type.scalar)
            actual = (element.get("type"), element.get("format"))
            comparable = expected and actual[0] is not None and "$ref" not in element
            # A format the table leaves plain (`**string**` vs `format: x`) is no disagreement.
            plain = expected is not None and expected[1] is None and actual[0] == expected[0]
            if comparable and actual != expected and not plain:
                self.warn(
                    f.location,
                    f"{name}: the table says {f.type.scalar.value}, apiPlayground says "
                    f"{actual[0]}{'/' + str(actual[1]) if actual[1] else ''}; using the table",
                    "type-mismatch",
                )
        if isinstance(element, dict):
            self.limits(f, element, name)
        if not f.is_map:
            self.counts(f, prop)
            if element is not prop and "pattern" not in element:
                # A pattern on the array itself (JSON Schema has none for arrays) is the
                # elements' (`tag` of Function.CreateVersion).
                self.pattern(f, prop.get("pattern"), "pattern", name)
        if f.is_map:
            keys = prop.get("propertyNames")
            if isinstance(keys, dict):
                self.pattern(f, keys.get("pattern"), "key_pattern", name)
                _fill(
                    f.constraints,
                    keys,
                    ("maxLength", "key_max_length"),
                    ("minLength", "key_min_length"),
                )
            else:
                # Older pages write a map as a string property whose pattern is the key's.
                self.pattern(f, prop.get("pattern"), "key_pattern", name)
            _fill(
                f.constraints, prop, ("maxProperties", "max_items"), ("minProperties", "min_items")
            )
        if f.type.message is not None:
            target = self.resolve(prop)
            if target is not None:
                visit = (id(target), f.type.message)
                if visit not in self.visited:
                    self.visited.add(visit)
                    for message in self.messages.get(f.type.message, []):
                        if self.same_type(target, message):
                            self.fields(target, message.fields, message.name, message.location)
                            self.oneofs(target, message)

    def same_type(self, schema: dict[str, Any], message: Message) -> bool:
        """`definitions` are keyed by short name, so `Subject` of one package can stand for
        `Subject` of another. A definition sharing under half its properties with the table
        describes another type: report it once and do not use it."""
        properties = set(schema.get("properties") or {})
        shared = properties & {f.name for f in message.fields}
        if properties and len(shared) * 2 < len(properties):
            self.warn(
                message.location,
                f"apiPlayground's definition for {message.name} describes another type "
                f"(shares {len(shared)} of {len(properties)} properties with the table); ignored",
                "definition-collision",
            )
            return False
        return True

    def pattern(self, f: Field, pattern: object, target: str, name: str) -> None:
        if not isinstance(pattern, str):
            return
        current = getattr(f.constraints, target)
        if current is not None and current != pattern:
            self.warn(
                f.location,
                f"{name}: pattern {current!r} in the text, {pattern!r} in apiPlayground; using apiPlayground's",
                "pattern-mismatch",
            )
        setattr(f.constraints, target, pattern)

    def limits(self, f: Field, schema: dict[str, Any], name: str) -> None:
        self.pattern(f, schema.get("pattern"), "pattern", name)
        _fill(f.constraints, schema, ("maxLength", "max_length"), ("minLength", "min_length"))

    def counts(self, f: Field, schema: dict[str, Any]) -> None:
        """Item counts and uniqueness: the array's own keywords, not its `items`'."""
        _fill(f.constraints, schema, ("maxItems", "max_items"), ("minItems", "min_items"))
        if schema.get("uniqueItems") is True:
            f.constraints.unique_items = True

    def enum(self, f: Field, schema_values: list[str], name: str) -> None:
        assert f.type.enum is not None
        for enum_type in self.enums.get(f.type.enum, []):
            table_values = [v.name for v in enum_type.values]
            if table_values == schema_values:
                continue
            if not table_values and schema_values:
                enum_type.values = [EnumValue(v) for v in schema_values]
                self.warn(
                    f.location,
                    f"{name}: the table lists no values; using apiPlayground's {schema_values}",
                    "enum-from-playground",
                )
                continue
            extra = [v for v in schema_values if v not in table_values]
            missing = [v for v in table_values if v not in schema_values]
            if not missing and len(extra) == 1 and extra[0].endswith("_UNSPECIFIED"):
                enum_type.values.insert(0, EnumValue(extra[0]))
                self.warn(
                    f.location,
                    f"{name}: the table omits {extra[0]}, which apiPlayground lists; added",
                    "enum-unspecified",
                )
            elif set(table_values) != set(schema_values):
                self.warn(
                    f.location,
                    f"{name}: enum values differ: table {table_values}, apiPlayground {schema_values}; using the table",
                    "enum-mismatch",
                )

    def oneofs(self, schema: dict[str, Any], message: Message) -> None:
        alternatives = schema.get("oneOf")
        if not isinstance(alternatives, list):
            return
        members = {
            name
            for alt in alternatives
            if isinstance(alt, dict)
            for name in _strings(alt.get("required"))
        }
        documented = {name for group in message.oneofs for name in group.fields}
        missing = sorted(members - documented)
        if missing:
            self.warn(
                message.location,
                f"{message.name}: apiPlayground puts {', '.join(missing)} in a oneof the table does not mention",
                "oneof-mismatch",
            )


def _fill(c: Constraints, schema: dict[str, Any], *rules: tuple[str, str]) -> None:
    """For each (schema keyword, constraint attribute): an integer value fills the attribute
    when it is still unset."""
    for key, attr in rules:
        value = schema.get(key)
        if isinstance(value, int) and getattr(c, attr) is None:
            setattr(c, attr, value)


def _strings(value: object) -> list[str]:
    """The strings of a YAML list (anything else in it, or a non-list, is ignored)."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def reconcile(entry: dict[str, Any], parsed: ParsedPage, diagnostics: Diagnostics) -> None:
    r = _Reconciler(entry, parsed, diagnostics)
    method = parsed.method
    verb = str(entry.get("method", "")).upper()
    if verb and verb != method.verb:
        diagnostics.warning(
            method.location,
            f"HTTP request says {method.verb}, apiPlayground says {verb}; using the HTTP request",
            "verb-mismatch",
        )
    url = str(entry.get("url", ""))
    expected = f"https://{method.host}{method.path}"
    if url and url != expected:
        diagnostics.warning(
            method.location,
            f"HTTP request URL {expected} differs from apiPlayground's {url}; using the HTTP request",
            "url-mismatch",
        )
    request = next((m for m in parsed.messages if m.full_name == method.request_type), None)
    for key, fields in (
        ("path", method.path_params),
        ("query", method.query_params),
        ("body", method.body_params),
    ):
        schema = entry.get(key)
        if isinstance(schema, dict):
            r.fields(schema, fields, key, method.location)
            if request is not None:
                r.oneofs(schema, request)
        elif fields and schema is not None:
            diagnostics.warning(
                method.location, f"apiPlayground {key} is not a schema", "playground"
            )
