"""The protobuf package of a page whose types name none, from the docs' own conventions.

A method page names its package through the full names of its types. A few do not: the
Operation service's pages use only `yandex.cloud.operation.Operation` and `google.rpc.Status`,
shared by every API, and a path-only method answering google.protobuf.Empty names nothing.
When no page of the folder names a package either (merge.assign_packages), the package is
read from where the docs put the page, in this order:

1. the page's location (`sourcePath` in the front matter, else its path in the docs tree):
   the folders between `_api-ref/` and `/api-ref/`, up to the last version folder
   (`compute/v1` -> `yandex.cloud.compute.v1`; `serverless/functions/v1/functions` ->
   `yandex.cloud.serverless.functions.v1`); a folder path with no version folder is taken
   whole (`operation` -> `yandex.cloud.operation`);
2. the request URL: its path up to the version segment (`/compute/v1/instances` ->
   `yandex.cloud.compute.v1`), else the host's first label (`operation.{{ api-host }}` ->
   `yandex.cloud.operation`);
3. the service name (`yandex.cloud.<service>`), which always exists.
"""

from __future__ import annotations

import re

from ..model import Method

_VERSION = re.compile(r"v\d+(?:(?:alpha|beta)\d*)?")
_SEGMENT = re.compile(r"[a-z][a-z0-9_]*")
_API_REF = re.compile(r"(?:^|/)_api-ref/(?P<folders>.+?)/api-ref/")


def guess_package(method: Method, source_path: str | None, page_path: str) -> tuple[str, str]:
    """(package, what it was read from) for a page whose types name no package."""
    for where in (source_path, page_path):
        m = _API_REF.search(where or "")
        if m is not None:
            package = _from_segments(m.group("folders").split("/"), whole=True)
            if package:
                return package, f"its location {m.group(0).strip('/')}"
    segments = [s for s in method.path.split("/") if s]
    package = _from_segments(segments, whole=False)
    if package:
        return package, f"its URL path {method.path}"
    label = method.host.split(".", 1)[0]
    if _SEGMENT.fullmatch(label):
        return f"yandex.cloud.{label}", f"its host {method.host}"
    service = re.sub(r"(?<!^)(?=[A-Z])", "_", method.service).lower()
    return f"yandex.cloud.{service}", f"its service name {method.service}"


def _from_segments(segments: list[str], *, whole: bool) -> str | None:
    """Segments up to the last version segment; with `whole`, all of them when none is a
    version. Only segments that can be package names count."""
    versions = [i for i, s in enumerate(segments) if _VERSION.fullmatch(s)]
    if versions:
        kept = segments[: versions[-1] + 1] if whole else segments[: versions[0] + 1]
    elif whole:
        kept = segments
    else:
        return None
    if not kept or not all(_SEGMENT.fullmatch(s) for s in kept):
        return None
    return "yandex.cloud." + ".".join(kept)
