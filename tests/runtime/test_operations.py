from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import generator.sdk_runtime as rt

from .helpers import FakeClock, Recorder, async_client, ok, sync_client

OP_URL = "https://operation.api.cloud.yandex.net/operations/op1"


@dataclass
class Meta:
    policy_id: str

    @classmethod
    def from_json(cls, data: Any) -> Meta:
        assert "@type" not in data
        return cls(data["policyId"])


@dataclass
class Policy:
    id: str
    name: str

    @classmethod
    def from_json(cls, data: Any) -> Policy:
        assert "@type" not in data
        return cls(data["id"], data.get("name", ""))


def op(done: bool = False, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "op1",
        "description": "create policy",
        "createdAt": "2024-01-01T00:00:00Z",
        "createdBy": "user",
        "modifiedAt": "2024-01-01T00:00:01Z",
        "done": done,
        "metadata": {"@type": "type.googleapis.com/yandex.cloud.backup.v1.M", "policyId": "p1"},
    }
    data.update(extra)
    return data


RESPONSE = {"@type": "type.googleapis.com/yandex.cloud.backup.v1.Policy", "id": "p1", "name": "n"}


def handle(client: rt.BaseClient, data: dict[str, Any]) -> rt.Operation[Meta, Policy]:
    return rt.Operation(data, client._transport, Meta.from_json, Policy.from_json)


def test_fields_are_decoded_without_type_urls() -> None:
    operation = handle(sync_client(Recorder(ok()), FakeClock()), op(done=True, response=RESPONSE))
    assert (operation.id, operation.description, operation.created_by) == (
        "op1",
        "create policy",
        "user",
    )
    assert operation.created_at == "2024-01-01T00:00:00Z"
    assert operation.modified_at == "2024-01-01T00:00:01Z"
    assert operation.metadata == Meta("p1")
    assert operation.response == Policy("p1", "n")
    assert operation.wait() == Policy("p1", "n")


def test_wait_polls_with_capped_backoff_until_done() -> None:
    rec = Recorder(*[ok(op()) for _ in range(5)], ok(op(done=True, response=RESPONSE)))
    clock = FakeClock()
    operation = handle(sync_client(rec, clock), op())
    assert operation.wait(poll_interval=2.0) == Policy("p1", "n")
    assert clock.sleeps == [2.0, 4.0, 8.0, 10.0, 10.0, 10.0]
    assert all(str(r.url) == OP_URL and r.method == "GET" for r in rec.requests)
    assert operation.done and operation.response == Policy("p1", "n")


def test_wait_raises_operation_error_with_the_status() -> None:
    details = [{"@type": "type.googleapis.com/google.rpc.BadRequest"}]
    error = {"code": 9, "message": "policy busy", "details": details}
    rec = Recorder(ok(op(done=True, error=error)))
    operation = handle(sync_client(rec, FakeClock()), op())
    with pytest.raises(rt.OperationError) as info:
        operation.wait()
    assert (info.value.operation_id, info.value.code, info.value.message) == (
        "op1",
        9,
        "policy busy",
    )
    assert info.value.code_name == "FAILED_PRECONDITION"
    assert info.value.details == details


def test_wait_times_out() -> None:
    rec = Recorder(ok(op()))
    clock = FakeClock()
    operation = handle(sync_client(rec, clock), op())
    with pytest.raises(rt.OperationTimeoutError) as info:
        operation.wait(timeout=5.0, poll_interval=1.0)
    assert info.value.operation_id == "op1"
    assert clock.sleeps == [1.0, 2.0, 2.0]  # the last sleep is cut to the deadline
    assert len(rec.requests) == 3


def test_refresh_and_cancel() -> None:
    rec = Recorder(ok(op()), ok(op(done=True, error={"code": 1, "message": "cancelled"})))
    operation = handle(sync_client(rec, FakeClock()), op())
    assert operation.refresh() is operation and not operation.done
    operation.cancel()
    assert rec.requests[1].method == "POST"
    assert str(rec.requests[1].url) == OP_URL + ":cancel"
    assert operation.done and operation.error == {"code": 1, "message": "cancelled"}


def test_raw_json_decoder_and_empty_response() -> None:
    client = sync_client(Recorder(ok()), FakeClock())
    operation = rt.Operation(op(done=True), client._transport, rt.raw_json, rt.raw_json)
    assert operation.metadata == {"policyId": "p1"}
    assert operation.wait() == {}  # google.protobuf.Empty


def test_async_operation_polls_and_fails() -> None:
    error = {"code": 13, "message": "boom"}
    rec = Recorder(ok(op()), ok(op(done=True, error=error)))
    clock = FakeClock()

    async def main() -> None:
        async with async_client(rec, clock) as client:
            operation = rt.AsyncOperation(op(), client._transport, Meta.from_json, Policy.from_json)
            await operation.wait(poll_interval=0.5)

    with pytest.raises(rt.OperationError, match="boom"):
        asyncio.run(main())
    assert clock.sleeps == [0.5, 1.0]


def test_async_operation_success_timeout_and_cancel() -> None:
    rec = Recorder(ok(op(done=True, response=RESPONSE)))
    clock = FakeClock()

    async def main() -> tuple[Policy, bool]:
        async with async_client(rec, clock) as client:
            operation = rt.AsyncOperation(op(), client._transport, Meta.from_json, Policy.from_json)
            result = await operation.wait()
            slow = rt.AsyncOperation(op(), client._transport, Meta.from_json, Policy.from_json)
            rec.script = [ok(op())]
            try:
                await slow.wait(timeout=1.0)
            except rt.OperationTimeoutError:
                timed_out = True
            rec.script = [ok(op(done=True, error={"code": 1, "message": "c"}))]
            await slow.cancel()
            return result, timed_out and slow.done

    assert asyncio.run(main()) == (Policy("p1", "n"), True)
    assert rec.requests[-1].url.path == "/operations/op1:cancel"


def test_operation_built_by_a_service_call() -> None:
    rec = Recorder(ok(op()), ok(op(done=True, response=RESPONSE)))
    client = sync_client(rec, FakeClock())
    service = rt.SyncService(client._transport)
    spec = rt.MethodSpec("POST", "backup.{api_host}", "/backup/v1/policies")
    raw = service._request(
        spec, {"name": "n"}, service._operation(Meta.from_json, Policy.from_json), rt.CallOptions()
    )
    operation = raw.parse()
    assert isinstance(operation, rt.Operation)
    assert operation.wait() == Policy("p1", "n")
    assert (
        isinstance(rec.requests[1], httpx.Request) and rec.requests[1].url.path == "/operations/op1"
    )
