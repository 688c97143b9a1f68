from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

import generator.sdk_runtime as rt
from generator.sdk_runtime import CallOptions, MethodSpec

from .helpers import FakeClock, Recorder, async_client, no_jitter_policy, ok, sync_client

GET = MethodSpec("GET", "backup.{api_host}", "/backup/v1/policies/{policyId}", ("policyId",))
POST = MethodSpec("POST", "backup.{api_host}", "/backup/v1/policies", (), ("dryRun",))


def call(client: rt.BaseClient, spec: MethodSpec, payload: dict[str, Any], **options: Any) -> Any:
    service = rt.SyncService(client._transport)
    return service._request(spec, payload, lambda data: data, CallOptions(**options))


def test_url_headers_and_raw_response() -> None:
    rec = Recorder(ok({"id": "p1"}, headers={"x-request-id": "srv-1"}))
    client = sync_client(rec, FakeClock())
    raw = call(client, GET, {"policyId": "p/1", "view": "FULL"})
    request = rec.requests[0]
    assert (
        str(request.url) == "https://backup.api.cloud.yandex.net/backup/v1/policies/p%2F1?view=FULL"
    )
    assert request.headers["authorization"] == "Bearer t0ken"
    uuid.UUID(request.headers["x-client-request-id"])
    assert request.headers["user-agent"].startswith("generator-python/0.0.0 ")
    assert "idempotency-key" not in request.headers
    assert (raw.status_code, raw.request_id, raw.json()) == (200, "srv-1", {"id": "p1"})
    assert raw.parse() == {"id": "p1"}


def test_query_is_encoded_as_httpx_encodes_params() -> None:
    # The transport writes the query into the URL itself; it must match httpx's `params=`.
    values = {
        "filter": 'name = "a b" AND x&y=z+1%2F/?#',
        "ключ": "значение ü",
        "mark": "~-._*'()!$,;:@",
        "empty": "",
        "escape": "%zz %41",
    }
    rec = Recorder(ok())
    call(sync_client(rec, FakeClock()), GET, {"policyId": "x", **values}, extra_query={"n": 1})
    expected = httpx.Request(
        "GET",
        "https://backup.api.cloud.yandex.net/backup/v1/policies/x",
        params=[*values.items(), ("n", "1")],
    )
    assert str(rec.requests[0].url) == str(expected.url)
    assert rec.requests[0].url.params.multi_items() == [*values.items(), ("n", "1")]


def test_api_host_and_host_overrides() -> None:
    rec = Recorder(ok())
    call(sync_client(rec, FakeClock(), api_host="api.yandexcloud.kz"), GET, {"policyId": "x"})
    assert rec.requests[0].url.host == "backup.api.yandexcloud.kz"
    rec = Recorder(ok())
    client = sync_client(rec, FakeClock(), hosts={"backup": "http://127.0.0.1:8123"})
    call(client, GET, {"policyId": "x"})
    assert str(rec.requests[0].url) == "http://127.0.0.1:8123/backup/v1/policies/x"


def test_empty_path_parameter_is_rejected_before_sending() -> None:
    rec = Recorder(ok())
    with pytest.raises(rt.MissingPathParameterError):
        call(sync_client(rec, FakeClock()), GET, {"policyId": ""})
    assert rec.requests == []


def test_post_body_query_and_idempotency_key() -> None:
    rec = Recorder(ok())
    call(sync_client(rec, FakeClock()), POST, {"dryRun": False, "name": "n", "spec": {"a": 1}})
    request = rec.requests[0]
    assert request.url.params.multi_items() == [("dryRun", "false")]
    assert rec.body() == {"name": "n", "spec": {"a": 1}}
    uuid.UUID(request.headers["idempotency-key"])


def test_extra_headers_query_and_timeout() -> None:
    rec = Recorder(ok())
    call(
        sync_client(rec, FakeClock(), timeout=30.0),
        GET,
        {"policyId": "x"},
        extra_headers={"X-Trace": "t"},
        extra_query={"debug": "1"},
        timeout=2.5,
    )
    request = rec.requests[0]
    assert request.headers["x-trace"] == "t"
    assert request.url.params["debug"] == "1"
    assert request.extensions["timeout"]["read"] == 2.5


def test_client_timeout_is_the_default() -> None:
    rec = Recorder(ok())
    call(sync_client(rec, FakeClock(), timeout=30.0), GET, {"policyId": "x"})
    assert rec.requests[0].extensions["timeout"]["read"] == 30.0


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_call_is_retried_with_backoff(status: int) -> None:
    rec = Recorder(ok(status=status), ok(status=status), ok({"id": "p"}))
    clock = FakeClock()
    raw = call(sync_client(rec, clock), GET, {"policyId": "x"})
    assert raw.json() == {"id": "p"}
    assert clock.sleeps == [0.5, 1.0]
    ids = {r.headers["x-client-request-id"] for r in rec.requests}
    assert len(rec.requests) == 3 and len(ids) == 1  # one logical call


def test_retries_stop_at_max_retries() -> None:
    rec = Recorder(ok({"code": 14, "message": "down"}, status=503))
    clock = FakeClock()
    with pytest.raises(rt.UnavailableError, match="down"):
        call(
            sync_client(rec, clock, retry_policy=no_jitter_policy(max_retries=3)),
            GET,
            {"policyId": "x"},
        )
    assert len(rec.requests) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_backoff_is_capped_and_jittered() -> None:
    policy = rt.RetryPolicy(initial_backoff=1.0, max_backoff=3.0, jitter=lambda: 0.5)
    assert [policy.backoff(n) for n in range(4)] == [0.5, 1.0, 1.5, 1.5]


def test_total_budget_bounds_retries() -> None:
    rec = Recorder(ok(status=503))
    clock = FakeClock()
    policy = no_jitter_policy(max_retries=10, total_budget=1.2)
    with pytest.raises(rt.UnavailableError):
        call(sync_client(rec, clock, retry_policy=policy), GET, {"policyId": "x"})
    assert clock.sleeps == [0.5]  # 0.5 + 1.0 would pass the budget
    assert len(rec.requests) == 2


def test_retry_after_seconds_is_honoured() -> None:
    rec = Recorder(ok(status=429, headers={"Retry-After": "7"}), ok())
    clock = FakeClock()
    call(
        sync_client(rec, clock, retry_policy=no_jitter_policy(total_budget=60)),
        GET,
        {"policyId": "x"},
    )
    assert clock.sleeps == [7.0]


def test_retry_after_http_date_is_honoured() -> None:
    clock = FakeClock()
    date = email.utils.formatdate(clock.now + 12, usegmt=True)
    rec = Recorder(ok(status=503, headers={"Retry-After": date}), ok())
    client = rt.BaseClient(
        iam_token="t",
        http_client=rec.transport(),
        sleep=clock.sleep,
        clock=clock,
        retry_policy=no_jitter_policy(),
    )
    client._transport.settings.wall_clock = clock
    call(client, GET, {"policyId": "x"})
    assert clock.sleeps == [pytest.approx(12.0, abs=1.0)]


def test_retry_after_beyond_budget_is_not_waited_for() -> None:
    rec = Recorder(ok(status=429, headers={"Retry-After": "600"}))
    clock = FakeClock()
    with pytest.raises(rt.ResourceExhaustedError):
        call(sync_client(rec, clock), GET, {"policyId": "x"})
    assert clock.sleeps == [] and len(rec.requests) == 1


def test_non_idempotent_call_is_not_retried_by_default() -> None:
    rec = Recorder(ok(status=503))
    clock = FakeClock()
    with pytest.raises(rt.UnavailableError):
        call(sync_client(rec, clock), POST, {"name": "n"})
    assert len(rec.requests) == 1 and clock.sleeps == []


def test_non_idempotent_retry_per_call_keeps_the_idempotency_key() -> None:
    rec = Recorder(ok(status=503), httpx.ConnectError("reset"), ok({"id": "op"}))
    raw = call(sync_client(rec, FakeClock()), POST, {"name": "n"}, retry=True)
    assert raw.json() == {"id": "op"}
    keys = {r.headers["idempotency-key"] for r in rec.requests}
    assert len(rec.requests) == 3 and len(keys) == 1
    # a new logical call gets a new key
    rec.script = [ok()]
    call(sync_client(rec, FakeClock()), POST, {"name": "n"})
    assert rec.requests[-1].headers["idempotency-key"] not in keys


def test_non_idempotent_retry_per_client() -> None:
    rec = Recorder(ok(status=502), ok())
    policy = no_jitter_policy(retry_non_idempotent=True)
    call(sync_client(rec, FakeClock(), retry_policy=policy), POST, {"name": "n"})
    assert len(rec.requests) == 2
    rec = Recorder(ok(status=502), ok())
    client = rt.BaseClient(
        iam_token="t",
        http_client=rec.transport(),
        retry_non_idempotent=True,
        sleep=FakeClock().sleep,
    )
    call(client, POST, {"name": "n"})
    assert len(rec.requests) == 2


def test_per_call_opt_out_disables_client_opt_in() -> None:
    rec = Recorder(ok(status=502), ok())
    policy = no_jitter_policy(retry_non_idempotent=True)
    with pytest.raises(rt.UnavailableError):
        call(sync_client(rec, FakeClock(), retry_policy=policy), POST, {"name": "n"}, retry=False)


def test_connection_errors_are_retried_then_raised() -> None:
    rec = Recorder(httpx.ConnectError("refused"))
    clock = FakeClock()
    with pytest.raises(rt.APIConnectionError) as info:
        call(sync_client(rec, clock), GET, {"policyId": "x"})
    assert not isinstance(info.value, rt.APITimeoutError)
    assert len(rec.requests) == 3


def test_timeouts_raise_api_timeout_error() -> None:
    rec = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(rt.APITimeoutError):
        call(
            sync_client(rec, FakeClock(), retry_policy=no_jitter_policy(max_retries=0)),
            GET,
            {"policyId": "x"},
        )
    assert len(rec.requests) == 1


def test_client_errors_are_not_retried() -> None:
    rec = Recorder(ok({"code": 5, "message": "no such policy"}, status=404))
    with pytest.raises(rt.NotFoundError):
        call(sync_client(rec, FakeClock()), GET, {"policyId": "x"})
    assert len(rec.requests) == 1


class CountingCredentials(rt.Credentials):
    def __init__(self) -> None:
        self.issued = 0
        self.invalidated = 0

    def token(self) -> str:
        self.issued += 1
        return f"tok{self.issued}"

    def invalidate(self) -> None:
        self.invalidated += 1


def test_401_refreshes_the_token_once() -> None:
    creds = CountingCredentials()
    rec = Recorder(ok(status=401), ok({"id": "p"}))
    raw = call(
        sync_client(rec, FakeClock(), iam_token=None, credentials=creds), GET, {"policyId": "x"}
    )
    assert raw.json() == {"id": "p"}
    assert [r.headers["authorization"] for r in rec.requests] == ["Bearer tok1", "Bearer tok2"]
    assert creds.invalidated == 1


def test_second_401_is_raised() -> None:
    creds = CountingCredentials()
    rec = Recorder(ok({"code": 16, "message": "bad token"}, status=401))
    with pytest.raises(rt.UnauthenticatedError):
        call(
            sync_client(rec, FakeClock(), iam_token=None, credentials=creds), GET, {"policyId": "x"}
        )
    assert len(rec.requests) == 2 and creds.invalidated == 1


def test_credentials_are_required_and_exclusive(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [n for n in os.environ if n.startswith("YC_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))  # no yc CLI profile either
    with pytest.raises(rt.YCError, match="no credentials"):
        rt.BaseClient()
    with pytest.raises(rt.YCError, match="one of"):
        rt.BaseClient(iam_token="a", oauth_token="b")


def test_token_does_not_reach_logs_or_repr(caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder(ok(status=503), ok())
    client = sync_client(rec, FakeClock(), iam_token="s3cr3t-token")
    with caplog.at_level(logging.DEBUG):
        call(client, GET, {"policyId": "x"})
    assert caplog.records  # requests and retries are logged...
    assert "s3cr3t-token" not in caplog.text  # ...without the token
    assert "s3cr3t-token" not in repr(client)
    assert "s3cr3t-token" not in repr(client._transport.credentials)


def test_client_closes_only_its_own_http_client() -> None:
    rec = Recorder(ok())
    own = httpx.Client(transport=rec.transport())
    with rt.BaseClient(iam_token="t", http_client=own):
        pass
    assert not own.is_closed
    with rt.BaseClient(iam_token="t", http_client=rec.transport()) as client:
        http = client._transport.http
    assert http.is_closed


def test_async_retries_and_idempotency_key() -> None:
    rec = Recorder(ok(status=503), ok(status=429, headers={"Retry-After": "3"}), ok({"id": "op"}))
    clock = FakeClock()

    async def main() -> Any:
        async with async_client(rec, clock) as client:
            service = rt.AsyncService(client._transport)
            raw = await service._request(POST, {"name": "n"}, lambda d: d, CallOptions(retry=True))
            return raw.parse()

    assert asyncio.run(main()) == {"id": "op"}
    assert clock.sleeps == [0.5, 3.0]
    assert len({r.headers["idempotency-key"] for r in rec.requests}) == 1
    assert rec.requests[0].headers["authorization"] == "Bearer t0ken"


def test_async_errors_and_401_refresh() -> None:
    class AsyncCounting(rt.AsyncCredentials):
        issued = 0

        async def token(self) -> str:
            self.issued += 1
            return f"tok{self.issued}"

    rec = Recorder(ok(status=401), ok({"code": 9, "message": "busy"}, status=400))

    async def main() -> None:
        client = async_client(rec, FakeClock(), iam_token=None, credentials=AsyncCounting())
        service = rt.AsyncService(client._transport)
        try:
            await service._request(POST, {}, lambda d: d, CallOptions())
        finally:
            await client.aclose()

    with pytest.raises(rt.FailedPreconditionError):
        asyncio.run(main())
    assert [r.headers["authorization"] for r in rec.requests] == ["Bearer tok1", "Bearer tok2"]
