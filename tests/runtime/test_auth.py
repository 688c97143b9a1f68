from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import generator.sdk_runtime as rt

from .helpers import FakeClock, Recorder, ok

IAM_URL = "https://iam.api.cloud.yandex.net/iam/v1/tokens"
METADATA_URL = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"
T0 = 1_700_000_000.0  # 2023-11-14T22:13:20Z


def iam_answer(token: str, expires_at: str = "2023-11-15T10:13:20.123456789Z") -> httpx.Response:
    return ok({"iamToken": token, "expiresAt": expires_at})


def test_static_iam_token() -> None:
    creds = rt.IAMTokenCredentials("static-secret")
    assert creds.token() == "static-secret"
    assert "static-secret" not in repr(creds) + str(creds)
    assert asyncio.run(rt.AsyncIAMTokenCredentials("a").token()) == "a"


def test_oauth_exchange_cache_and_refresh_before_expiry() -> None:
    rec = Recorder(iam_answer("iam-1"), iam_answer("iam-2", "2023-11-15T22:13:20Z"))
    clock = FakeClock(T0)
    creds = rt.OAuthCredentials(
        "oauth-secret", http_client=httpx.Client(transport=rec.transport()), clock=clock
    )
    assert creds.token() == "iam-1"
    request = rec.requests[0]
    assert (request.method, str(request.url)) == ("POST", IAM_URL)
    assert rec.body() == {"yandexPassportOauthToken": "oauth-secret"}
    clock.now += 12 * 3600 - 301  # still more than the 5-minute margin left
    assert creds.token() == "iam-1" and len(rec.requests) == 1
    clock.now += 2  # inside the margin: refreshed before it expires
    assert creds.token() == "iam-2" and len(rec.requests) == 2


def test_failed_early_refresh_keeps_the_still_valid_token() -> None:
    rec = Recorder(iam_answer("iam-1"), ok(status=500))
    clock = FakeClock(T0)
    creds = rt.OAuthCredentials(
        "o", http_client=httpx.Client(transport=rec.transport()), clock=clock
    )
    creds.token()
    clock.now += 12 * 3600 - 60
    assert creds.token() == "iam-1"
    clock.now += 120  # expired: the error surfaces
    with pytest.raises(rt.InternalError):
        creds.token()


def test_invalidate_forces_a_new_exchange() -> None:
    rec = Recorder(iam_answer("iam-1"), iam_answer("iam-2"))
    creds = rt.OAuthCredentials(
        "o", http_client=httpx.Client(transport=rec.transport()), clock=FakeClock(T0)
    )
    assert creds.token() == "iam-1"
    creds.invalidate()
    assert creds.token() == "iam-2"


def test_oauth_client_exchanges_through_its_hosts_and_refreshes_once_on_401() -> None:
    answers = iter(["iam-1", "iam-2"])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/iam/v1/tokens":
            return iam_answer(next(answers))
        if request.headers["authorization"] == "Bearer iam-1":
            return ok({"code": 16, "message": "expired"}, status=401)
        return ok({"id": "p"})

    rec = Recorder(handler)
    client = rt.BaseClient(
        oauth_token="oauth-secret",
        http_client=rec.transport(),
        hosts={"iam": "http://127.0.0.1:9000"},
    )
    service = rt.SyncService(client._transport)
    spec = rt.MethodSpec("GET", "backup.{api_host}", "/backup/v1/policies")
    assert service._request(spec, {}, lambda d: d, rt.CallOptions()).json() == {"id": "p"}
    urls = [str(r.url) for r in rec.requests]
    assert urls == [
        "http://127.0.0.1:9000/iam/v1/tokens",
        "https://backup.api.cloud.yandex.net/backup/v1/policies",
        "http://127.0.0.1:9000/iam/v1/tokens",
        "https://backup.api.cloud.yandex.net/backup/v1/policies",
    ]
    assert "oauth-secret" not in repr(client._transport.credentials)


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def key_file(tmp_path: Path, key: rsa.RSAPrivateKey) -> Path:
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    data = {
        "id": "ajekey",
        "service_account_id": "ajesa",
        "created_at": "2023-01-01T00:00:00Z",
        "key_algorithm": "RSA_2048",
        "public_key": "",
        "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <ajekey>\n" + pem,
    }
    path = tmp_path / "key.json"
    path.write_text(json.dumps(data))
    return path


def test_service_account_key_jwt(tmp_path: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    rec = Recorder(iam_answer("iam-sa"))
    clock = FakeClock(T0)
    creds = rt.ServiceAccountKeyCredentials(
        str(key_file(tmp_path, rsa_key)),
        http_client=httpx.Client(transport=rec.transport()),
        clock=clock,
    )
    assert creds.token() == "iam-sa"
    assert str(rec.requests[0].url) == IAM_URL
    token = rec.body()["jwt"]
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "PS256" and header["kid"] == "ajekey"
    claims = jwt.decode(
        token,
        rsa_key.public_key(),
        algorithms=["PS256"],
        audience="https://iam.api.cloud.yandex.net/iam/v1/tokens",
        options={"verify_exp": False, "verify_iat": False},
    )
    assert claims == {
        "iss": "ajesa",
        "aud": "https://iam.api.cloud.yandex.net/iam/v1/tokens",
        "iat": int(T0),
        "exp": int(T0) + 3600,
    }
    assert "PRIVATE KEY" not in repr(creds) and "PRIVATE KEY" not in repr(creds._source.__dict__)


def test_service_account_key_as_dict_and_missing_fields(
    rsa_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    data = json.loads(key_file(tmp_path, rsa_key).read_text())
    rt.ServiceAccountKeyCredentials(data)  # a dict works as well as a path
    del data["service_account_id"]
    with pytest.raises(rt.AuthError, match="service_account_id") as info:
        rt.ServiceAccountKeyCredentials(data)
    assert "PRIVATE KEY" not in str(info.value)
    with pytest.raises(rt.AuthError, match="cannot read"):
        rt.ServiceAccountKeyCredentials(tmp_path / "missing.json")


def test_missing_pyjwt_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, rsa_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    creds = rt.ServiceAccountKeyCredentials(
        key_file(tmp_path, rsa_key), http_client=httpx.Client(transport=Recorder(ok()).transport())
    )
    monkeypatch.setitem(sys.modules, "jwt", None)
    with pytest.raises(rt.AuthError, match=r"sa-key"):
        creds.token()


def test_metadata_service_token_and_refresh() -> None:
    rec = Recorder(
        ok({"access_token": "vm-1", "expires_in": 3600}),
        ok({"access_token": "vm-2", "expires_in": 3600}),
    )
    clock = FakeClock(T0)
    creds = rt.MetadataCredentials(http_client=httpx.Client(transport=rec.transport()), clock=clock)
    assert creds.token() == "vm-1"
    request = rec.requests[0]
    assert (request.method, str(request.url)) == ("GET", METADATA_URL)
    assert request.headers["metadata-flavor"] == "Google"
    clock.now += 3000
    assert creds.token() == "vm-1"
    clock.now += 400  # within 5 minutes of expiry
    assert creds.token() == "vm-2"


def test_concurrent_threads_share_one_exchange() -> None:
    rec = Recorder(iam_answer("iam-1"))
    creds = rt.OAuthCredentials(
        "o", http_client=httpx.Client(transport=rec.transport()), clock=FakeClock(T0)
    )
    barrier = threading.Barrier(8)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(creds.token())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["iam-1"] * 8
    assert len(rec.requests) == 1


def test_async_oauth_concurrent_calls_share_one_exchange_and_refresh() -> None:
    calls: list[Any] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(json.loads(request.content))
        await asyncio.sleep(0)  # yield to the other waiters mid-exchange
        return iam_answer(f"iam-{len(calls)}")

    clock = FakeClock(T0)

    async def main() -> list[str]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        creds = rt.AsyncOAuthCredentials("o", http_client=http, clock=clock)
        first = await asyncio.gather(*(creds.token() for _ in range(5)))
        clock.now += 12 * 3600
        return [*first, await creds.token()]

    assert asyncio.run(main()) == ["iam-1"] * 5 + ["iam-2"]
    assert calls == [{"yandexPassportOauthToken": "o"}] * 2


def test_async_service_account_and_metadata(rsa_key: rsa.RSAPrivateKey, tmp_path: Path) -> None:
    rec = Recorder(iam_answer("iam-sa"), ok({"access_token": "vm", "expires_in": 60}))

    async def main() -> tuple[str, str]:
        http = httpx.AsyncClient(transport=rec.transport())
        sa = rt.AsyncServiceAccountKeyCredentials(key_file(tmp_path, rsa_key), http_client=http)
        vm = rt.AsyncMetadataCredentials(http_client=http)
        return await sa.token(), await vm.token()

    assert asyncio.run(main()) == ("iam-sa", "vm")
    assert "jwt" in rec.body(0)
    assert rec.requests[1].headers["metadata-flavor"] == "Google"


def test_secrets_stay_out_of_repr_str_and_errors() -> None:
    rec = Recorder(ok({"code": 16, "message": "bad oauth"}, status=401))
    creds = rt.OAuthCredentials("oauth-secret", http_client=httpx.Client(transport=rec.transport()))
    with pytest.raises(rt.UnauthenticatedError) as info:
        creds.token()
    for text in (
        repr(creds),
        str(creds),
        str(info.value),
        repr(info.value),
        repr(creds.__dict__),
        repr(creds._source.__dict__),
    ):
        assert "oauth-secret" not in text


def test_token_exchange_transport_failure_hides_the_body() -> None:
    rec = Recorder(httpx.ConnectError("refused"))
    creds = rt.OAuthCredentials("oauth-secret", http_client=httpx.Client(transport=rec.transport()))
    with pytest.raises(rt.APIConnectionError) as info:
        creds.token()
    assert "oauth-secret" not in str(info.value)
