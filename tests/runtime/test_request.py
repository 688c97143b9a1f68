from __future__ import annotations

import pytest

from generator.sdk_runtime import HostResolver, MethodSpec, MissingPathParameterError
from generator.sdk_runtime._request import flatten_query, render_path, split_request


def test_path_values_are_quoted_including_slashes() -> None:
    assert render_path("/v1/policies/{policyId}:apply", {"policyId": "a/b c?"}) == (
        "/v1/policies/a%2Fb%20c%3F:apply"
    )


@pytest.mark.parametrize("value", [None, ""])
def test_empty_path_value_is_rejected(value: object) -> None:
    with pytest.raises(MissingPathParameterError, match="policyId"):
        render_path("/v1/policies/{policyId}", {"policyId": value})


def test_missing_path_value_is_rejected() -> None:
    with pytest.raises(MissingPathParameterError):
        render_path("/v1/policies/{policyId}", {})


def test_query_flattening() -> None:
    query = flatten_query(
        {
            "archive": {"folderId": "f1", "deep": {"x": 1}},
            "ids": ["a", "b"],
            "all": True,
            "none": False,
            "skipped": None,
        }
    )
    assert query == [
        ("archive.folderId", "f1"),
        ("archive.deep.x", "1"),
        ("ids", "a"),
        ("ids", "b"),
        ("all", "true"),
        ("none", "false"),
    ]


def test_get_sends_non_path_fields_as_query() -> None:
    spec = MethodSpec("GET", "h", "/v1/x/{id}", ("id",))
    path, query, body = split_request(spec, {"id": "1", "pageSize": "10", "f": {"a": "b"}})
    assert (path, query, body) == ("/v1/x/1", [("pageSize", "10"), ("f.a", "b")], None)


def test_post_sends_rest_as_body_and_named_query_params_as_query() -> None:
    spec = MethodSpec("POST", "h", "/v1/x/{id}:run", ("id",), ("dryRun",))
    payload = {"id": "1", "dryRun": True, "name": "n"}
    path, query, body = split_request(spec, payload)
    assert path == "/v1/x/1:run"
    assert query == [("dryRun", "true")]
    assert body == {"name": "n"}
    assert payload == {"id": "1", "dryRun": True, "name": "n"}  # caller's dict untouched


def test_nested_path_param_is_removed_from_a_copy() -> None:
    spec = MethodSpec("PATCH", "h", "/v1/{res.name}", ("res.name",))
    payload = {"res": {"name": "n", "size": 3}}
    path, _, body = split_request(spec, payload)
    assert path == "/v1/n"
    assert body == {"res": {"size": 3}}
    assert payload == {"res": {"name": "n", "size": 3}}


def test_host_resolution_and_overrides() -> None:
    default = HostResolver("api.cloud.yandex.net")
    assert default.base_url("backup.{api_host}") == "https://backup.api.cloud.yandex.net"
    kz = HostResolver("api.yandexcloud.kz")
    assert kz.base_url("backup.{api_host}") == "https://backup.api.yandexcloud.kz"
    assert kz.base_url("kms.yandex") == "https://kms.yandex"
    overridden = HostResolver(
        "api.cloud.yandex.net",
        {"backup.{api_host}": "http://127.0.0.1:1/", "operation": "http://127.0.0.1:2"},
    )
    assert overridden.base_url("backup.{api_host}") == "http://127.0.0.1:1"
    assert overridden.base_url("operation.{api_host}") == "http://127.0.0.1:2"
    assert overridden.base_url("iam.{api_host}") == "https://iam.api.cloud.yandex.net"
    everything = HostResolver("api.cloud.yandex.net", {"*": "http://127.0.0.1:3"})
    assert everything.base_url("compute.{api_host}") == "http://127.0.0.1:3"
