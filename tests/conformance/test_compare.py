"""The comparison on a hand-built model: what agrees, what is reported, how it is scored."""

from __future__ import annotations

import pytest

from .env import skip_reason

_reason = skip_reason()
if _reason is not None:
    pytest.skip(_reason, allow_module_level=True)

from generator.model import (
    Api,
    Constraints,
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

from . import compare as c
from .gaps import KnownGap, check_gaps
from .sdk_truth import SdkTruth

PKG = "yandex.cloud.backup.v1"
HERE = Location("test.md", 1)


def _field(name: str, t: TypeRef, **kw: object) -> Field:
    return Field(name, t, HERE, **kw)  # type: ignore[arg-type]


def _string(name: str, **kw: object) -> Field:
    return _field(name, TypeRef(scalar=Scalar.STRING), **kw)


def _api() -> Api:
    interval = Message(
        f"{PKG}.PolicySettings.Interval",
        HERE,
        fields=[
            _field("type", TypeRef(enum=f"{PKG}.PolicySettings.Interval.Type"), required=True),
            _field("count", TypeRef(scalar=Scalar.STRING)),  # sdk: int64
        ],
    )
    interval_type = EnumType(
        f"{PKG}.PolicySettings.Interval.Type",
        HERE,
        [EnumValue(v) for v in ("SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS")],
    )
    list_tasks_request = Message(
        f"{PKG}.ListTasksRequest",
        HERE,
        fields=[
            _string("computeInstanceId", required=True, constraints=Constraints(max_length=50)),
            # sdk: value "<=1000"
            _field("pageSize", TypeRef(scalar=Scalar.INT64), constraints=Constraints(maximum=100)),
            # pageToken left out; an invented field added
            _string("extra"),
        ],
    )
    operation = Message(
        "yandex.cloud.operation.Operation",
        HERE,
        fields=[
            _string("id"),
            _string("description"),
            _field("createdAt", TypeRef(scalar=Scalar.TIMESTAMP)),
            _string("createdBy"),
            _field("modifiedAt", TypeRef(scalar=Scalar.TIMESTAMP)),
            _field("done", TypeRef(scalar=Scalar.BOOL)),
            _field("metadata", TypeRef(scalar=Scalar.JSON)),
            _field("error", TypeRef(message="google.rpc.Status"), oneof="error_or_response"),
            _field("response", TypeRef(scalar=Scalar.JSON)),  # oneof lost
        ],
        oneofs=[Oneof("error_or_response", ["error"])],
    )
    list_tasks = Method(
        "Resource",
        "ListTasks",
        "GET",
        "/backup/v1/resources/{computeInstanceId}/tasks",
        "backup.{{ api-host }}",
        HERE,
        request_type=f"{PKG}.ListTasksRequest",
        response_type=f"{PKG}.ListTasksResponse",
    )
    delete = Method(
        "Resource",
        "Delete",
        "DELETE",
        "/backup/v1/resources/{computeInstanceID}",  # wrong case
        "backup.{{ api-host }}",
        HERE,
        request_type=f"{PKG}.DeleteResourceRequest",
        response_type="yandex.cloud.operation.Operation",
        operation=OperationInfo(metadata_type=f"{PKG}.DeleteResourceMetadata"),
    )
    return Api(
        PKG,
        "Cloud Backup API",
        services={"Resource": Service("Resource", [list_tasks, delete])},
        messages={m.full_name: m for m in (interval, list_tasks_request, operation)},
        enums={interval_type.full_name: interval_type},
    )


@pytest.fixture(scope="module")
def report() -> c.Report:
    return c.compare({PKG: _api()}, SdkTruth())


def _kinds(report: c.Report) -> set[tuple[str, str, str]]:
    return {(d.kind, d.subject.rsplit(".", 1)[-1], d.field) for d in report.disagreements}


def test_methods(report: c.Report) -> None:
    assert (report.scores[c.METHODS].agree, report.scores[c.METHODS].total) == (1, 2)
    route = next(d for d in report.disagreements if d.kind == "method-verb-path")
    assert route.subject == "Resource.Delete"
    assert route.sdk == "DELETE /backup/v1/resources/{computeInstanceId}"
    assert report.scores[c.REQUEST].agree == 2
    assert report.scores[c.OPERATION].agree == 1  # metadata stated and right
    assert report.notes["operation-response left open by the docs (`object`)"] == 1


def test_fields(report: c.Report) -> None:
    found = _kinds(report)
    assert ("field-missing-in-docs", "ListTasksRequest", "pageToken") in found
    assert ("field-unknown-to-sdk", "ListTasksRequest", "extra") in found
    assert ("field-type", "Interval", "count") in found
    assert ("enum-unspecified-dropped", "Interval", "type") in found
    assert ("field-oneof", "Operation", "error") in found
    assert ("field-oneof", "Operation", "response") in found
    assert not any(kind == "field-required" for kind, _, _ in found)
    assert not any(subject == "Operation" and kind == "field-type" for kind, subject, _ in found)


def test_scores(report: c.Report) -> None:
    # Interval 2 + ListTasksRequest 3 + its missing pageToken + Operation 9
    assert report.scores[c.FIELD_NAMES].total == 15
    assert report.scores[c.FIELD_NAMES].agree == 13
    assert report.scores[c.TYPES].total == 13
    assert report.scores[c.TYPES].agree == 12
    assert (report.scores[c.ENUM_VALUES].agree, report.scores[c.ENUM_VALUES].total) == (0, 1)


def test_known_gaps_unexplained_and_stale(report: c.Report) -> None:
    first = report.disagreements[0]
    stale = c.Disagreement("field-type", PKG, "x.Y", "z", "a", "b")
    gaps = [KnownGap(first, "r", "docs-gap"), KnownGap(stale, "r", "parser")]
    check = check_gaps(report.disagreements, gaps)
    assert check.explained == 1
    assert check.external == [first]
    assert first not in check.unexplained
    assert len(check.unexplained) == len(report.disagreements) - 1
    assert [g.disagreement for g in check.stale] == [stale]


def test_adjusted_scores_leave_out_external_disagreements(report: c.Report) -> None:
    route = next(d for d in report.disagreements if d.kind == "method-verb-path")
    adjusted = report.adjusted([route])
    assert (adjusted[c.METHODS].agree, adjusted[c.METHODS].total) == (1, 1)
    assert adjusted[c.TYPES] == report.scores[c.TYPES]


def test_constraints(report: c.Report) -> None:
    # computeInstanceId length agrees; pageSize value differs; Interval.count's value ">0" is
    # not in the docs. Operation's file has no validation options: not scored.
    assert (report.scores[c.CONSTRAINTS].agree, report.scores[c.CONSTRAINTS].total) == (1, 3)
    found = {(d.kind, d.field, d.docs, d.sdk) for d in report.disagreements}
    assert ("constraint-value", "pageSize", "<=100", "<=1000") in found
    assert ("constraint-value", "count", "absent", ">0") in found
    assert not any(
        d.kind.startswith("constraint-")
        for d in report.disagreements
        if d.subject.endswith("Operation")
    )
