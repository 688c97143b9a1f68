"""OpenAPI 3.1 export: schema mapping, paths, servers, validity, determinism, corpus."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import validate
from openapi_spec_validator.exceptions import OpenAPISpecValidatorError

from generator.model import (
    Api,
    EnumType,
    EnumValue,
    Field,
    Location,
    Message,
    Method,
    Service,
    TypeRef,
)
from generator.render import RenderOptions
from generator.render.openapi import api_version, openapi_document, render_api, render_shared
from generator.render.openapi.yaml_text import dump_yaml
from tests.fixtures.openapi_model import MAIN_HOST, PKG, sample_api
from tests.fixtures.shapes import RESOLUTION_VALUES, SHAPES_DOCS

CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus" / "yc-docs"
OPTIONS = RenderOptions()
REF = "#/components/schemas/"


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return openapi_document(sample_api(), OPTIONS)


def component_name(doc: dict[str, Any], full_name: str, *, request: bool = False) -> str:
    """The component of a protobuf type: its response-side (open) one unless `request` or
    it has none."""
    named = [
        name
        for name, schema in doc["components"]["schemas"].items()
        if schema.get("x-yc-full-name") == full_name and not name.endswith("Body")
    ]
    assert named, full_name
    closed = [
        n for n in named if doc["components"]["schemas"][n].get("additionalProperties") is False
    ]
    open_ = [n for n in named if n not in closed]
    picks = (closed or open_) if request else (open_ or closed)
    return picks[0]


def schema(doc: dict[str, Any], short: str, *, request: bool = False) -> dict[str, Any]:
    name = component_name(
        doc, short if "." in short and short[0].islower() else f"{PKG}.{short}", request=request
    )
    result: dict[str, Any] = doc["components"]["schemas"][name]
    return result


def ref_to(doc: dict[str, Any], full_name: str, *, request: bool = False) -> str:
    return REF + component_name(doc, full_name, request=request)


def prop(doc: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = schema(doc, "Resource")["properties"][name]
    return result


def params(doc: dict[str, Any], path: str, verb: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in doc["paths"][path][verb].get("parameters", [])}


# --- the document as a whole -------------------------------------------------------------


def test_render_api_writes_one_yaml_document_per_package() -> None:
    files = render_api(sample_api(), OPTIONS)
    assert list(files) == [f"openapi/{PKG}.yaml"]
    text = files[f"openapi/{PKG}.yaml"]
    assert text.endswith("\n")
    assert yaml.safe_load(text) == openapi_document(sample_api(), OPTIONS)
    assert render_shared([sample_api()], OPTIONS) == {}


def test_document_and_its_yaml_validate_as_openapi_3_1(doc: dict[str, Any]) -> None:
    assert doc["openapi"] == "3.1.0"
    validate(doc)
    validate(yaml.safe_load(render_api(sample_api(), OPTIONS)[f"openapi/{PKG}.yaml"]))


def test_info(doc: dict[str, Any]) -> None:
    assert doc["info"]["title"] == "Sample API"
    assert doc["info"]["version"] == "v1"
    assert PKG in doc["info"]["description"]
    assert api_version("yandex.cloud.k8s.marketplace.v1alpha") == "v1alpha"
    assert api_version("yandex.cloud.ai.translate.v2") == "v2"
    assert api_version("google.rpc") == "unversioned"


def test_rendering_is_deterministic_and_independent_of_input_order() -> None:
    first = render_api(sample_api(), OPTIONS)
    assert render_api(sample_api(), OPTIONS) == first
    shuffled = sample_api()
    shuffled.messages = dict(reversed(list(shuffled.messages.items())))
    shuffled.enums = dict(reversed(list(shuffled.enums.items())))
    shuffled.services = dict(reversed(list(shuffled.services.items())))
    for service in shuffled.services.values():
        service.methods.reverse()
    assert render_api(shuffled, OPTIONS) == first


def test_components_are_sorted_and_named_for_other_generators(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    names = list(schemas)
    assert names == sorted(names)
    assert "Resource" in names and "ResourceStatus" in names and "Status" in names
    assert all("." not in name for name in names)
    assert schemas["ResourceStatus"]["x-yc-full-name"] == f"{PKG}.Resource.Status"
    assert schemas["Status"]["x-yc-full-name"] == "google.rpc.Status"
    assert list(doc["paths"]) == sorted(doc["paths"])


def test_no_component_is_left_unreferenced(doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc["paths"]) + yaml.safe_dump(doc["components"]["schemas"])
    for name in doc["components"]["schemas"]:
        assert f"'{REF}{name}'" in text or f"{REF}{name}\n" in text, name


# --- YAML text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["OFF", "on", "yes", "No", "null", "~", "1e3", "0x1F", "0o17", ".inf", "12", "1.5"]
)
def test_yaml_keeps_look_alike_strings_strings(value: str) -> None:
    text = dump_yaml({"enum": [value], value: value})
    assert yaml.safe_load(text) == {"enum": [value], value: value}
    assert f"- {value}\n" not in text  # quoted, also for YAML 1.2 readers


def test_yaml_multiline_is_literal_block_and_shared_dicts_have_no_anchors() -> None:
    shared = {"type": "string"}
    text = dump_yaml({"a": shared, "b": shared, "d": "line one\n\nline `two`: x"})
    assert "&" not in text and "*" not in text
    assert "d: |-\n  line one\n\n  line `two`: x\n" in text
    long = "word " * 200
    assert "\n" not in dump_yaml({"x": long.strip()}).strip()


def test_enum_values_that_look_like_bools_stay_strings() -> None:
    text = render_api(sample_api(), OPTIONS)[f"openapi/{PKG}.yaml"]
    loaded = yaml.safe_load(text)
    assert loaded["components"]["schemas"]["ResourceSwitch"]["enum"] == [
        "OFF",
        "ON",
        "yes",
        "NULL",
    ]


# --- schemas -----------------------------------------------------------------------------


def test_scalar_kinds_follow_the_proto3_json_mapping(doc: dict[str, Any]) -> None:
    def shape(name: str) -> dict[str, Any]:
        p = prop(doc, name)
        return {k: v for k, v in p.items() if k in ("type", "format")}

    assert shape("id") == {"type": "string"}
    assert shape("enabled") == {"type": "boolean"}
    assert shape("count") == {"type": "integer", "format": "int32"}
    assert shape("port") == {"type": "integer", "format": "uint32"}
    assert shape("size") == {"type": ["string", "integer"], "format": "int64"}
    assert shape("quota") == {"type": ["string", "integer"], "format": "uint64"}
    assert shape("ratio") == {"type": "number", "format": "float"}
    assert shape("weight") == {"type": "number", "format": "double"}
    assert shape("data") == {"type": "string", "format": "byte"}
    assert prop(doc, "data")["pattern"].startswith("^(?:[A-Za-z0-9+/_-]{4})*")
    assert shape("createdAt") == {"type": "string", "format": "date-time"}
    assert prop(doc, "ttl") == {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]{1,9})?s(?![\s\S])"}
    assert prop(doc, "updateMask") == {"type": "string"}
    # `**object**` (Struct, Any, an open message) is a JSON object.
    assert prop(doc, "extra") == {"type": "object", "description": "Any JSON."}


def test_constraints_apply_where_the_json_type_allows(doc: dict[str, Any]) -> None:
    assert prop(doc, "id")["maxLength"] == 50
    assert prop(doc, "id")["pattern"] == "^[a-z][\\-a-z0-9]*(?![\\s\\S])"
    assert prop(doc, "id")["minLength"] == 1  # required: non-empty
    assert prop(doc, "count")["minimum"] == 1
    assert prop(doc, "count")["maximum"] == 9  # exclusiveMaximum 10, as an integer
    assert prop(doc, "ratio")["exclusiveMinimum"] == 0.5
    size = prop(doc, "size")  # int64: canonical decimal text in range, or a JSON integer
    assert size["minimum"] == 0 and size["maximum"] == 100
    assert size["pattern"] == "^(?:[0-9]|[1-9][0-9]|100)(?![\\s\\S])"
    port = prop(doc, "port")
    assert (port["minimum"], port["maximum"]) == (0, 2**32 - 1)


def test_maps_are_objects_with_value_and_key_schemas(doc: dict[str, Any]) -> None:
    assert prop(doc, "labels") == {
        "type": "object",
        "additionalProperties": {"type": "string", "maxLength": 63},
        "propertyNames": {
            "minLength": 1,
            "maxLength": 63,
            "pattern": "^[a-z][\\-_0-9a-z]*(?![\\s\\S])",
        },
        "maxProperties": 64,
    }
    counters = prop(doc, "counters")
    assert counters["additionalProperties"]["type"] == "integer"
    assert counters["propertyNames"]["pattern"].startswith("^(?:-(?:[1-9]")


def test_repeated_fields_are_arrays_with_item_rules(doc: dict[str, Any]) -> None:
    assert prop(doc, "tags") == {
        "type": "array",
        "items": {"type": "string", "maxLength": 20},
        "minItems": 1,
        "maxItems": 10,
        "uniqueItems": True,
    }
    assert prop(doc, "children") == {"type": "array", "items": {"$ref": f"{REF}Child"}}


def test_enums_are_components_referenced_by_fields(doc: dict[str, Any]) -> None:
    assert prop(doc, "status") == {"$ref": f"{REF}ResourceStatus", "description": "Status."}
    status = schema(doc, "Resource.Status")
    assert status["type"] == "string"
    assert status["enum"] == ["STATUS_UNSPECIFIED", "ACTIVE", "DELETING"]
    assert "- `ACTIVE`: It works." in status["description"]
    assert "description" not in schema(doc, "Archive.Kind")


def test_enum_named_like_a_message_stays_inline() -> None:
    here = Location("x.md", 1)
    clash = f"{PKG}.Thing"
    api = Api(
        PKG,
        "T",
        messages={
            f"{PKG}.Holder": Message(
                f"{PKG}.Holder", here, fields=[Field("t", TypeRef(enum=clash), here)]
            ),
            clash: Message(clash, here),
        },
        enums={clash: EnumType(clash, here, [EnumValue("A")])},
    )
    holder = Method("H", "Get", "GET", "/h", "{{ api-host }}", here, response_type=f"{PKG}.Holder")
    api.services = {"H": Service("H", [holder])}
    doc = openapi_document(api, OPTIONS)
    assert doc["components"]["schemas"]["Holder"]["properties"]["t"] == {
        "type": "string",
        "enum": ["A"],
    }
    validate(doc)


def test_message_refs_carry_description_and_deprecation(doc: dict[str, Any]) -> None:
    assert prop(doc, "parent") == {
        "$ref": f"{REF}Child",
        "description": "Parent **child**.\n\nSecond paragraph.",
    }
    assert prop(doc, "oldName") == {
        "type": "string",
        "description": "Use `id`.",
        "deprecated": True,
    }


def test_required_and_oneofs_on_object_schemas(doc: dict[str, Any]) -> None:
    resource = schema(doc, "Resource")
    assert resource["required"] == ["id"]
    # At most one member of a oneof group: each one present forbids the others.
    assert resource["dependentSchemas"] == {
        "nameA": {"properties": {"nameB": False}},
        "nameB": {"properties": {"nameA": False}},
    }
    assert resource["description"] == "A resource."
    assert "oneOf" not in resource and "additionalProperties" not in resource  # open
    child = schema(doc, "Child")
    assert child["properties"] == {"name": {"type": "string"}}
    assert "additionalProperties" not in child


def test_status_schema_is_google_rpc_status_shaped(doc: dict[str, Any]) -> None:
    status = doc["components"]["schemas"]["Status"]
    assert status["properties"]["code"] == {
        "type": "integer",
        "format": "int32",
        "description": "gRPC status code.",
    }
    assert status["properties"]["message"]["type"] == "string"
    assert status["properties"]["details"]["type"] == "array"
    assert status["properties"]["details"]["items"] == {"type": "object"}
    operation = doc["components"]["schemas"]["ResourceCreateOperation"]
    assert operation["properties"]["error"]["$ref"] == f"{REF}Status"


# --- paths -------------------------------------------------------------------------------


def test_paths_keep_templates_and_custom_verbs(doc: dict[str, Any]) -> None:
    assert set(doc["paths"]) == {
        "/sample/v1/resources",
        "/sample/v1/resources/{resourceId}",
        "/sample/v1/policies/{policyId}:apply",
        "/sample/v1/payloads/{secretId}",
        "/sample/v1/other/{secretId}",
    }
    item = doc["paths"]["/sample/v1/resources/{resourceId}"]
    assert [k for k in item if k != "servers"] == ["get", "delete", "patch"]
    assert doc["paths"]["/sample/v1/policies/{policyId}:apply"]["post"]["operationId"] == (
        "Policy_Apply"
    )


def test_operation_ids_tags_and_summaries(doc: dict[str, Any]) -> None:
    listing = doc["paths"]["/sample/v1/resources"]["get"]
    assert listing["operationId"] == "Resource_List"
    assert listing["tags"] == ["Resource"]
    assert listing["summary"] == "Lists resources."
    assert listing["description"] == "Lists resources.\nIn a folder."
    get = doc["paths"]["/sample/v1/resources/{resourceId}"]["get"]
    assert get["summary"] == get["description"] == "Returns a resource."
    assert [t["name"] for t in doc["tags"]] == ["Payload", "Policy", "Resource"]
    resource_tag = doc["tags"][2]["description"]
    assert resource_tag.startswith("The Resource service of the Sample API: ")
    assert "Get" in resource_tag and "List" in resource_tag
    # Every operation has a summary, the method name where the page has no description.
    for item in doc["paths"].values():
        for verb, op in item.items():
            if verb != "servers":
                assert op["summary"] and op["description"], op["operationId"]
    ids = [
        op["operationId"]
        for item in doc["paths"].values()
        for k, op in item.items()
        if k != "servers"
    ]
    assert len(ids) == len(set(ids)) == 9


def test_path_parameters_are_required(doc: dict[str, Any]) -> None:
    p = params(doc, "/sample/v1/resources/{resourceId}", "get")
    assert p == {
        "resourceId": {
            "name": "resourceId",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "minLength": 1},
        }
    }


def test_template_parameters_missing_from_the_model_are_added() -> None:
    api = sample_api()
    api.services["Resource"].methods[1].path_params = []
    doc = openapi_document(api, OPTIONS)
    p = params(doc, "/sample/v1/resources/{resourceId}", "get")
    assert p["resourceId"]["in"] == "path" and p["resourceId"]["required"] is True
    validate(doc)


def test_query_messages_expand_into_dotted_parameters(doc: dict[str, Any]) -> None:
    p = params(doc, "/sample/v1/resources", "get")
    assert list(p) == [
        "folderId",
        "pageSize",
        "filter.text",
        "filter.archive.folderId",
        "filter.archive.kinds",
        "ids",
        "node.name",
        "labels",
    ]  # node.next leads back into Node: left out
    assert all(x["in"] == "query" for x in p.values())
    assert p["folderId"]["required"] is True
    # Archive.folderId is required, but filter is optional, so the parameter is too.
    assert p["filter.archive.folderId"]["required"] is False
    assert p["pageSize"]["schema"]["type"] == ["string", "integer"]
    kinds = p["filter.archive.kinds"]
    assert kinds["schema"] == {"type": "array", "items": {"$ref": f"{REF}ArchiveKind"}}
    assert (kinds["style"], kinds["explode"]) == ("form", True)
    assert (p["labels"]["style"], p["labels"]["explode"]) == ("deepObject", True)


def test_request_body_refers_to_the_request_when_it_is_all_body(doc: dict[str, Any]) -> None:
    create = doc["paths"]["/sample/v1/resources"]["post"]
    assert create["requestBody"] == {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": f"{REF}CreateResourceRequest"}}},
    }
    assert "parameters" not in create
    request = doc["components"]["schemas"]["CreateResourceRequest"]
    assert request["additionalProperties"] is False  # requests are closed


def test_request_body_is_a_body_component_when_the_request_has_path_fields(
    doc: dict[str, Any],
) -> None:
    schemas = doc["components"]["schemas"]
    update = doc["paths"]["/sample/v1/resources/{resourceId}"]["patch"]
    assert update["requestBody"]["required"] is False
    ref = update["requestBody"]["content"]["application/json"]["schema"]
    assert ref == {"$ref": f"{REF}UpdateResourceRequestBody"}
    body = schemas["UpdateResourceRequestBody"]
    assert body["properties"] == {"updateMask": {"type": "string"}, "name": {"type": "string"}}
    assert body["additionalProperties"] is False
    assert body["x-yc-full-name"] == f"{PKG}.UpdateResourceRequest"
    apply = doc["paths"]["/sample/v1/policies/{policyId}:apply"]["post"]
    ref = apply["requestBody"]["content"]["application/json"]["schema"]
    body = schemas[ref["$ref"].removeprefix(REF)]
    assert list(body["properties"]) == ["instanceIds", "all", "some"]
    assert body["dependentSchemas"] == {
        "instanceIds": {"properties": {"all": False}},
        "all": {"properties": {"instanceIds": False}},
    }
    assert "requestBody" not in doc["paths"]["/sample/v1/resources/{resourceId}"]["get"]


def test_responses_refer_to_the_response_and_status(doc: dict[str, Any]) -> None:
    responses = doc["paths"]["/sample/v1/resources/{resourceId}"]["get"]["responses"]
    assert list(responses) == ["200", "400", "401", "default"]
    assert responses["200"]["content"]["application/json"]["schema"] == {"$ref": f"{REF}Resource"}
    for status in ("400", "401", "default"):
        schema_ = responses[status]["content"]["application/json"]["schema"]
        assert schema_ == {"$ref": f"{REF}Status"}


def test_long_running_methods_name_metadata_and_response(doc: dict[str, Any]) -> None:
    item = doc["paths"]["/sample/v1/resources/{resourceId}"]
    create = doc["paths"]["/sample/v1/resources"]["post"]
    assert create["x-yc-operation"] == {
        "metadata": {"$ref": f"{REF}CreateResourceMetadata"},
        "response": {"$ref": f"{REF}Resource"},
    }
    assert item["patch"]["x-yc-operation"] == {"metadata": {"$ref": f"{REF}CreateResourceMetadata"}}
    assert item["delete"]["x-yc-operation"] == {"response": {"$ref": f"{REF}Empty"}}
    assert doc["paths"]["/sample/v1/policies/{policyId}:apply"]["post"]["x-yc-operation"] == {}
    assert "x-yc-operation" not in item["get"]


def test_long_running_results_are_typed_in_plain_json_schema(doc: dict[str, Any]) -> None:
    create = doc["paths"]["/sample/v1/resources"]["post"]
    schema_200 = create["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema_200 == {"$ref": f"{REF}ResourceCreateOperation"}
    typed = doc["components"]["schemas"]["ResourceCreateOperation"]
    assert typed["x-yc-refines"] == "yandex.cloud.operation.Operation"
    assert typed["properties"]["metadata"]["$ref"] == f"{REF}CreateResourceMetadata"
    assert typed["properties"]["response"]["$ref"] == f"{REF}Resource"
    assert {"id", "done", "error"} <= set(typed["properties"])
    assert "additionalProperties" not in typed  # responses stay open (and carry `@type`)
    update = doc["paths"]["/sample/v1/resources/{resourceId}"]["patch"]
    ok = update["responses"]["200"]["content"]["application/json"]["schema"]
    patched = doc["components"]["schemas"][ok["$ref"].removeprefix(REF)]
    assert patched["properties"]["metadata"]["$ref"] == f"{REF}CreateResourceMetadata"
    assert "$ref" not in patched["properties"]["response"]  # undocumented: stays open


def test_servers_main_per_path_and_per_operation(doc: dict[str, Any]) -> None:
    payload = "https://payload.lockbox.api.cloud.yandex.net"
    assert doc["servers"] == [{"url": "https://sample.api.cloud.yandex.net"}]
    assert "servers" not in doc["paths"]["/sample/v1/resources"]
    # every method of the path on another host: servers on the path
    assert doc["paths"]["/sample/v1/other/{secretId}"]["servers"] == [{"url": payload}]
    # one path, two hosts: servers on the operation that differs
    mixed = doc["paths"]["/sample/v1/payloads/{secretId}"]
    assert "servers" not in mixed and "servers" not in mixed["delete"]
    assert mixed["get"]["servers"] == [{"url": payload}]


def test_servers_follow_the_api_host_option() -> None:
    doc = openapi_document(sample_api(), RenderOptions(api_host="api.yandexcloud.kz"))
    assert doc["servers"] == [{"url": "https://sample.api.yandexcloud.kz"}]
    assert doc["paths"]["/sample/v1/other/{secretId}"]["servers"] == [
        {"url": "https://payload.lockbox.api.yandexcloud.kz"}
    ]


def test_same_path_and_verb_keeps_the_first_method_by_name() -> None:
    api = sample_api()
    get = api.services["Resource"].methods[1]
    api.services["Resource"].methods.append(dataclasses.replace(get, name="Fetch"))
    doc = openapi_document(api, OPTIONS)
    assert doc["paths"]["/sample/v1/resources/{resourceId}"]["get"]["operationId"] == (
        "Resource_Fetch"
    )
    validate(doc)


def test_types_missing_from_the_api_become_open_objects() -> None:
    here = Location("x.md", 1)
    request = Message(f"{PKG}.R", here, fields=[Field("x", TypeRef(message="a.Missing"), here)])
    method = Method(
        "S",
        "M",
        "GET",
        "/m",
        MAIN_HOST,
        here,
        request_type=request.full_name,
        query_params=request.fields,
        response_type="a.Gone",
    )
    api = Api(PKG, "T", {"S": Service("S", [method])}, {request.full_name: request})
    doc = openapi_document(api, OPTIONS)
    ok = doc["paths"]["/m"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"type": "object", "x-yc-type": "a.Gone"}
    validate(doc)


def test_api_without_methods_still_validates() -> None:
    doc = openapi_document(Api(PKG, "Empty", messages={}), OPTIONS)
    assert doc["paths"] == {}
    assert doc["servers"] == [{"url": "https://api.cloud.yandex.net"}]
    validate(doc)


# --- generators accept it ----------------------------------------------------------------


def _generate_client(document: Path, out: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("openapi-python-client")
    return subprocess.run(
        [
            str(script),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(out),
            "--meta",
            "none",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _assert_generated(result: subprocess.CompletedProcess[str], out: Path) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "__init__.py").is_file() and (out / "client.py").is_file()
    assert any((out / "models").glob("*.py")) and any((out / "api").rglob("*.py"))


def test_openapi_python_client_generates_from_the_sample(tmp_path: Path) -> None:
    document = tmp_path / "sample.yaml"
    document.write_text(render_api(sample_api(), OPTIONS)[f"openapi/{PKG}.yaml"])
    out = tmp_path / "client"
    result = _generate_client(document, out)
    _assert_generated(result, out)
    models = {p.name for p in (out / "models").iterdir()}
    assert {"resource.py", "resource_create_operation.py"} <= models


# --- the real docs -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_apis() -> dict[str, Api]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    from generator.pipeline import load_apis

    try:
        result = load_apis(CORPUS)
    except NotImplementedError:
        pytest.skip("generator.pipeline.load_apis is not implemented yet")
    if not result.apis:
        pytest.skip("load_apis returned no APIs for the corpus")
    return result.apis


def test_every_corpus_document_validates(corpus_apis: dict[str, Api]) -> None:
    failures = []
    for package, api in corpus_apis.items():
        text = render_api(api, OPTIONS)[f"openapi/{package}.yaml"]
        try:
            validate(yaml.safe_load(text))
        except (ValidationError, OpenAPISpecValidatorError) as error:  # report all at once
            failures.append(f"{package}: {str(error).splitlines()[0]}")
        assert render_api(api, OPTIONS)[f"openapi/{package}.yaml"] == text
    assert not failures, "\n".join(failures)


# SLOW (several seconds): runs a client generator on real documents; kept in the default run.
def test_slow_openapi_python_client_generates_from_corpus_documents(
    corpus_apis: dict[str, Api], tmp_path: Path
) -> None:
    preferred = ("yandex.cloud.backup.v1", "yandex.cloud.compute.v1")
    picks: list[str] = [p for p in preferred if p in corpus_apis]
    picks = picks or sorted(corpus_apis)[:1]
    for package in picks:
        document = tmp_path / f"{package}.yaml"
        document.write_text(render_api(corpus_apis[package], OPTIONS)[f"openapi/{package}.yaml"])
        out = tmp_path / package.replace(".", "_")
        _assert_generated(_generate_client(document, out), out)
        shutil.rmtree(out)


def test_a_method_on_two_paths_gets_distinct_operation_ids() -> None:
    api = sample_api()
    get = api.services["Resource"].methods[1]
    api.services["Resource"].methods.append(
        dataclasses.replace(get, path="/sample/v1/alias/{resourceId}")
    )
    doc = openapi_document(api, OPTIONS)
    assert doc["paths"]["/sample/v1/alias/{resourceId}"]["get"]["operationId"] == "Resource_Get"
    assert (
        doc["paths"]["/sample/v1/resources/{resourceId}"]["get"]["operationId"] == "Resource_Get_2"
    )
    validate(doc)


def test_repeated_query_names_are_described_once() -> None:
    api = sample_api()
    listing = api.services["Resource"].methods[0]
    listing.query_params = listing.query_params + listing.query_params[:1]
    doc = openapi_document(api, OPTIONS)
    names = [p["name"] for p in doc["paths"]["/sample/v1/resources"]["get"]["parameters"]]
    assert names.count("folderId") == 1
    validate(doc)


def test_libyaml_and_pure_python_emitters_give_the_same_text() -> None:
    from generator.render.openapi.yaml_text import dump_yaml

    if not CORPUS.is_dir():
        pytest.skip(f"docs corpus not found at {CORPUS}")
    from generator.pipeline import load_apis

    for api in load_apis(CORPUS).apis.values():
        document = openapi_document(api, RenderOptions())
        assert dump_yaml(document) == dump_yaml(document, pure=True), api.package


# --- the shapes fixture (tests/fixtures/shapes_api) ---------------------------------------


def test_shapes_documents_validate_and_keep_every_shape() -> None:
    from generator.pipeline import load_apis

    apis = load_apis(SHAPES_DOCS).apis
    docs = {package: openapi_document(api, OPTIONS) for package, api in apis.items()}
    for document in docs.values():
        validate(document)
    baremetal = docs["yandex.cloud.baremetal.v1alpha"]
    path = "/baremetal/v1alpha/clouds/{server.cloudId}/folders/{server.folderId}/servers/{server.serverId}"
    parameters = baremetal["paths"][path]["patch"]["parameters"]
    assert [(p["name"], p["in"], p["required"]) for p in parameters] == [
        ("server.cloudId", "path", True),
        ("server.folderId", "path", True),
        ("server.serverId", "path", True),
    ]
    shapes = _by_full_name(docs["yandex.cloud.shapes.v1"])
    shape = shapes["yandex.cloud.shapes.v1.Shape"][1]["properties"]
    assert shape["attributes"]["type"] == "object"  # google.protobuf.Struct
    assert shape["details"]["items"] == {"type": "object"}  # google.protobuf.Any
    part_key = shapes["yandex.cloud.shapes.v1.Part"][0]
    assert shape["parts"]["additionalProperties"] == {"$ref": f"{REF}{part_key}"}
    assert shape["checksum"]["type"] == "string" and "pattern" in shape["checksum"]  # bytes
    node_key, node = shapes["yandex.cloud.shapes.v1.Node"]
    assert node["properties"]["children"]["items"] == {"$ref": f"{REF}{node_key}"}
    resolution = shapes["yandex.cloud.shapes.v1.Shape.Resolution"][1]["enum"]
    assert resolution == RESOLUTION_VALUES
    operation = _by_full_name(docs["yandex.cloud.operation"])
    # Operation.Get answers an Operation whose metadata and response the docs leave open.
    metadata = operation["OperationGetOperation"][1]["properties"]["metadata"]
    assert metadata["type"] == "object"


def _by_full_name(document: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Component schemas by the protobuf name they record: (component key, schema)."""
    schemas = document["components"]["schemas"]
    return {s.get("x-yc-full-name", k): (k, s) for k, s in schemas.items()}
