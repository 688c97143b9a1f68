"""The `api.md` beside each generated client: services, methods with signatures, return
types, routes and docs links, and the models; deterministic and kept current by `check`."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.model import Api, Location, Method, Service
from generator.render.options import RenderOptions
from generator.render.python_sdk import render_api
from generator.render.python_sdk.api_reference import docs_urls, source_paths
from generator.render.python_sdk.naming import module_path
from tests.test_sdk_usage import usage_api

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "yc-docs"


def linked_api() -> Api:
    """The usage API with pages: Get links its sibling's public page, Create has no
    sourcePath of its own (its sibling's tells where it is)."""
    api = usage_api()
    get, create = api.services["Widget"].methods
    docs = "/checkout/docs/en/_api-ref/usage/v1/api-ref/Widget"
    get.location = Location(f"{docs}/get.md", 1)
    get.source_path = "en/_api-ref/usage/v1/api-ref/Widget/get.md"
    get.description = "Returns a widget. See [List](/docs/usage-service/api-ref/Widget/list#List)."
    create.location = Location(f"{docs}/create.md", 1)
    return api


def api_md(api: Api) -> str:
    path = "/".join(["python", "ycrest", *module_path(api), "api.md"])
    return render_api(api, RenderOptions())[path]


def test_reference_lists_services_methods_signatures_routes_and_models() -> None:
    text = api_md(linked_api())
    assert text.startswith("# Usage API (`yandex.cloud.usage.v1`)")
    assert "from ycrest.usage.v1 import UsageClient, AsyncUsageClient" in text
    assert "## Widget\n\n`client.widget`" in text
    assert (
        "client.widget.get(*, widget_id: str, request: GetWidgetRequest | None = None) -> Widget"
        in text
    )
    create = re.search(r"client\.widget\.create\(\n(.*?)\n\) -> ([^\n]*)\n", text, re.DOTALL)
    assert create is not None
    assert "    folder_id: str,\n    name: str,\n" in create.group(1)
    assert "    expires_at: Timestamp | datetime | None = None," in create.group(1)
    assert "    url: str | None = None," in create.group(1)  # a oneof member: optional
    assert create.group(2) == "Operation[CreateWidgetMetadata, Widget]"
    assert (
        "client.widget.resume_create(operation_id: str) -> Operation[CreateWidgetMetadata, Widget]"
        in text
    )
    assert "`GET https://usage.{api_host}/usage/v1/widgets/{widgetId}`" in text
    assert "Returns a widget." in text
    for model in ("Widget", "GetWidgetRequest", "CreateWidgetRequest", "CreateWidgetMetadata"):
        assert f"- `{model}`: `yandex.cloud.usage.v1.{model}`" in text
    assert api_md(linked_api()) == text  # deterministic


def test_docs_links_from_source_paths() -> None:
    api = linked_api()
    assert source_paths(api) == {
        "Widget.Get": "en/_api-ref/usage/v1/api-ref/Widget/get.md",
        "Widget.Create": "en/_api-ref/usage/v1/api-ref/Widget/create.md",
    }
    # The public prefix comes from the pages' own links to the folder.
    assert docs_urls(api) == {
        "Widget.Get": "https://yandex.cloud/en/docs/usage-service/api-ref/Widget/get",
        "Widget.Create": "https://yandex.cloud/en/docs/usage-service/api-ref/Widget/create",
    }
    assert "· [docs](https://yandex.cloud/en/docs/usage-service/api-ref/Widget/get)" in api_md(api)
    # No link names the folder: the page's source in the docs repository.
    api.services["Widget"].methods[0].description = ""
    assert docs_urls(api)["Widget.Get"] == (
        "https://github.com/yandex-cloud/docs/blob/master/en/_api-ref/usage/v1/api-ref/Widget/get.md"
    )
    # No sourcePath anywhere: no link rather than a guessed one.
    page = Method("S", "Get", "GET", "/x", "h", Location("a/b.md", 1))
    bare = Api("yandex.cloud.x.v1", "X", {"S": Service("S", [page])})
    assert docs_urls(bare) == {}
    # ...unless it was read from a docs checkout, which says where the page lives.
    page.location = Location("/home/u/docs/en/_api-ref/x/v1/api-ref/S/get.md", 1)
    assert source_paths(bare) == {"S.Get": "en/_api-ref/x/v1/api-ref/S/get.md"}


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_catches_an_edited_reference(tmp_path: Path) -> None:
    out = tmp_path / "out"
    gen = cli("generate", str(ROOT / "specs"), "-o", str(out), cwd=tmp_path)
    assert gen.returncode == 0, gen.stderr
    (reference,) = out.rglob("api.md")
    reference.write_text(reference.read_text() + "edited\n")
    check = cli("check", str(ROOT / "specs"), "-o", str(out), cwd=tmp_path)
    assert check.returncode == 1 and f"{reference}: changed" in check.stderr


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the docs corpus is not at {CORPUS}")
def test_corpus_reference_has_every_method_with_a_link() -> None:
    from generator.pipeline import load_apis

    for api in load_apis(CORPUS).apis.values():
        text = api_md(api)
        for service in api.services.values():
            assert f"\n## {service.name}\n" in text
            for m in service.methods:
                section = text.split(f"\n### {service.name}.{m.name}\n", 1)[1].split("\n### ")[0]
                assert f"`{m.verb} https://" in section
                assert "· [docs](https://" in section, f"{api.package} {m.full_name}"
