"""The shapes of the whole reference, on the small fixture pages of tests/fixtures/shapes_api:
floating point, wrappers, bytes, recursive and mutually recursive messages, maps of messages,
JSON names with digits, `**object**` values, enum values that are not Python names, path
parameters inside the body message, and pages whose types name no (or no yandex.cloud)
package. The stub tests call every operation of these APIs over loopback."""

from __future__ import annotations

import pytest

from generator.diagnostics import Diagnostics
from generator.model import Api, Field, Scalar
from generator.parse.page import parse_page_bytes
from generator.pipeline import LoadResult, load_apis
from tests.fixtures.shapes import RESOLUTION_VALUES, SHAPES_DOCS

SHAPE = "yandex.cloud.shapes.v1.Shape"


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    return load_apis(SHAPES_DOCS)


def _field(api: Api, message: str, name: str) -> Field:
    f = api.messages[message].field_named(name)
    assert f is not None, f"{message}.{name}"
    return f


def test_every_page_parses_into_its_package(loaded: LoadResult) -> None:
    assert not loaded.diagnostics.errors, [str(d) for d in loaded.diagnostics.errors]
    assert sorted(loaded.apis) == [
        "speechkit.stt.v3",
        "yandex.cloud.baremetal.v1alpha",
        "yandex.cloud.operation",
        "yandex.cloud.shapes.v1",
    ]
    assert sum(len(api.methods()) for api in loaded.apis.values()) == len(loaded.pages) == 5


def test_numbers_wrappers_and_bytes(loaded: LoadResult) -> None:
    api = loaded.apis["yandex.cloud.shapes.v1"]
    kinds = {f.name: f.type.scalar for f in api.messages[SHAPE].fields if f.type.scalar}
    assert kinds["ratio"] is Scalar.DOUBLE
    assert kinds["share"] is Scalar.FLOAT
    assert _field(api, SHAPE, "share").constraints.maximum == 1
    assert kinds["temperature"] is Scalar.DOUBLE  # google.protobuf.DoubleValue
    assert kinds["maxTokens"] is Scalar.INT64  # google.protobuf.Int64Value
    assert kinds["enabled"] is Scalar.BOOL  # google.protobuf.BoolValue
    assert kinds["replicas"] is Scalar.INT64
    assert kinds["checksum"] is Scalar.BYTES
    assert [n for n in kinds if any(c.isdigit() for c in n)] == [
        "ipv4Address",
        "s3Bucket",
        "x509Pem",
    ]


def test_recursive_messages_and_maps_of_messages(loaded: LoadResult) -> None:
    api = loaded.apis["yandex.cloud.shapes.v1"]
    children = _field(api, "yandex.cloud.shapes.v1.Node", "children")
    assert (children.type.message, children.repeated) == ("yandex.cloud.shapes.v1.Node", True)
    subtree = _field(api, "yandex.cloud.shapes.v1.Branch", "subtree")
    assert subtree.type.message == "yandex.cloud.shapes.v1.Tree"
    branches = _field(api, "yandex.cloud.shapes.v1.Tree", "branches")
    assert branches.type.message == "yandex.cloud.shapes.v1.Branch"
    parts = _field(api, SHAPE, "parts")
    assert (parts.map_key, parts.type.message) == (Scalar.STRING, "yandex.cloud.shapes.v1.Part")
    weights = _field(api, SHAPE, "weights")
    assert (weights.map_key, weights.type.scalar) == (Scalar.STRING, Scalar.DOUBLE)
    assert _field(api, SHAPE, "attributes").type.scalar is Scalar.JSON  # Struct
    details = _field(api, SHAPE, "details")
    assert (details.type.scalar, details.repeated) == (Scalar.JSON, True)  # Any


def test_enum_values_are_never_lost(loaded: LoadResult) -> None:
    api = loaded.apis["yandex.cloud.shapes.v1"]
    resolution = api.enums[f"{SHAPE}.Resolution"]
    assert [v.name for v in resolution.values] == RESOLUTION_VALUES
    assert resolution.values[-1].description == "Low definitions."
    codes = [d.code for d in loaded.diagnostics.warnings if "Shape/get.md" in str(d)]
    assert sorted(codes) == [
        "enum-value-duplicate",
        "enum-value-form",
        "enum-value-name",
        "enum-value-name",
        "enum-value-name",
        "enum-value-name",
    ]


def test_path_parameters_inside_the_body_message(loaded: LoadResult) -> None:
    api = loaded.apis["yandex.cloud.baremetal.v1alpha"]
    (update,) = api.methods()
    assert update.path == (
        "/baremetal/v1alpha/clouds/{server.cloudId}/folders/{server.folderId}"
        "/servers/{server.serverId}"
    )
    assert [p.name for p in update.path_params] == [
        "server.cloudId",
        "server.folderId",
        "server.serverId",
    ]
    assert all(p.required for p in update.path_params)
    request = api.messages[update.request_type]
    assert [f.name for f in request.fields] == ["updateMask", "server"]
    server = api.messages["yandex.cloud.baremetal.v1alpha.Server"]
    assert [f.name for f in server.fields] == ["cloudId", "folderId", "name", "serverId"]


def test_pages_whose_types_name_no_package(loaded: LoadResult) -> None:
    operation = loaded.apis["yandex.cloud.operation"]
    assert sorted(m.name for m in operation.methods()) == ["Cancel", "Get"]
    guesses = [d for d in loaded.diagnostics.warnings if d.code == "package-guess"]
    assert sorted(d.location.path.rsplit("/", 1)[1] for d in guesses) == ["cancel.md", "get.md"]
    assert all("yandex.cloud.operation" in d.message for d in guesses)
    speechkit = loaded.apis["speechkit.stt.v3"]
    assert "speechkit.stt.v3.StreamingResponse" in speechkit.messages


def _parse(text: str) -> tuple[object, Diagnostics]:
    diagnostics = Diagnostics()
    return parse_page_bytes(text.encode(), "x/Server/update.md", diagnostics), diagnostics


def _page(relative: str) -> str:
    return (SHAPES_DOCS / "en/_api-ref" / relative).read_text(encoding="utf-8")


def test_source_path_absent_or_first_changes_nothing() -> None:
    text = _page("shapes/v1/api-ref/Shape/get.md")
    line = "sourcePath: en/_api-ref/shapes/v1/api-ref/Shape/get.md\n"
    # A YAML comment in its place keeps every line number (locations are compared too).
    without = text.replace(line, "# no sourcePath\n")
    first = text.replace(line, "").replace("editable: false\n", "editable: false\n" + line)
    pages = [_parse(t)[0] for t in (text, without, first)]
    assert all(p is not None for p in pages)
    methods = [p.method for p in pages]  # type: ignore[attr-defined]
    messages = [p.messages for p in pages]  # type: ignore[attr-defined]
    assert methods[0] == methods[1] == methods[2]
    assert messages[0] == messages[1] == messages[2]


def test_a_path_parameter_naming_no_body_field_is_a_located_error() -> None:
    text = _page("baremetal/v1alpha/api-ref/Server/update.md").replace(
        "|| server.folderId |", "|| owner.folderId |"
    )
    page, diagnostics = _parse(text)
    assert page is None
    assert [(d.location.line, d.code) for d in diagnostics.errors] == [(80, "path-param")]
    assert "'owner' is not a message field of the request" in diagnostics.errors[0].message


def test_a_leaf_only_the_path_names_becomes_a_field_with_a_warning() -> None:
    text = _page("baremetal/v1alpha/api-ref/Server/update.md")
    head, _, _ = text.partition("## Server {#yandex.cloud.baremetal.v1alpha.Server2}")
    page, diagnostics = _parse(
        head.replace(
            "(#yandex.cloud.baremetal.v1alpha.Server2)", "(#yandex.cloud.baremetal.v1alpha.Server)"
        )
    )
    assert page is not None, [str(d) for d in diagnostics]
    server = next(m for m in page.messages if m.name == "Server")  # type: ignore[attr-defined]
    assert [f.name for f in server.fields] == ["cloudId", "folderId", "name", "serverId"]
    assert [d.code for d in diagnostics.warnings] == ["path-param"]


def test_an_enum_with_no_values_is_a_located_error() -> None:
    text = _page("shapes/v1/api-ref/Shape/get.md")
    start = text.index("- `RESOLUTION_UNSPECIFIED`")
    end = text.index("Low definitions.") + len("Low definitions.")
    page, diagnostics = _parse(text[:start] + "Any resolution." + text[end:])
    assert page is None
    (error,) = diagnostics.errors
    assert (error.location.line, error.code) == (99, "enum-values")
    assert "Resolution lists no values" in error.message


def test_a_field_in_the_path_and_body_tables_is_one_request_field() -> None:
    text = (
        _page("baremetal/v1alpha/api-ref/Server/update.md")
        .replace("|| server.cloudId | **string**", "|| cloudId | **string**")
        .replace("{server.cloudId}", "{cloudId}")
        .replace(
            "|| updateMask | **string** (field-mask)",
            "|| cloudId | **string**\n\nThe cloud again. ||\n|| updateMask | **string** (field-mask)",
        )
    )
    page, diagnostics = _parse(text)
    assert page is not None, [str(d) for d in diagnostics]
    request = page.messages[0]  # type: ignore[attr-defined]
    assert [f.name for f in request.fields] == ["cloudId", "updateMask", "server"]
    assert [f.name for f in page.method.body_params] == ["updateMask", "server"]  # type: ignore[attr-defined]
    (warning,) = [d for d in diagnostics.warnings if d.code == "field-repeated"]
    assert warning.message == "'cloudId' is listed already (line 77); kept once, where first listed"
