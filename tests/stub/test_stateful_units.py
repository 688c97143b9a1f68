"""Units of the stateful fake's runtime: ids, page tokens, the filter, update-mask paths,
fault codes, the operation store's cancel and the snapshot file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.sdk_runtime.stub import _schema as k
from generator.sdk_runtime.stub._errors import StubError
from generator.sdk_runtime.stub._operations import OperationStore
from generator.sdk_runtime.stub._schema import FieldRule, MessageRule, Schema
from generator.sdk_runtime.stub.stateful._build import apply_mask_path, copy_fields
from generator.sdk_runtime.stub.stateful._faults import FaultPlan, code_of
from generator.sdk_runtime.stub.stateful._filter import parse_filter
from generator.sdk_runtime.stub.stateful._ids import IdMaker
from generator.sdk_runtime.stub.stateful._paging import encode_token, page
from generator.sdk_runtime.stub.stateful._rules import ResourceRule
from generator.sdk_runtime.stub.stateful._snapshot import (
    SnapshotError,
    read_snapshot,
    write_snapshot,
)

SCHEMA = Schema(
    "toy.v1",
    {
        "toy.v1.Thing": MessageRule(
            (
                FieldRule("id", k.STRING),
                FieldRule("name", k.STRING),
                FieldRule("size", k.INT64),
                FieldRule("spec", k.MESSAGE, ref="toy.v1.Spec"),
            )
        ),
        "toy.v1.Spec": MessageRule((FieldRule("cores", k.INT32), FieldRule("memory", k.INT64))),
        "toy.v1.OtherSpec": MessageRule((FieldRule("gpus", k.INT32),)),
        "toy.v1.UpdateThingRequest": MessageRule(
            (
                FieldRule("thingId", k.STRING),
                FieldRule("name", k.STRING),
                FieldRule("size", k.STRING),  # same name, another shape: never copied
                FieldRule("spec", k.MESSAGE, ref="toy.v1.OtherSpec"),
            )
        ),
    },
    {},
    (),
)
RULE = ResourceRule("Thing", "toy.v1.Thing", "thingId")


def test_ids_are_yandex_shaped_and_deterministic() -> None:
    first = [IdMaker(1).new("toy.v1.Thing") for _ in range(2)]
    maker = IdMaker(1)
    made = [maker.new("toy.v1.Thing"), maker.new("toy.v1.Thing"), maker.new("toy.v1.Other")]
    assert first[0] == first[1] == made[0]
    assert made[0] != made[1] and made[0][:3] == made[1][:3] != made[2][:3]
    assert all(len(i) == 20 and i.isalnum() and i == i.lower() for i in made)
    assert IdMaker(2).new("toy.v1.Thing") != made[0]


def test_pages_follow_creation_order_and_tokens_survive_deletes() -> None:
    items = [(seq, {"id": f"t{seq}"}) for seq in range(1, 8)]
    first, token = page(items, {"pageSize": "3"}, 1000)
    assert [i["id"] for i in first] == ["t1", "t2", "t3"] and token
    without_t4 = [pair for pair in items if pair[0] != 4]
    second, token = page(without_t4, {"pageSize": 3, "pageToken": token}, 1000)
    assert [i["id"] for i in second] == ["t5", "t6", "t7"] and token == ""
    capped, _ = page(items, {"pageSize": "50"}, 2)
    assert len(capped) == 2
    with pytest.raises(StubError, match="pageToken"):
        page(items, {"pageToken": "%%%"}, 1000)
    with pytest.raises(StubError, match="pageToken"):
        page(items, {"pageToken": encode_token(3)[:-2] + "zz"}, 1000)


def test_filter_understands_name_equals_only() -> None:
    assert parse_filter('name="a b"')({"name": "a b"})
    assert parse_filter(" name = 'x' ")({"name": "x"})
    assert not parse_filter('name="x"')({"name": "y"})
    assert parse_filter("")({"name": "anything"})
    with pytest.raises(StubError, match='name="value"'):
        parse_filter("name:x")


def test_update_mask_paths_copy_what_fits_and_reset_what_is_left_out() -> None:
    resource = {"id": "t1", "name": "old", "size": "7", "spec": {"cores": 2, "memory": "1"}}
    request = {"thingId": "t1", "name": "new", "size": "9", "spec": {"gpus": 1}}
    for path in ("name", "size", "id", "thingId", "spec.memory"):
        apply_mask_path(SCHEMA, RULE, "toy.v1.UpdateThingRequest", resource, request, path)
    assert resource == {"id": "t1", "name": "new", "size": "7", "spec": {"cores": 2}}
    copied = copy_fields(SCHEMA, "toy.v1.Thing", "toy.v1.UpdateThingRequest", request, request)
    assert copied == {"name": "new"}  # size: another kind; spec: not valid as a Spec


def test_a_value_the_resource_field_cannot_hold_is_refused_naming_that_field() -> None:
    strict = FieldRule("labels", k.STRING, map_key=k.STRING, pattern="[a-z]*")
    schema = Schema(
        "toy.v1",
        {
            "toy.v1.Thing": MessageRule((strict,)),
            "toy.v1.CreateThingRequest": MessageRule(
                (FieldRule("labels", k.STRING, map_key=k.STRING),)
            ),
        },
        {},
        (),
    )
    fits = {"labels": {"env": "prod"}}
    assert copy_fields(schema, "toy.v1.Thing", "toy.v1.CreateThingRequest", fits, fits) == fits
    bad = {"labels": {"env": "Prod!"}}
    with pytest.raises(StubError) as refused:
        copy_fields(schema, "toy.v1.Thing", "toy.v1.CreateThingRequest", bad, bad)
    assert refused.value.code == 3
    assert "labels[env]" in refused.value.message
    assert "(rule of the resource field Thing.labels)" in refused.value.message


def test_fault_codes_by_name_or_number() -> None:
    assert code_of("unavailable") == 14 and code_of(8) == 8
    with pytest.raises(ValueError, match="UNAVAILABLE"):
        code_of("NOPE")
    plan = FaultPlan()
    plan.fail("S.M", "UNAVAILABLE", times=2, retry_after=1.5)
    errors = [plan.take_call("S.M") for _ in range(3)]
    assert [e.code if e else None for e in errors] == [14, 14, None]
    assert errors[0] is not None and errors[0].headers == {"Retry-After": "1.5"}


def test_cancel_ends_a_pending_operation_and_leaves_a_done_one() -> None:
    store = OperationStore(pending_polls=2)
    store.add({"id": "op1", "done": True, "response": {"@type": "x"}}, target="t1")
    assert store.get("op1")["done"] is False
    cancelled = store.cancel("op1")
    assert cancelled["done"] is True and cancelled["error"]["code"] == 1
    assert "response" not in cancelled
    assert [op["id"] for _, op in store.for_target("t1")] == ["op1"]
    done = OperationStore()
    done.add({"id": "op2", "done": True, "response": {}})
    assert done.cancel("op2") == {"id": "op2", "done": True, "response": {}}


def test_snapshot_round_trip_and_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    assert read_snapshot(path) is None
    write_snapshot(path, {"resources": {}})
    assert read_snapshot(path) == {"version": 1, "resources": {}}
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]
    path.write_text(json.dumps({"version": 99}))
    with pytest.raises(SnapshotError, match=r"s\.json:1: error: not a snapshot"):
        read_snapshot(path)
