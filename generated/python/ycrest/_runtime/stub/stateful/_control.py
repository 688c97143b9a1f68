"""The fake's control API over HTTP, for tests of a standalone server (`python -m
<api>.stub`): the same controls `Cloud` offers in process, under `/_fake/`.

    GET  /_fake/state                     resources by type and operations
    POST /_fake/reset                     forget everything
    POST /_fake/resources/{type}          seed one resource (JSON body); answers it stored
    POST /_fake/faults                    {"method": "Network.Get", "code": "UNAVAILABLE",
                                           "times": 2, "retryAfter": 1, "operation": false}
"""

from __future__ import annotations

import json
from typing import Any

from .._errors import INVALID_ARGUMENT, NOT_FOUND, StubError
from ._cloud import Cloud

PREFIX = "/_fake/"


def control(cloud: Cloud, verb: str, path: str, body: bytes) -> dict[str, Any]:
    """Answer one control request; raises StubError for bad ones."""
    parts = path.removeprefix(PREFIX).strip("/").split("/")
    data = _body(body)
    if verb == "GET" and parts == ["state"]:
        return cloud.state()
    if verb == "POST" and parts == ["reset"]:
        cloud.reset()
        return {}
    if verb == "POST" and len(parts) == 2 and parts[0] == "resources":
        try:
            return cloud.seed(data, type=parts[1])
        except KeyError as exc:
            raise StubError(NOT_FOUND, str(exc.args[0])) from None
    if verb == "POST" and parts == ["faults"]:
        return _fault(cloud, data)
    raise StubError(NOT_FOUND, f"no control endpoint {verb} {path}")


def _body(body: bytes) -> dict[str, Any]:
    if not body.strip():
        return {}
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise StubError(INVALID_ARGUMENT, f"the body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise StubError(INVALID_ARGUMENT, "the body must be a JSON object")
    return data


def _fault(cloud: Cloud, data: dict[str, Any]) -> dict[str, Any]:
    method = data.get("method")
    if not isinstance(method, str) or "code" not in data:
        raise StubError(INVALID_ARGUMENT, "a fault needs method (Service.Method) and code")
    try:
        if data.get("operation"):
            cloud.fail_operation(
                method,
                data["code"],
                times=int(data.get("times", 1)),
                message=str(data.get("message", "")),
            )
        else:
            retry_after = data.get("retryAfter")
            cloud.fail(
                method,
                data["code"],
                times=int(data.get("times", 1)),
                message=str(data.get("message", "")),
                retry_after=None if retry_after is None else float(retry_after),
            )
    except (TypeError, ValueError) as exc:
        raise StubError(INVALID_ARGUMENT, str(exc)) from None
    return {}
