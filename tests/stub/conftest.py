"""The SDK for every API of the docs corpus (and the golden fixture API), rendered once per session under its own import
root (so it cannot clash with other tests' `ycrest`), with each API's stub package."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from generator.model import Api
from generator.pipeline import load_apis
from generator.render.options import RenderOptions
from generator.render.python_sdk.naming import class_names, module_path
from tests.fixtures.shapes import SHAPES_DOCS
from tests.sdk_helpers import write_sdk

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "yc-docs"
GOLDEN_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "golden_api"
ROOT = "ycstubsdk"


@dataclass(frozen=True)
class GeneratedApi:
    api: Api
    module: str  # e.g. ycstubsdk.backup.v1
    names: dict[str, str]  # class name by full protobuf name

    @property
    def stub(self) -> ModuleType:
        return importlib.import_module(self.module + ".stub")

    @property
    def models(self) -> ModuleType:
        return importlib.import_module(self.module + ".models")

    @property
    def client(self) -> ModuleType:
        return importlib.import_module(self.module + ".client")


@dataclass(frozen=True)
class GeneratedSdk:
    path: Path  # the directory on sys.path
    apis: dict[str, GeneratedApi]  # by protobuf package


@pytest.fixture(scope="session")
def corpus_apis() -> dict[str, Api]:
    if not CORPUS.is_dir():
        pytest.skip(f"docs corpus not found at {CORPUS}")
    # The fixture APIs join the corpus: they have the shapes the corpus lacks (an empty
    # response, keyword-named fields; path parameters inside the body, recursive messages,
    # enum values that are not Python names, the Operation service, a non-yandex package).
    return load_apis(CORPUS).apis | load_apis(GOLDEN_FIXTURE).apis | load_apis(SHAPES_DOCS).apis


@pytest.fixture(scope="session")
def sdk(
    corpus_apis: dict[str, Api], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[GeneratedSdk]:
    out = tmp_path_factory.mktemp("stub-sdk")
    path = write_sdk(corpus_apis.values(), out, RenderOptions(package_root=ROOT))
    apis = {
        package: GeneratedApi(api, ".".join([ROOT, *module_path(api)]), class_names(api))
        for package, api in corpus_apis.items()
    }
    sys.path.insert(0, str(path))
    try:
        yield GeneratedSdk(path, apis)
    finally:
        sys.path.remove(str(path))
        for name in [n for n in sys.modules if n == ROOT or n.startswith(ROOT + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def backup(sdk: GeneratedSdk) -> GeneratedApi:
    return sdk.apis["yandex.cloud.backup.v1"]
