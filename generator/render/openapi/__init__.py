"""OpenAPI 3.1 export: one document per API, `openapi/<package>.yaml`.

What the document says and how it maps the model:
- `servers`: the most common host of the API's methods; paths on another host get their
  own `servers` (per operation where one path spans hosts). Hosts are resolved with
  `RenderOptions.api_host`.
- `paths`: the docs' templates (custom verbs such as `:apply` included); operationId
  `<Service>_<Method>`, tag = service; path, dotted query and body parameters; `200` refers
  to the response message, `default` to google.rpc.Status; long-running methods carry
  `x-yc-operation: {metadata, response}` refs.
- `components.schemas`: every message and enum keyed by full protobuf name, per the proto3
  JSON mapping: 64-bit integers are strings (`format: int64`/`uint64`) whose numeric bounds
  go to `x-minimum`/`x-maximum`/`x-exclusiveMinimum`/`x-exclusiveMaximum`; Duration is a
  string with a `^-?N(.N)?s$` pattern; JSON values are `{}`. Enums are components, not inline.
  Oneof groups are the `x-yc-oneof: [[a, b], ...]` extension rather than `oneOf`, which
  client generators handle poorly for groups of optional fields.
Output is deterministic: paths and components are sorted, key order is fixed in code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...model import Api
from ..options import RenderOptions
from .paths import build_paths, main_server
from .schemas import component_schemas
from .yaml_text import dump_yaml

__all__ = ["document_path", "openapi_document", "render_api", "render_shared"]

_VERSION_PART = re.compile(r"v[0-9]+[a-z0-9]*")


def document_path(api: Api) -> str:
    return f"openapi/{api.package}.yaml"


def api_version(package: str) -> str:
    """The last `vN...` part of the package (`v1`, `v1alpha`); "unversioned" if none."""
    for part in reversed(package.split(".")):
        if _VERSION_PART.fullmatch(part):
            return part
    return "unversioned"


def openapi_document(api: Api, options: RenderOptions) -> dict[str, Any]:
    main = main_server(api, options.api_host)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": api.title or api.package,
            "version": api_version(api.package),
            "description": (
                f"REST API of the protobuf package `{api.package}`, "
                "generated from the Yandex Cloud API reference."
            ),
        },
        "servers": [{"url": main}],
        "tags": [{"name": name} for name in sorted(api.services)],
        "paths": build_paths(api, options.api_host, main),
        "components": {"schemas": component_schemas(api)},
    }


def render_api(api: Api, options: RenderOptions) -> dict[str, str]:
    return {document_path(api): dump_yaml(openapi_document(api, options))}


# render_shared reads nothing of the APIs but their packages (see build.Renderer).
SHARED_INPUTS = "packages"


def render_shared(apis: Sequence[Api], options: RenderOptions) -> dict[str, str]:
    return {}
