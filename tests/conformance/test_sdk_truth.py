"""The truth extraction itself, on methods and messages known from the SDK sources."""

from __future__ import annotations

import pytest

from .env import skip_reason

_reason = skip_reason()
if _reason is not None:
    pytest.skip(_reason, allow_module_level=True)

from generator.model import Scalar, TypeRef

from .compare import type_agrees
from .sdk_truth import SdkTruth, TruthType


@pytest.fixture(scope="module")
def truth() -> SdkTruth:
    return SdkTruth()


def test_list_tasks_route_and_types(truth: SdkTruth) -> None:
    method = truth.method("yandex.cloud.backup.v1", "Resource", "ListTasks")
    assert method is not None
    assert method.service == "yandex.cloud.backup.v1.ResourceService"
    assert (method.verb, method.path) == ("GET", "/backup/v1/resources/{compute_instance_id}/tasks")
    assert truth.json_path(method) == "/backup/v1/resources/{computeInstanceId}/tasks"
    assert method.request_type == "yandex.cloud.backup.v1.ListTasksRequest"
    assert method.response_type == "yandex.cloud.backup.v1.ListTasksResponse"
    assert method.operation is None


def test_operation_types_are_qualified(truth: SdkTruth) -> None:
    method = truth.method("yandex.cloud.backup.v1", "Resource", "Delete")
    assert method is not None
    assert method.verb == "DELETE"
    assert method.response_type == "yandex.cloud.operation.Operation"
    assert method.operation is not None
    assert method.operation.metadata_type == "yandex.cloud.backup.v1.DeleteResourceMetadata"
    assert method.operation.response_type == "google.protobuf.Empty"


def test_relative_operation_types_resolve_in_enclosing_packages(truth: SdkTruth) -> None:
    # The proto writes `metadata: "access.UpdateAccessBindingsMetadata"`, relative to an
    # enclosing package of yandex.cloud.resourcemanager.v1 (protobuf scoping).
    method = truth.method("yandex.cloud.resourcemanager.v1", "Folder", "UpdateAccessBindings")
    assert method is not None and method.operation is not None
    assert method.operation.metadata_type == "yandex.cloud.access.UpdateAccessBindingsMetadata"
    assert method.operation.response_type == "yandex.cloud.access.AccessBindingsOperationResult"


def test_services_in_subdirectories_of_the_package(truth: SdkTruth) -> None:
    # yandex.cloud.ai.foundation_models.v1 keeps its services in v1/text_generation/.
    method = truth.method("yandex.cloud.ai.foundation_models.v1", "Tokenizer", "Tokenize")
    assert method is not None
    assert method.request_type == "yandex.cloud.ai.foundation_models.v1.TokenizeRequest"
    message = truth.message("yandex.cloud.ai.foundation_models.v1.BatchCompletionMetadata")
    assert message is not None and message.fields


def test_body_and_custom_verb(truth: SdkTruth) -> None:
    method = truth.method("yandex.cloud.compute.v1", "Instance", "AttachDisk")
    assert method is not None
    assert (method.verb, method.body) == ("POST", "*")
    assert truth.json_path(method) == "/compute/v1/instances/{instanceId}:attachDisk"


def test_unknown_method_and_service(truth: SdkTruth) -> None:
    assert truth.method("yandex.cloud.backup.v1", "Resource", "NoSuchMethod") is None
    assert truth.method("yandex.cloud.backup.v1", "NoSuch", "List") is None
    assert truth.method("yandex.cloud.nosuch.v1", "Resource", "List") is None


def test_required_enum_nested_message(truth: SdkTruth) -> None:
    message = truth.message("yandex.cloud.backup.v1.PolicySettings.Interval")
    assert message is not None
    kind = message.field_by_json("type")
    assert kind is not None
    assert kind.required
    assert kind.type.enum == "yandex.cloud.backup.v1.PolicySettings.Interval.Type"
    assert kind.enum_values[:3] == ("TYPE_UNSPECIFIED", "SECONDS", "MINUTES")
    assert set(kind.enum_values) >= {"HOURS", "DAYS", "WEEKS", "MONTHS"}
    count = message.field_by_json("count")
    assert count is not None
    assert count.type.scalar is Scalar.INT64
    assert not count.required
    assert count.validation == {"value": ">0"}


def test_json_names_maps_and_well_known_types(truth: SdkTruth) -> None:
    instance = truth.message("yandex.cloud.compute.v1.Instance")
    assert instance is not None
    labels = instance.field_by_json("labels")
    assert labels is not None
    assert labels.map_key is Scalar.STRING and labels.type.scalar is Scalar.STRING
    assert not labels.repeated
    created = instance.field_by_json("createdAt")
    assert created is not None and created.name == "created_at"
    assert created.type.scalar is Scalar.TIMESTAMP
    disks = instance.field_by_json("secondaryDisks")
    assert disks is not None and disks.repeated
    assert disks.type.message == "yandex.cloud.compute.v1.AttachedDisk"


def test_real_oneofs_only(truth: SdkTruth) -> None:
    operation = truth.message("yandex.cloud.operation.Operation")
    assert operation is not None
    assert operation.oneof_members("result") == {"error", "response"}
    metadata = operation.field_by_json("metadata")
    assert metadata is not None and metadata.oneof is None
    assert metadata.type.scalar is Scalar.JSON


def test_messages_outside_yandex(truth: SdkTruth) -> None:
    status = truth.message("google.rpc.Status")
    assert status is not None
    assert [f.json_name for f in status.fields] == ["code", "message", "details"]
    assert truth.message("google.type.TimeOfDay") is not None
    assert truth.message("yandex.cloud.backup.v1.NoSuchMessage") is None


@pytest.mark.parametrize(
    ("docs", "sdk", "agree"),
    [
        (TypeRef(scalar=Scalar.INT64), TruthType(scalar=Scalar.INT64), True),
        (TypeRef(scalar=Scalar.STRING), TruthType(scalar=Scalar.INT64), False),
        (
            TypeRef(scalar=Scalar.INT64),
            TruthType(scalar=Scalar.INT64, message="google.protobuf.Int64Value"),
            True,
        ),
        (
            TypeRef(scalar=Scalar.JSON),
            TruthType(scalar=Scalar.JSON, message="google.protobuf.Any"),
            True,
        ),
        (TypeRef(scalar=Scalar.JSON), TruthType(message="a.Empty", empty_message=True), True),
        (TypeRef(scalar=Scalar.JSON), TruthType(message="a.Full"), False),
        (TypeRef(message="a.Full"), TruthType(message="a.Full"), True),
        (TypeRef(message="a.Other"), TruthType(message="a.Full"), False),
        (TypeRef(enum="a.M.Kind"), TruthType(enum="a.Kind"), True),
        (TypeRef(scalar=Scalar.STRING), TruthType(enum="a.Kind"), False),
    ],
)
def test_type_agreement(docs: TypeRef, sdk: TruthType, agree: bool) -> None:
    assert type_agrees(docs, sdk) is agree


def test_validation_options_and_map_key(truth: SdkTruth) -> None:
    request = truth.message("yandex.cloud.k8s.v1.CreateClusterRequest")
    assert request is not None
    labels = request.field_by_json("labels")
    assert labels is not None
    assert labels.validation == {
        "length": "<=63",
        "size": "<=64",
        "pattern": "[-_0-9a-z]*",
        "map_key.length": "1-63",
        "map_key.pattern": "[a-z][-_0-9a-z]*",
    }
    lockbox = truth.message("yandex.cloud.lockbox.v1.PayloadEntryChange")
    assert lockbox is not None
    key = lockbox.field_by_json("key")
    assert key is not None
    # The proto's own pattern string: `\\@` is an escaped backslash for the regex engine.
    assert key.validation["pattern"] == "[-_./\\\\@0-9a-zA-Z]+"
