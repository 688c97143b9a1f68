"""Model (from the docs) vs the SDK descriptors: a score table and a list of disagreements."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.model import Api, EnumType, Field, Message, Method, Scalar, TypeRef

from . import constraints as cons
from .sdk_truth import SdkTruth, TruthField, TruthMessage, TruthMethod, TruthType

# Rows of the score table, in print order.
METHODS = "methods verb+path"
REQUEST = "request type (documented)"
REQUEST_SYNTHETIC = "request type (synthetic name)"
RESPONSE = "response type"
OPERATION = "operation metadata/response"
FIELD_NAMES = "field names"
TYPES = "types"
REPEATED_MAP = "repeated/map"
ENUM_VALUES = "enum values"
REQUIRED = "required"
ONEOF = "oneof membership"
CONSTRAINTS = "constraints"
ROWS = (
    METHODS,
    REQUEST,
    REQUEST_SYNTHETIC,
    RESPONSE,
    OPERATION,
    FIELD_NAMES,
    TYPES,
    REPEATED_MAP,
    ENUM_VALUES,
    REQUIRED,
    ONEOF,
    CONSTRAINTS,
)

UNSPECIFIED_DROPPED = "enum-unspecified-dropped"

# The score row each kind of disagreement counts against (message-unknown-to-sdk: none).
ROW_OF_KIND = {
    "method-unknown-to-sdk": METHODS,
    "method-verb-path": METHODS,
    "request-type": REQUEST,
    "request-type-synthetic": REQUEST_SYNTHETIC,
    "response-type": RESPONSE,
    "operation-metadata": OPERATION,
    "operation-response": OPERATION,
    "field-missing-in-docs": FIELD_NAMES,
    "field-unknown-to-sdk": FIELD_NAMES,
    "field-type": TYPES,
    "field-repeated-map": REPEATED_MAP,
    "enum-values": ENUM_VALUES,
    UNSPECIFIED_DROPPED: ENUM_VALUES,
    "field-required": REQUIRED,
    "field-oneof": ONEOF,
    **{f"constraint-{kind}": CONSTRAINTS for kind in cons.KINDS},
}

# The SDK option each constraint kind comes from, shown as written in disagreements.
_SDK_OPTION = {
    "length": "length",
    "size": "size",
    "value": "value",
    "pattern": "pattern",
    "unique": "unique",
    "key-length": "map_key.length",
    "key-pattern": "map_key.pattern",
}


@dataclass(frozen=True, slots=True, order=True)
class Disagreement:
    kind: str  # e.g. "field-type", "field-missing-in-docs"
    package: str  # the Api the subject was compared in
    subject: str  # message full name, or "Service.Method"
    field: str  # JSON field name; "" for method-level kinds
    docs: str
    sdk: str

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind,
            "package": self.package,
            "subject": self.subject,
            "field": self.field,
            "docs": self.docs,
            "sdk": self.sdk,
        }


@dataclass(slots=True)
class Tally:
    agree: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.agree += ok

    @property
    def percent(self) -> float:
        return 100.0 * self.agree / self.total if self.total else 100.0

    def without(self, excluded: int) -> Tally:
        """The tally with `excluded` disagreements taken out of the total."""
        return Tally(self.agree, self.total - excluded)


@dataclass(slots=True)
class Report:
    scores: dict[str, Tally] = field(default_factory=lambda: {row: Tally() for row in ROWS})
    disagreements: list[Disagreement] = field(default_factory=list)
    notes: dict[str, int] = field(default_factory=dict)

    def note(self, what: str, n: int = 1) -> None:
        self.notes[what] = self.notes.get(what, 0) + n

    def adjusted(self, external: list[Disagreement]) -> dict[str, Tally]:
        """Scores with the given disagreements (explained, outside the parser) left out."""
        excluded = {row: 0 for row in ROWS}
        for d in external:
            row = ROW_OF_KIND.get(d.kind)
            if row is not None:
                excluded[row] += 1
        return {row: tally.without(excluded[row]) for row, tally in self.scores.items()}

    def table(self, external: list[Disagreement] | None = None) -> str:
        adjusted = self.adjusted(external or [])
        header = f"{'check':<32} {'agree':>7} {'total':>7} {'score':>8} {'w/o ext.':>9}"
        lines = [header]
        for row, tally in self.scores.items():
            lines.append(
                f"{row:<32} {tally.agree:>7} {tally.total:>7} {tally.percent:>7.2f}% "
                f"{adjusted[row].percent:>8.2f}%"
            )
        for what, n in sorted(self.notes.items()):
            lines.append(f"  {what}: {n}")
        return "\n".join(lines)


def compare(apis: dict[str, Api], truth: SdkTruth) -> Report:
    report = Report()
    for package in sorted(apis):
        api = apis[package]
        for method in api.methods():
            _compare_method(report, api, method, truth)
    for api, message in _messages_once(apis):
        _compare_message(report, api, message, truth)
    report.disagreements.sort()
    return report


# -- methods ------------------------------------------------------------------------------


def _compare_method(report: Report, api: Api, method: Method, truth: SdkTruth) -> None:
    sdk = truth.method(api.package, method.service, method.name)

    def disagree(kind: str, docs: str, sdk_value: str) -> None:
        report.disagreements.append(
            Disagreement(kind, api.package, method.full_name, "", docs, sdk_value)
        )

    if sdk is None:
        report.scores[METHODS].add(False)
        disagree("method-unknown-to-sdk", f"{method.verb} {method.path}", "")
        return
    docs_route = f"{method.verb} {method.path}"
    sdk_route = f"{sdk.verb} {truth.json_path(sdk)}"
    report.scores[METHODS].add(docs_route == sdk_route)
    if docs_route != sdk_route:
        disagree("method-verb-path", docs_route, sdk_route)

    request = api.messages.get(method.request_type)
    synthetic = request is not None and request.synthetic
    ok = method.request_type == sdk.request_type
    report.scores[REQUEST_SYNTHETIC if synthetic else REQUEST].add(ok)
    if not ok:
        kind = "request-type-synthetic" if synthetic else "request-type"
        disagree(kind, method.request_type, sdk.request_type)

    ok = method.response_type == sdk.response_type
    report.scores[RESPONSE].add(ok)
    if not ok:
        disagree("response-type", method.response_type, sdk.response_type)
    _compare_operation(report, method, sdk, disagree)


Disagree = Callable[[str, str, str], None]


def _compare_operation(
    report: Report, method: Method, sdk: TruthMethod, disagree: Disagree
) -> None:
    docs_op = method.operation
    sdk_op = sdk.operation
    if sdk_op is None and docs_op is None:
        return
    pairs = (
        (
            "operation-metadata",
            docs_op.metadata_type if docs_op else None,
            sdk_op.metadata_type if sdk_op else None,
        ),
        (
            "operation-response",
            docs_op.response_type if docs_op else None,
            sdk_op.response_type if sdk_op else None,
        ),
    )
    for kind, docs_value, sdk_value in pairs:
        if docs_value is None:
            report.note(f"{kind} left open by the docs (`object`)")
            continue
        ok = docs_value == sdk_value
        report.scores[OPERATION].add(ok)
        if not ok:
            disagree(kind, docs_value, sdk_value or "")


# -- messages -----------------------------------------------------------------------------


def _messages_once(apis: dict[str, Api]) -> list[tuple[Api, Message]]:
    """Each message once: from the Api whose package owns it (longest prefix), else from the
    first Api (by package) that uses it."""
    chosen: dict[str, tuple[int, Api, Message]] = {}
    for package in sorted(apis):
        api = apis[package]
        for name, message in api.messages.items():
            rank = len(package) if name.startswith(package + ".") else -1
            if name not in chosen or rank > chosen[name][0]:
                chosen[name] = (rank, api, message)
    return [(api, message) for _, (_, api, message) in sorted(chosen.items())]


@dataclass(slots=True)
class _MessageContext:
    report: Report
    api: Api
    message: Message
    sdk: TruthMessage

    def disagree(self, kind: str, name: str, docs: str, sdk: str) -> None:
        self.report.disagreements.append(
            Disagreement(kind, self.api.package, self.message.full_name, name, docs, sdk)
        )


def _compare_message(report: Report, api: Api, message: Message, truth: SdkTruth) -> None:
    sdk = truth.message(message.full_name)
    if sdk is None:
        report.note("messages not in the SDK")
        report.disagreements.append(
            Disagreement("message-unknown-to-sdk", api.package, message.full_name, "", "", "")
        )
        return
    report.note("messages compared")
    ctx = _MessageContext(report, api, message, sdk)
    names = [f.name for f in message.fields]
    for sdk_field in sdk.fields:
        if sdk_field.json_name not in names:
            report.scores[FIELD_NAMES].add(False)
            status = "present (deprecated)" if sdk_field.deprecated else "present"
            ctx.disagree("field-missing-in-docs", sdk_field.json_name, "absent", status)
    for docs_field in message.fields:
        match = sdk.field_by_json(docs_field.name)
        report.scores[FIELD_NAMES].add(match is not None)
        if match is None:
            ctx.disagree("field-unknown-to-sdk", docs_field.name, str(docs_field.type), "absent")
            continue
        _compare_field(ctx, docs_field, match)


def _compare_field(ctx: _MessageContext, docs: Field, sdk: TruthField) -> None:
    scores = ctx.report.scores
    ok = type_agrees(docs.type, sdk.type)
    scores[TYPES].add(ok)
    if not ok:
        ctx.disagree("field-type", docs.name, describe_docs(docs.type), describe_sdk(sdk.type))

    ok = docs.repeated == sdk.repeated and docs.map_key == sdk.map_key
    scores[REPEATED_MAP].add(ok)
    if not ok:
        ctx.disagree(
            "field-repeated-map",
            docs.name,
            _shape(docs.repeated, docs.map_key),
            _shape(sdk.repeated, sdk.map_key),
        )

    if sdk.type.enum is not None:
        _compare_enum(ctx, docs, sdk)

    if sdk.required is None:
        ctx.report.note(f"{REQUIRED}: not scored, SDK file has no validation options")
        n = len(cons.stated(docs.constraints))
        if n:
            ctx.report.note(f"{CONSTRAINTS}: not scored, SDK file has no validation options", n)
    else:
        scores[REQUIRED].add(docs.required == sdk.required)
        if docs.required != sdk.required:
            ctx.disagree("field-required", docs.name, str(docs.required), str(sdk.required))
        _compare_constraints(ctx, docs, sdk)

    docs_group = _docs_oneof(ctx.message, docs, ctx.sdk)
    sdk_group = _sdk_oneof(ctx.message, sdk, ctx.sdk)
    scores[ONEOF].add(docs_group == sdk_group)
    if docs_group != sdk_group:
        ctx.disagree("field-oneof", docs.name, _group(docs_group), _group(sdk_group))


def _compare_constraints(ctx: _MessageContext, docs: Field, sdk: TruthField) -> None:
    """One score per constraint kind either side states (only where the SDK's file carries
    validation options: elsewhere the SDK build stripped them and cannot tell)."""
    docs_stated = cons.stated(docs.constraints)
    sdk_stated = cons.stated(cons.sdk_constraints(sdk.validation))
    for kind in cons.KINDS:
        if kind not in docs_stated and kind not in sdk_stated:
            continue
        ok = docs_stated.get(kind) == sdk_stated.get(kind)
        ctx.report.scores[CONSTRAINTS].add(ok)
        if not ok:
            sdk_text = sdk.validation.get(_SDK_OPTION[kind], sdk_stated.get(kind, "absent"))
            ctx.disagree(f"constraint-{kind}", docs.name, docs_stated.get(kind, "absent"), sdk_text)


def _compare_enum(ctx: _MessageContext, docs: Field, sdk: TruthField) -> None:
    enum: EnumType | None = ctx.api.enums.get(docs.type.enum or "")
    docs_values = {v.name for v in enum.values} if enum is not None else set()
    sdk_values = set(sdk.enum_values)
    ok = docs_values == sdk_values
    ctx.report.scores[ENUM_VALUES].add(ok)
    if ok:
        return
    zero = sdk.enum_values[0] if sdk.enum_values else ""
    kind = "enum-values"
    if sdk_values - docs_values == {zero} and docs_values <= sdk_values:
        kind = UNSPECIFIED_DROPPED
        ctx.report.note(f"{ENUM_VALUES}: only the zero value missing in docs")
    docs_text = ", ".join(sorted(docs_values)) if enum is not None else "(enum not in model)"
    ctx.disagree(kind, docs.name, docs_text, ", ".join(sorted(sdk_values)))


# -- helpers ------------------------------------------------------------------------------


def type_agrees(docs: TypeRef, sdk: TruthType) -> bool:
    """Docs type vs proto type, with the JSON mapping's equivalences: wrappers and
    Timestamp/Duration/FieldMask are scalars, Struct/Value/Any/ListValue and messages
    without fields are `object` (Scalar.JSON); enums match by kind (the docs name enums
    after the owning message, so names differ for shared enums)."""
    if sdk.enum is not None:
        return docs.enum is not None
    if sdk.message is not None and docs.message == sdk.message:
        return True
    if sdk.scalar is not None:
        return docs.scalar == sdk.scalar
    return sdk.empty_message and docs.scalar == Scalar.JSON


def describe_docs(t: TypeRef) -> str:
    return f"enum {t.enum}" if t.kind == "enum" else f"{t.kind} {t}"


def describe_sdk(t: TruthType) -> str:
    if t.scalar is not None and t.message is not None:
        return f"scalar {t.scalar.value} ({t.message})"
    if t.enum is not None:
        return f"enum {t.enum}"
    suffix = " (no fields)" if t.empty_message else ""
    return f"{t.kind} {t}{suffix}"


def _shape(repeated: bool, map_key: Scalar | None) -> str:
    if map_key is not None:
        return f"map<{map_key.value}, _>"
    return "repeated" if repeated else "single"


def _docs_oneof(message: Message, f: Field, sdk: TruthMessage) -> frozenset[str] | None:
    if f.oneof is None:
        return None
    members = {m.name for m in message.fields if m.oneof == f.oneof}
    return frozenset(n for n in members if sdk.field_by_json(n) is not None)


def _sdk_oneof(message: Message, f: TruthField, sdk: TruthMessage) -> frozenset[str] | None:
    if f.oneof is None:
        return None
    documented = {m.name for m in message.fields}
    return frozenset(n for n in sdk.oneof_members(f.oneof) if n in documented)


def _group(group: frozenset[str] | None) -> str:
    return "-" if group is None else "oneof{" + ", ".join(sorted(group)) + "}"
