"""OpenAPI links from the derived resources: each resolves to a real operation and path
parameter, and following them walks create -> get -> delete on the stateful fake, the way
schemathesis's stateful mode does."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from generator.model import Api
from generator.render.openapi import openapi_document
from generator.render.options import RenderOptions

from .conftest import GeneratedSdk

WHOLE = ["yandex.cloud.resourcemanager.v1", "yandex.cloud.compute.v1", "yandex.cloud.vpc.v1"]
FOLDER_ID = "b1gfolder00000000000"
AUTH = {"Authorization": "Bearer fake-iam-token"}
_POINTER = re.compile(r"^\$response\.body#(/.*)$")


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (path, verb, operation)."""
    return {
        op["operationId"]: (path, verb, op)
        for path, item in doc["paths"].items()
        for verb, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def _resolve(pointer: str, doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema a JSON pointer into a response body lands on (refs followed)."""
    for part in pointer.strip("/").split("/"):
        while "$ref" in schema:
            schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        if part.isdigit():
            schema = schema.get("items", {})
            continue
        properties = schema.get("properties", {})
        if part not in properties:
            return None
        schema = properties[part]
    return schema


@pytest.mark.parametrize("package", WHOLE)
def test_links_resolve_to_real_operations_and_parameters(
    corpus_apis: dict[str, Api], package: str
) -> None:
    doc = openapi_document(corpus_apis[package], RenderOptions())
    operations = _operations(doc)
    checked = 0
    for _path, _verb, op in operations.values():
        for name, link in op["responses"]["200"].get("links", {}).items():
            target_path, _target_verb, target = operations[link["operationId"]]
            path_params = {p["name"] for p in target.get("parameters", []) if p["in"] == "path"}
            for param, expression in link["parameters"].items():
                assert param in path_params, (name, param)
                assert f"{{{param}}}" in target_path
                pointer = _POINTER.match(expression)
                assert pointer is not None, expression
                ok_schema = op["responses"]["200"]["content"]["application/json"]["schema"]
                if pointer.group(1).startswith("/metadata/"):
                    if "metadata" not in op["x-yc-operation"]:
                        # Metadata the docs leave open: the convention's `<idParam>`.
                        assert pointer.group(1) == f"/metadata/{param}", (name, expression)
                        checked += 1
                        continue
                    ok_schema = op["x-yc-operation"]["metadata"]
                    pointer_path = pointer.group(1).removeprefix("/metadata")
                elif pointer.group(1).startswith("/response/"):
                    ok_schema = op["x-yc-operation"]["response"]
                    pointer_path = pointer.group(1).removeprefix("/response")
                else:
                    pointer_path = pointer.group(1)
                assert _resolve(pointer_path, doc, ok_schema) is not None, (name, expression)
                checked += 1
    assert checked >= 3
    # The docs leave Compute's Instance.Create metadata open: the convention's id field.
    whole_resource = {
        "yandex.cloud.compute.v1": ("Instance", "instanceId"),
        "yandex.cloud.resourcemanager.v1": ("Folder", "folderId"),
    }
    if package in whole_resource:
        resource, id_param = whole_resource[package]
        create_links = operations[f"{resource}_Create"][2]["responses"]["200"]["links"]
        assert {link["operationId"] for link in create_links.values()} == {
            f"{resource}_{method}" for method in ("Get", "Update", "Delete")
        }
        assert create_links[f"Get{resource}"]["parameters"] == {
            id_param: f"$response.body#/metadata/{id_param}"
        }
    if package == "yandex.cloud.resourcemanager.v1":
        list_links = operations["Folder_List"][2]["responses"]["200"]["links"]
        assert list_links["GetFolder"]["parameters"] == {"folderId": "$response.body#/folders/0/id"}


def _follow(expression: str, body: Any) -> Any:
    pointer = _POINTER.match(expression)
    assert pointer is not None
    value = body
    for part in pointer.group(1).strip("/").split("/"):
        value = value[int(part)] if part.isdigit() else value[part]
    return value


@pytest.mark.parametrize(
    ("package", "create_id", "body"),
    [
        ("yandex.cloud.resourcemanager.v1", "Folder_Create", {"cloudId": "b1gc", "name": "walk"}),
        ("yandex.cloud.vpc.v1", "Subnet_Create", None),
        (
            "yandex.cloud.compute.v1",
            "Disk_Create",
            {"folderId": FOLDER_ID, "name": "walk", "zoneId": "ru-central1-a", "size": "4194304"},
        ),
    ],
)
def test_links_walk_create_get_delete_on_the_fake(
    sdk: GeneratedSdk, package: str, create_id: str, body: dict[str, Any] | None
) -> None:
    gen = sdk.apis[package]
    operations = _operations(openapi_document(gen.api, RenderOptions()))
    path, verb, create = operations[create_id]
    if body is None:
        body = {
            "folderId": FOLDER_ID,
            "name": "walk",
            "networkId": "enpnetwork0000000000",
            "zoneId": "ru-central1-a",
            "v4CidrBlocks": ["10.0.0.0/24"],
        }
    links = create["responses"]["200"]["links"]
    get = next(link for link in links.values() if link["operationId"].endswith("_Get"))
    delete = next(link for link in links.values() if link["operationId"].endswith("_Delete"))
    with gen.stub.serve_fake() as server, httpx.Client(base_url=server.url, headers=AUTH) as http:
        created = http.request(verb.upper(), path, json=body)
        assert created.status_code == 200, created.text

        def call(link: dict[str, Any]) -> httpx.Response:
            target_path, target_verb, _op = operations[link["operationId"]]
            for param, expression in link["parameters"].items():
                target_path = target_path.replace(
                    f"{{{param}}}", str(_follow(expression, created.json()))
                )
            return http.request(target_verb.upper(), target_path)

        fetched = call(get)
        assert fetched.status_code == 200 and fetched.json()["name"] == "walk"
        assert call(delete).status_code == 200
        assert call(get).status_code == 404
