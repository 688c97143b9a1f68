"""The corpus documents in front of the tools people use, in reduced form (the full runs
are `make fuzz`, `make lint-openapi` and `make check-generators`): Redocly and Spectral
find no error, three client generators generate importable clients with typed
long-running results, and schemathesis finds no unlisted disagreement with the stubs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.render import RenderOptions
from generator.render.openapi import openapi_document
from tests.fixtures.openapi_model import sample_api
from tools import client_generators, fuzz, lint_openapi

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "yc-docs"
# Small documents that still have typed long-running results, oneofs, int64 and bytes.
PICKS = ["yandex.cloud.vpc.v1", "yandex.cloud.dns.v1", "yandex.cloud.kms.v1"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"docs corpus not found at {CORPUS}")
    out = tmp_path_factory.mktemp("openapi")
    found = lint_openapi.generate(CORPUS, out, [])
    return {p.name.removesuffix(".yaml"): p for p in found}


def _needs_linters() -> None:
    if not lint_openapi.BIN.is_dir():
        pytest.skip("the linters are not installed: `make test` runs npm ci in tools/openapi-lint")


def test_redocly_and_spectral_find_no_error_in_any_corpus_document(
    documents: dict[str, Path],
) -> None:
    _needs_linters()
    paths = sorted(documents.values())
    errors, warnings = lint_openapi.redocly(paths)
    assert not errors and not warnings, (errors, warnings)
    errors, warnings = lint_openapi.spectral(paths)
    assert not errors, errors
    assert set(warnings) <= lint_openapi.ALLOWED_WARNINGS, warnings


def test_the_linters_are_read_right(tmp_path: Path) -> None:
    """A document that breaks the rules is reported, so a clean run means clean."""
    _needs_linters()
    doc = openapi_document(sample_api(), RenderOptions())
    del doc["security"], doc["components"]["securitySchemes"]
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("summary", None)
                op.pop("description", None)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc), encoding="utf-8")
    errors, _ = lint_openapi.redocly([broken])
    assert errors["security-defined"] and errors["operation-summary"]
    _, warnings = lint_openapi.spectral([broken])
    assert warnings["operation-description"]


@pytest.mark.parametrize("generator", sorted(client_generators.GENERATORS))
def test_client_generators_give_typed_long_running_results(
    documents: dict[str, Path], tmp_path: Path, generator: str
) -> None:
    if generator == "openapi-generator" and shutil.which("java") is None:
        pytest.skip("openapi-generator needs Java")
    document = documents[PICKS[0]]
    assert client_generators.typed_operation(document) is not None
    typed = client_generators.GENERATORS[generator](document, tmp_path)
    assert "Network" in typed  # e.g. Optional[ogclient.models.network.Network]


def test_schemathesis_finds_no_unlisted_disagreement(
    documents: dict[str, Path], tmp_path: Path
) -> None:
    fuzz_out = tmp_path / "fuzz"
    code = fuzz.main(
        ["--docs", str(CORPUS), "--examples", "5", "--keep", str(fuzz_out)]
        + [arg for package in PICKS for arg in ("--only", package)]
    )
    reports = sorted(fuzz_out.glob("*.json"))
    assert [r.name.removesuffix(".json") for r in reports] == sorted(PICKS)
    assert code == 0
