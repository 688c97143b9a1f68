"""Every operation of every API in the docs corpus, called once with the generated client
over real loopback HTTP against the generated fake (uvicorn on an ephemeral 127.0.0.1
port), returns its typed response; operations are waited to completion."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import OPERATION_TYPE

from .conftest import GeneratedApi, GeneratedSdk
from .helpers import client_method, request_model


def _is_operation(m: Any) -> bool:
    return m.operation is not None or m.response_type == OPERATION_TYPE


def _expected_type(gen: GeneratedApi, type_name: str | None) -> type | None:
    if not type_name or type_name not in gen.api.messages:
        return None
    result: type = getattr(gen.models, gen.names[type_name])
    return result


def test_every_operation_of_every_api_answers_typed(sdk: GeneratedSdk) -> None:
    called = 0
    for gen in sdk.apis.values():
        with gen.stub.fake_client(seed=1, stateful=False) as client:
            for method in gen.api.methods():
                result = client_method(gen, client, method)(request=request_model(gen, method))
                if _is_operation(method):
                    assert result.done is True, method.full_name
                    assert result.id, method.full_name
                    info = method.operation
                    meta_type = _expected_type(gen, info.metadata_type if info else None)
                    if meta_type is not None:
                        assert isinstance(result.metadata, meta_type), method.full_name
                    response = result.wait()
                    response_type = _expected_type(gen, info.response_type if info else None)
                    expected = response_type or dict
                    assert isinstance(response, expected), method.full_name
                    assert result.raw["response"]["@type"].startswith("type.googleapis.com/")
                    if response_type is not None and info is not None:
                        documented = f"type.googleapis.com/{info.response_type}"
                        assert result.raw["response"]["@type"] == documented
                else:
                    expected_type = _expected_type(gen, method.response_type)
                    assert expected_type is not None, method.full_name
                    assert isinstance(result, expected_type), method.full_name
                called += 1
    assert called == sum(len(g.api.methods()) for g in sdk.apis.values())
    assert called > 50


def test_wait_polls_the_operation_endpoint_until_done(backup: GeneratedApi) -> None:
    update = next(m for m in backup.api.methods() if m.full_name == "Policy.Update")
    sleeps: list[float] = []
    with backup.stub.serve_fake(operation_polls=2, stateful=False) as server:
        client_class = backup.client.BackupClient
        with client_class(iam_token="t", hosts=server.hosts, sleep=sleeps.append) as client:
            operation = client_method(backup, client, update)(request=request_model(backup, update))
            assert operation.done is False
            assert operation.response is None
            policy = operation.wait()
    assert isinstance(policy, backup.models.Policy)
    assert len(sleeps) == 2  # two polls of GET /operations/{id} before it read as done


def test_paginated_lists_end_after_one_page(backup: GeneratedApi) -> None:
    with backup.stub.fake_client(seed=4, stateful=False) as client:
        tasks = list(client.resource.list_tasks_all(compute_instance_id="instance1"))
    assert len(tasks) == 1
    assert isinstance(tasks[0], backup.models.Task)


def test_fake_data_is_deterministic_for_a_seed(backup: GeneratedApi) -> None:
    def fetch(seed: int) -> Any:
        with backup.stub.fake_client(seed=seed, stateful=False) as client:
            return client.resource.with_raw_response.list(folder_id="f1").http_response.json()

    assert fetch(5) == fetch(5)
    assert fetch(5) != fetch(6)


@pytest.mark.parametrize("package", ["yandex.cloud.backup.v1", "yandex.cloud.compute.v1"])
def test_fake_answers_are_full_and_schema_valid(sdk: GeneratedSdk, package: str) -> None:
    gen = sdk.apis[package]
    runtime: Any = __import__(gen.module.split(".")[0] + "._runtime.stub", fromlist=["x"])
    fake = runtime.FakeData(gen.stub.SCHEMA, 0)
    for rule in gen.stub.SCHEMA.methods:
        if rule.operation is None:
            data = fake.message(rule.response)
        else:
            meta_type, response_type = rule.operation
            reply = runtime.OperationReply(
                response=fake.message(response_type),
                metadata=fake.message(meta_type) if meta_type else None,
                id="op1",
            )
            data = reply.to_json(meta_type, response_type)
        assert runtime.response_violations(gen.stub.SCHEMA, rule, data) == [], rule.full_name
    if package == "yandex.cloud.backup.v1":
        backup_json = fake.message("yandex.cloud.backup.v1.Backup")
        assert backup_json["type"] != "TYPE_UNSPECIFIED"
        assert isinstance(backup_json["size"], str) and backup_json["size"].isdigit()
        assert backup_json["createdAt"].endswith("Z") and "T" in backup_json["createdAt"]
        assert len(backup_json["disks"]) == 1
