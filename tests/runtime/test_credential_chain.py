"""The credential chain: environment variables, the `yc` CLI profile, the metadata service.

Every test runs with a temporary HOME and no YC_* variables (the `clean_env` fixture), so
the machine's own configuration is never read."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import generator.sdk_runtime as rt
from generator.sdk_runtime._yc_config import ConfigError, parse_yaml

from .helpers import FakeClock, Recorder, no_jitter_policy, ok

GET = rt.MethodSpec("GET", "backup.{api_host}", "/backup/v1/policies/{policyId}", ("policyId",))
IAM_TOKENS = "https://iam.api.cloud.yandex.net/iam/v1/tokens"
METADATA = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in list(os.environ):
        if name.startswith("YC_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def config_file(home: Path, text: str) -> Path:
    path = home / ".config" / "yandex-cloud" / "config.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def token_answer(request: httpx.Request) -> httpx.Response:
    """IAM exchange and metadata answer with a token naming what was exchanged."""
    if request.url.path == "/iam/v1/tokens":
        body = json.loads(request.content)
        if "jwt" in body:
            return ok({"iamToken": "iam-from-jwt", "expiresAt": "2099-01-01T00:00:00Z"})
        oauth = body["yandexPassportOauthToken"]
        return ok({"iamToken": f"iam-from-{oauth}", "expiresAt": "2099-01-01T00:00:00Z"})
    if str(request.url) == METADATA:
        return ok({"access_token": "iam-from-metadata", "expires_in": 3600})
    return ok({"id": "p1"})


def client(recorder: Recorder, **kwargs: Any) -> rt.BaseClient:
    return rt.BaseClient(
        http_client=recorder.transport(),
        retry_policy=no_jitter_policy(),
        sleep=FakeClock().sleep,
        **kwargs,
    )


def bearer_of_call(c: rt.BaseClient, recorder: Recorder) -> str:
    rt.SyncService(c._transport)._request(GET, {"policyId": "p1"}, dict, rt.CallOptions())
    return recorder.requests[-1].headers["Authorization"]


def test_nothing_configured_lists_every_step(clean_env: Path) -> None:
    with pytest.raises(rt.NoCredentialsError) as info:
        client(Recorder(ok()))
    message = str(info.value)
    for step in (
        "iam_token=",
        "YC_IAM_TOKEN (not set)",
        "YC_TOKEN (not set)",
        "YC_SERVICE_ACCOUNT_KEY_FILE (not set)",
        f"yc CLI profile (no {clean_env / '.config/yandex-cloud/config.yaml'})",
        "VM metadata service (not asked for",
    ):
        assert step in message
    assert isinstance(info.value, rt.AuthError)


def test_variables_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YC_SERVICE_ACCOUNT_KEY_FILE", "/nonexistent/key.json")
    monkeypatch.setenv("YC_TOKEN", "oauth-1")
    monkeypatch.setenv("YC_IAM_TOKEN", "iam-1")
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.credentials_source == "YC_IAM_TOKEN"
    assert bearer_of_call(c, rec) == "Bearer iam-1"

    monkeypatch.delenv("YC_IAM_TOKEN")
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.credentials_source == "YC_TOKEN"
    assert bearer_of_call(c, rec) == "Bearer iam-from-oauth-1"
    assert str(rec.requests[0].url) == IAM_TOKENS

    monkeypatch.delenv("YC_TOKEN")
    with pytest.raises(rt.AuthError, match="cannot read the service account key file"):
        client(Recorder(token_answer))


def test_service_account_key_file_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rsa_key: rsa.RSAPrivateKey
) -> None:
    path = tmp_path / "key.json"
    path.write_text(json.dumps(authorized_key(rsa_key)))
    monkeypatch.setenv("YC_SERVICE_ACCOUNT_KEY_FILE", str(path))
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.credentials_source == "YC_SERVICE_ACCOUNT_KEY_FILE"
    assert bearer_of_call(c, rec) == "Bearer iam-from-jwt"


def test_explicit_argument_wins_and_chain_is_not_read(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    config_file(clean_env, "this is: [not read\n")
    monkeypatch.setenv("YC_IAM_TOKEN", "from-env")
    rec = Recorder(ok())
    c = client(rec, iam_token="given")
    assert c.credentials_source == "iam_token=" and c.folder_id is None
    assert bearer_of_call(c, rec) == "Bearer given"


PROFILES = """\
    current: work
    profiles:
      work:
        token: oauth-work   # a comment
        cloud-id: b1gcloud
        folder-id: b1gwork
        endpoint: api.example.kz:443
      other:
        token: "oauth-other"
        folder-id: 'b1g''other'
      nothing:
        folder-id: b1gempty
      fed:
        federation-id: bpffed
        endpoint: api.cloud.yandex.net:443
      vm:
        instance-service-account: true
        folder-id: b1gvm
    """


def test_active_profile_token_endpoint_and_folder(clean_env: Path) -> None:
    path = config_file(clean_env, PROFILES)
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.folder_id == "b1gwork"
    assert c.credentials_source == f"yc profile 'work' ({path})"
    assert bearer_of_call(c, rec) == "Bearer iam-from-oauth-work"
    # The profile's endpoint moves every host: the IAM exchange and the call.
    assert [r.url.host for r in rec.requests] == ["iam.api.example.kz", "backup.api.example.kz"]
    # An explicit api_host wins over the profile's endpoint.
    c = client(Recorder(token_answer), api_host="api.cloud.yandex.net")
    assert c._transport.settings.resolver.api_host == "api.cloud.yandex.net"


def test_yc_profile_and_folder_variables(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    config_file(clean_env, PROFILES)
    monkeypatch.setenv("YC_PROFILE", "other")
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.folder_id == "b1g'other"
    assert bearer_of_call(c, rec) == "Bearer iam-from-oauth-other"
    monkeypatch.setenv("YC_FOLDER_ID", "b1genv")
    assert client(Recorder(token_answer)).folder_id == "b1genv"
    monkeypatch.setenv("YC_PROFILE", "missing")
    with pytest.raises(rt.AuthError, match="no profile 'missing'"):
        client(Recorder(token_answer))


def test_config_path_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.yaml"
    other.write_text("current: a\nprofiles:\n  a:\n    token: oauth-a\n")
    monkeypatch.setenv("YC_CONFIG_PATH", str(other))
    rec = Recorder(token_answer)
    assert bearer_of_call(client(rec), rec) == "Bearer iam-from-oauth-a"
    monkeypatch.setenv("YC_CONFIG_PATH", str(tmp_path / "missing.yaml"))
    with pytest.raises(rt.AuthError, match=r"missing\.yaml: no such file"):
        client(Recorder(token_answer))


def test_federated_profile_says_it_is_unsupported(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    config_file(clean_env, PROFILES)
    monkeypatch.setenv("YC_PROFILE", "fed")
    with pytest.raises(rt.AuthError, match="federated login .* cannot use"):
        client(Recorder(token_answer))


def test_profile_without_credentials_is_listed(
    monkeypatch: pytest.MonkeyPatch, clean_env: Path
) -> None:
    config_file(clean_env, PROFILES)
    monkeypatch.setenv("YC_PROFILE", "nothing")
    with pytest.raises(rt.NoCredentialsError, match="profile 'nothing' .* has no token"):
        client(Recorder(token_answer))


def test_metadata_only_when_asked(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    rec = Recorder(token_answer)
    c = client(rec, use_metadata_credentials=True)
    assert c.credentials_source == "VM metadata service"
    assert bearer_of_call(c, rec) == "Bearer iam-from-metadata"
    assert str(rec.requests[0].url) == METADATA
    # A profile that names the VM's service account asks for it too.
    config_file(clean_env, PROFILES)
    monkeypatch.setenv("YC_PROFILE", "vm")
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.folder_id == "b1gvm"
    assert bearer_of_call(c, rec) == "Bearer iam-from-metadata"


def test_chain_is_resolved_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YC_IAM_TOKEN", "first")
    rec = Recorder(ok())
    c = client(rec)
    monkeypatch.setenv("YC_IAM_TOKEN", "second")
    assert bearer_of_call(c, rec) == "Bearer first"
    assert bearer_of_call(c, rec) == "Bearer first"


def test_async_client_uses_the_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("YC_IAM_TOKEN", "async-token")
    c = rt.AsyncBaseClient(http_client=Recorder(ok()).transport())
    assert isinstance(c._transport.credentials, rt.AsyncIAMTokenCredentials)
    assert c.credentials_source == "YC_IAM_TOKEN"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def authorized_key(key: rsa.RSAPrivateKey) -> dict[str, str]:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    return {
        "id": "ajekey",
        "service_account_id": "ajesa",
        "created_at": "2023-01-01T00:00:00Z",
        "key_algorithm": "RSA_2048",
        "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <ajekey>\n" + pem,
    }


def test_profile_service_account_key(clean_env: Path, rsa_key: rsa.RSAPrivateKey) -> None:
    # As the yc CLI writes it: the key's PEM as a literal block inside the profile.
    key = authorized_key(rsa_key)
    pem_block = textwrap.indent(key["private_key"], " " * 8)
    config_file(
        clean_env,
        "current: sa\nprofiles:\n  sa:\n    service-account-key:\n"
        f"      id: {key['id']}\n      service_account_id: {key['service_account_id']}\n"
        f'      created_at: "{key["created_at"]}"\n      key_algorithm: RSA_2048\n'
        f"      private_key: |\n{pem_block}    folder-id: b1gsa\n",
    )
    rec = Recorder(token_answer)
    c = client(rec)
    assert c.folder_id == "b1gsa"
    assert bearer_of_call(c, rec) == "Bearer iam-from-jwt"
    signed = json.loads(rec.requests[0].content)["jwt"]
    claims = jwt.decode(
        signed,
        rsa_key.public_key(),
        algorithms=["PS256"],
        audience="https://iam.api.cloud.yandex.net/iam/v1/tokens",
    )
    assert claims["iss"] == "ajesa"
    assert jwt.get_unverified_header(signed)["kid"] == "ajekey"


class CliStyleDumper(yaml.SafeDumper):
    """Writes multi-line strings as literal blocks, as the yc CLI does."""


CliStyleDumper.add_representer(
    str,
    lambda dumper, text: dumper.represent_scalar(
        "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None
    ),
)


def test_yaml_subset_reads_what_pyyaml_reads(rsa_key: rsa.RSAPrivateKey) -> None:
    text = yaml.dump(
        {
            "current": "a",
            "profiles": {
                "a": {
                    "token": "y0_AgAAAA:x#y",
                    "folder-id": "b1g",
                    "service-account-key": authorized_key(rsa_key),
                },
                "b": {"endpoint": "api.cloud.yandex.net:443", "instance-service-account": True},
            },
        },
        Dumper=CliStyleDumper,
    )
    assert "private_key: |" in text
    assert parse_yaml(text, "config.yaml") == yaml.safe_load(text)
    literal = "a:\n  key: |\n    line 1\n\n    line 2\n  next: 'it''s'\nb: \"q\\tq\"\n"
    assert parse_yaml(literal, "c.yaml") == yaml.safe_load(literal)


def test_unreadable_config_names_file_and_line(clean_env: Path) -> None:
    path = config_file(clean_env, "current: a\nprofiles:\n  - a\n")
    with pytest.raises(rt.AuthError, match=rf"{path}:3: expected `key: value`"):
        client(Recorder(ok()))
    with pytest.raises(ConfigError, match="c.yaml:1: a YAML form"):
        parse_yaml("a: [1, 2]\n", "c.yaml")
