"""One tag per docs service, described: the docs pages carry no service description of
their own, so the tag says which API the service belongs to and lists its methods."""

from __future__ import annotations

from typing import Any

from ...model import Api


def tags(api: Api) -> list[dict[str, Any]]:
    title = api.title or api.package
    result = []
    for name in sorted(api.services):
        methods = ", ".join(sorted({m.name for m in api.services[name].methods}))
        description = f"The {name} service of the {title}"
        result.append(
            {
                "name": name,
                "description": f"{description}: {methods}." if methods else description + ".",
            }
        )
    return result
