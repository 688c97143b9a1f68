"""The fixture shapes of tests/fixtures/shapes_api end to end: the generated client builds
the URL of a path parameter inside the body message, the fake decodes it back, enum values
that are not Python names keep their wire value, and the Operation service and a package
outside yandex.cloud work like any other API."""

from __future__ import annotations

import json

import pytest

from .conftest import GeneratedSdk


def test_path_parameters_inside_the_body_message(sdk: GeneratedSdk) -> None:
    gen = sdk.apis["yandex.cloud.baremetal.v1alpha"]
    server = gen.models.Server(cloud_id="c1", folder_id="f1", server_id="s1", name="web")
    with gen.stub.fake_client(seed=1, stateful=False) as client:
        raw = client.server.with_raw_response.update(server=server)
        request = raw.http_response.request
        assert request.method == "PATCH"
        assert request.url.path == "/baremetal/v1alpha/clouds/c1/folders/f1/servers/s1"
        # The path carries the nested fields; the body the rest of the message.
        assert json.loads(request.content) == {"server": {"name": "web"}}
        operation = raw.parse()
        assert isinstance(operation.wait(), gen.models.Server)
        with pytest.raises(ValueError, match="server.folderId"):
            client.server.update(server=gen.models.Server(cloud_id="c1", server_id="s1"))


def test_enum_values_that_are_not_python_names(sdk: GeneratedSdk) -> None:
    gen = sdk.apis["yandex.cloud.shapes.v1"]
    resolution = gen.models.ShapeResolution
    members = {m.name: m.value for m in resolution}
    assert members == {
        "RESOLUTION_UNSPECIFIED": "RESOLUTION_UNSPECIFIED",
        "V1080P": "1080P",
        "V4K": "4K",
        "HD_READY": "HD-READY",
        "HD_READY_2": "HD_READY",
        "None_": "None",
        "SD": "SD",
        "LD": "LD",
    }
    shape = gen.models.Shape.from_json({"resolution": "HD-READY", "parts": {"a": {"size": "7"}}})
    assert shape.resolution is resolution.HD_READY
    assert shape.parts["a"].size == 7
    assert gen.models.Shape.from_json({"resolution": "8K"}).to_json() == {"resolution": "8K"}


def test_recursive_messages_round_trip(sdk: GeneratedSdk) -> None:
    gen = sdk.apis["yandex.cloud.shapes.v1"]
    data = {
        "root": {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]},
        "tree": {"branches": [{"label": "x", "subtree": {"branches": [{"label": "y"}]}}]},
        "ratio": 0.25,
        "checksum": "AAEC",
        "ipv4Address": "10.0.0.1",
        "attributes": {"k": [1, "v"]},
        "details": [{"@type": "type.googleapis.com/x.Y", "a": 1}],
    }
    shape = gen.models.Shape.from_json(data)
    assert shape.root.children[0].children[0].name == "c"
    assert shape.tree.branches[0].subtree.branches[0].label == "y"
    assert shape.checksum == b"\x00\x01\x02"
    assert shape.ipv4_address == "10.0.0.1"
    assert shape.to_json() == data


def test_the_operation_service_and_a_package_outside_yandex_cloud(sdk: GeneratedSdk) -> None:
    operation = sdk.apis["yandex.cloud.operation"]
    with operation.stub.fake_client(seed=2, stateful=False) as client:
        result = client.operation.get(operation_id="op1")
        assert result.id
    speechkit = sdk.apis["speechkit.stt.v3"]
    assert speechkit.module.endswith(".speechkit.stt.v3")
    with speechkit.stub.fake_client(seed=3, stateful=False) as client:
        answer = client.async_recognizer.get_recognition(operation_id="op1")
        assert isinstance(answer, speechkit.models.StreamingResponse)
