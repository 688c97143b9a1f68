"""Resources derived from the model (generator/resources.py): the rules of
docs/stateful-fake.md on a small hand-made API, and the warnings `lint` shows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.model import (
    OPERATION_TYPE,
    Api,
    Constraints,
    EnumType,
    EnumValue,
    Field,
    Location,
    Message,
    Method,
    OperationInfo,
    Scalar,
    Service,
    TypeRef,
)
from generator.resources import derive_resources

PKG = "yandex.cloud.toy.v1"
REPO = Path(__file__).resolve().parents[1]


def _string(name: str) -> Field:
    return Field(name, TypeRef(scalar=Scalar.STRING), Location("toy.md", 1))


def _message(name: str, *fields: Field) -> Message:
    return Message(f"{PKG}.{name}", Location("toy.md", 1), fields=list(fields))


def _method(service: str, name: str, verb: str, path: str, response: str, **kw: object) -> Method:
    return Method(
        service, name, verb, path, "toy.{{ api-host }}", Location(f"{name}.md", 3),
        request_type=f"{PKG}.{name}{service}Request", response_type=response, **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def _operation(response: str | None, metadata: str | None = None) -> dict[str, object]:
    return {"operation": OperationInfo(metadata, response)}


def toy_api() -> Api:
    gadget = _message(
        "Gadget",
        _string("id"),
        _string("folderId"),
        _string("name"),
        Field("status", TypeRef(enum=f"{PKG}.Gadget.Status"), Location("toy.md", 1)),
    )
    part = _message("Part", _string("id"), _string("gadgetId"))
    page = _message(
        "ListGadgetsResponse",
        Field("gadgets", TypeRef(message=gadget.full_name), Location("toy.md", 1), repeated=True),
        _string("nextPageToken"),
    )
    parts = _message(
        "ListGadgetPartsResponse",
        Field("parts", TypeRef(message=part.full_name), Location("toy.md", 1), repeated=True),
        _string("nextPageToken"),
    )
    metadata = _message("CreateGadgetMetadata", _string("gadgetId"))
    page_size = Field(
        "pageSize",
        TypeRef(scalar=Scalar.INT64),
        Location("toy.md", 1),
        constraints=Constraints(maximum=500),
    )
    base = "/toy/v1/gadgets"
    op = OPERATION_TYPE
    gadgets = Service(
        "Gadget",
        [
            _method("Gadget", "Get", "GET", base + "/{gadgetId}", gadget.full_name),
            _method(
                "Gadget",
                "List",
                "GET",
                base,
                page.full_name,
                query_params=[_string("folderId"), page_size, _string("pageToken")],
            ),
            _method(
                "Gadget",
                "Create",
                "POST",
                base,
                op,
                **_operation(gadget.full_name, metadata.full_name),
            ),
            _method("Gadget", "Update", "PATCH", base + "/{gadgetId}", op, **_operation(None)),
            _method("Gadget", "Delete", "DELETE", base + "/{gadgetId}", op, **_operation(None)),
            _method("Gadget", "Stop", "POST", base + "/{gadgetId}:stop", op, **_operation(None)),
            _method(
                "Gadget", "Polish", "POST", base + "/{gadgetId}:polish", op, **_operation(None)
            ),
            _method("Gadget", "ListParts", "GET", base + "/{gadgetId}/parts", parts.full_name),
            _method("Gadget", "Describe", "GET", base + "/{gadgetId}:describe", page.full_name),
        ],
    )
    oracle = Service(
        "Oracle", [_method("Oracle", "Ask", "POST", "/toy/v1/oracle:ask", gadget.full_name)]
    )
    status = EnumType(
        f"{PKG}.Gadget.Status",
        Location("toy.md", 1),
        [EnumValue(v) for v in ("STATUS_UNSPECIFIED", "CREATING", "ACTIVE", "STOPPED")],
    )
    messages = {m.full_name: m for m in (gadget, part, page, parts, metadata)}
    return Api(
        PKG, "Toy API", {"Gadget": gadgets, "Oracle": oracle}, messages, {status.full_name: status}
    )


def test_a_service_is_classified_by_the_conventions() -> None:
    found = derive_resources(toy_api())
    [gadget] = found.resources
    assert (gadget.type, gadget.id_param, gadget.parent) == (
        f"{PKG}.Gadget",
        "gadgetId",
        "folderId",
    )
    assert gadget.collection == "/toy/v1/gadgets"
    assert (gadget.status_field, gadget.ready_status) == ("status", "ACTIVE")
    kinds = {name: role.kind for name, role in gadget.roles.items()}
    assert kinds == {
        "Get": "get",
        "List": "list",
        "Create": "create",
        "Update": "update",
        "Delete": "delete",
        "Stop": "verb",
        "Polish": "verb",
        "ListParts": "sub_list",
    }
    assert gadget.roles["List"].items == "gadgets"
    assert gadget.roles["List"].max_page_size == 500  # the documented maximum
    assert gadget.roles["Stop"].status == "STOPPED"
    assert gadget.roles["Polish"].status == ""  # no rule: unchanged
    sub = gadget.roles["ListParts"]
    assert (sub.items, sub.child, sub.child_parent) == ("parts", f"{PKG}.Part", "gadgetId")


def test_what_fits_no_rule_is_a_warning() -> None:
    found = derive_resources(toy_api())
    messages = sorted(str(d) for d in found.diagnostics)
    assert len(messages) == 2
    assert "Ask.md:3: warning:" in messages[0]
    assert "Oracle: no resource found" in messages[0]
    assert "Describe.md:3: warning:" in messages[1]
    assert "Gadget.Describe: fits no method rule of resource Gadget" in messages[1]
    assert {d.code for d in found.diagnostics} == {"stateful-unclassified"}


def test_lint_lists_services_the_rules_cannot_classify() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint", "specs"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "yandex.cloud.backup.v1.Resource: no resource found" in result.stdout
    assert "stateful" not in result.stderr
