"""OpenAPI links between the methods of one resource, from the derived resource table
(generator/resources.py), so tools that walk an API statefully (schemathesis) can chain
create -> get -> update -> delete and list -> get.

- Create -> Get, Update, Delete: the new id is `$response.body#/metadata/<idParam>` where
  the documented metadata has that field (it is there before the operation is done), else
  `$response.body#/response/id` where the operation resolves to the resource. Where the
  docs leave the metadata open (Compute's Disk.Create and Instance.Create pages), it is
  `metadata/<idParam>` too: the API's convention (`CreateDiskMetadata.diskId`), and what
  the stateful fake puts there (docs/stateful-fake.md).
- List -> Get: the first item's id, `$response.body#/<items>/0/id`.

Links name the target by operationId (`<Service>_<Method>`) and are keyed `<Method><Resource>`.
"""

from __future__ import annotations

from typing import Any

from ...model import Api, Method
from ...resources import CREATE, DELETE, GET, LIST, UPDATE, Resource, derive_resources

LinkTable = dict[tuple[str, str], dict[str, Any]]  # (Service, Method) -> links of its 200


def resource_links(api: Api) -> LinkTable:
    table: LinkTable = {}
    for resource in derive_resources(api).resources:
        by_kind = {role.kind: name for name, role in sorted(resource.roles.items())}
        methods = {m.name: m for m in api.services[resource.service].methods}
        create = methods.get(by_kind.get(CREATE, ""))
        expression = _created_id(api, resource, create) if create is not None else None
        if create is not None and expression is not None:
            links = {
                f"{by_kind[kind]}{resource.short_name}": _link(resource, by_kind[kind], expression)
                for kind in (GET, UPDATE, DELETE)
                if kind in by_kind
            }
            if links:
                table[(resource.service, create.name)] = links
        if LIST in by_kind and GET in by_kind:
            items = resource.roles[by_kind[LIST]].items
            get = by_kind[GET]
            table[(resource.service, by_kind[LIST])] = {
                f"{get}{resource.short_name}": _link(resource, get, f"$response.body#/{items}/0/id")
            }
    return table


def _created_id(api: Api, resource: Resource, create: Method) -> str | None:
    info = create.operation
    if info is None:
        return None
    metadata = api.messages.get(info.metadata_type or "")
    by_metadata = f"$response.body#/metadata/{resource.id_param}"
    if metadata is not None and metadata.field_named(resource.id_param) is not None:
        return by_metadata
    if info.response_type == resource.type:
        return "$response.body#/response/id"
    return by_metadata if metadata is None else None


def _link(resource: Resource, method_name: str, expression: str) -> dict[str, Any]:
    return {
        "operationId": f"{resource.service}_{method_name}",
        "parameters": {resource.id_param: expression},
    }


def add_links(op: dict[str, Any], method: Method, table: LinkTable) -> None:
    """Put the method's links, if any, on its 200 response."""
    links = table.get((method.service, method.name))
    if links:
        op["responses"]["200"]["links"] = links
