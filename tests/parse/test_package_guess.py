"""The package of a page whose types name none, from the docs' conventions."""

from __future__ import annotations

import pytest

from generator.model import Location, Method
from generator.parse.package_guess import guess_package


def _method(path: str, host: str = "{{ api-host }}", service: str = "Operation") -> Method:
    return Method(service, "Get", "GET", path, host, Location("p.md", 1))


@pytest.mark.parametrize(
    ("source_path", "expected"),
    [
        ("en/_api-ref/operation/api-ref/Operation/get.md", "yandex.cloud.operation"),
        ("en/_api-ref/compute/v1/api-ref/Disk/get.md", "yandex.cloud.compute.v1"),
        (
            "en/_api-ref/serverless/functions/v1/functions/api-ref/Function/get.md",
            "yandex.cloud.serverless.functions.v1",
        ),
        ("en/_api-ref/baremetal/v1alpha/api-ref/Server/get.md", "yandex.cloud.baremetal.v1alpha"),
    ],
)
def test_from_the_location(source_path: str, expected: str) -> None:
    package, why = guess_package(_method("/x"), source_path, "docs/x.md")
    assert (package, why.split(" ")[1]) == (expected, "location")


def test_the_page_path_when_there_is_no_source_path() -> None:
    path = "docs/en/_api-ref/operation/api-ref/Operation/get.md"
    assert guess_package(_method("/x"), None, path)[0] == "yandex.cloud.operation"


def test_then_the_url_path_then_the_host_then_the_service() -> None:
    assert guess_package(_method("/compute/v1/disks/{diskId}"), None, "a/b.md") == (
        "yandex.cloud.compute.v1",
        "its URL path /compute/v1/disks/{diskId}",
    )
    by_host = guess_package(_method("/operations/{id}", "operation.{{ api-host }}"), None, "b.md")
    assert by_host[0] == "yandex.cloud.operation"
    by_service = guess_package(_method("/x/{id}", "{{ api-host-x }}", "ApiKey"), None, "b.md")
    assert by_service == ("yandex.cloud.api_key", "its service name ApiKey")
