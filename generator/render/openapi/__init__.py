"""OpenAPI 3.1 export: one document per API, `openapi/<package>.yaml`, that standard tools
(validators, linters, client generators, fuzzers) take as it is. docs/openapi.md describes
the mapping; in short:
- `info` with the Apache-2.0 license of the docs; `servers`: the most common host of the
  API's methods, other hosts per path or operation (resolved with `RenderOptions.api_host`);
- `security`: a bearer IAM token (`iamToken`) for every operation but those that obtain one;
- `tags`: one per docs service, described;
- `paths`: the docs' templates (custom verbs such as `:apply` included); operationId
  `<Service>_<Method>`, a summary always; path, dotted query and body parameters; `200` is
  the response message, or for long-running methods a typed `<Service><Method>Operation`
  (the `x-yc-operation` extension stays for our own tools); `default` is google.rpc.Status; `links` from Create and List to the
  resource's Get, Update and Delete (`links.py`, from generator/resources.py);
- `components.schemas`: what the paths reach, named for other generators (`names.py`) with
  `x-yc-full-name`; values per the proto3 JSON mapping, stating what the stubs enforce
  (`schemas.py`).
Output is deterministic: paths and components are sorted, key order is fixed in code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...model import Api
from ..options import RenderOptions
from .components import resolve_components
from .paths import build_paths, main_server
from .pattern_warnings import pattern_warnings
from .schemas import Schema, Types
from .security import SECURITY_SCHEMES, document_security
from .tags import tags
from .yaml_text import dump_yaml

__all__ = [
    "document_path",
    "openapi_document",
    "pattern_warnings",
    "render_api",
    "render_shared",
]

_VERSION_PART = re.compile(r"v[0-9]+[a-z0-9]*")
# The license of the Yandex Cloud documentation the documents are generated from.
LICENSE = {"name": "Apache 2.0", "identifier": "Apache-2.0"}


def document_path(api: Api) -> str:
    return f"openapi/{api.package}.yaml"


def api_version(package: str) -> str:
    """The last `vN...` part of the package (`v1`, `v1alpha`); "unversioned" if none."""
    for part in reversed(package.split(".")):
        if _VERSION_PART.fullmatch(part):
            return part
    return "unversioned"


def openapi_document(api: Api, options: RenderOptions) -> dict[str, Any]:
    types = Types.of(api)
    main = main_server(api, options.api_host)
    built: dict[str, Schema] = {}
    paths = build_paths(api, options.api_host, main, types, built)
    paths, schemas = resolve_components(paths, built, types, api.package)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": api.title or api.package,
            "version": api_version(api.package),
            "description": (
                f"REST API of the protobuf package `{api.package}`, "
                "generated from the Yandex Cloud API reference."
            ),
            "license": dict(LICENSE),
        },
        "servers": [{"url": main}],
        "security": document_security(),
        "tags": tags(api),
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": SECURITY_SCHEMES},
    }


def render_api(api: Api, options: RenderOptions) -> dict[str, str]:
    return {document_path(api): dump_yaml(openapi_document(api, options))}


# render_shared reads nothing of the APIs but their packages (see build.Renderer).
SHARED_INPUTS = "packages"


def render_shared(apis: Sequence[Api], options: RenderOptions) -> dict[str, str]:
    return {}
