"""The corpus documents in front of the tools people use, in reduced form (the full runs
are `make fuzz`, `make lint-openapi` and `make check-generators`): Redocly and Spectral
find no error, three client generators generate importable clients with typed
long-running results, schemathesis finds no unlisted disagreement with the stubs, and its
stateful phase follows the documents' links on the stateful fake."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.render import RenderOptions
from generator.render.openapi import openapi_document
from tests.fixtures.openapi_model import sample_api
from tools import client_generators, fuzz, fuzz_stateful, lint_openapi

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
        ["--docs", str(CORPUS), "--part", "stateless", "--examples", "5", "--keep", str(fuzz_out)]
        + [arg for package in PICKS for arg in ("--only", package)]
    )
    reports = sorted(fuzz_out.glob("*.json"))
    assert [r.name.removesuffix(".json") for r in reports] == sorted(PICKS)
    assert code == 0


def test_schemathesis_walks_the_links_on_the_stateful_fake(
    documents: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bounded: one whole-service API, a few scenarios per walk. Fails if a check fails or
    no link (from each Create) is followed."""
    package = "yandex.cloud.vpc.v1"
    fuzz_out = tmp_path / "fuzz"
    code = fuzz.main(
        ["--docs", str(CORPUS), "--part", "stateful", "--scenarios", "8", "--only", package]
        + ["--keep", str(fuzz_out)]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    walks = sorted(p.name for p in fuzz_out.glob("*.ndjson"))
    assert walks == [f"{package}.Network_Create.ndjson", f"{package}.Subnet_Create.ndjson"]
    outcome = fuzz_stateful.StatefulOutcome(package, 5)
    for events in fuzz_out.glob("*.ndjson"):
        fuzz_stateful.read_events(events, outcome)
    followed = {link.split(" -> ")[0] for link in outcome.followed}
    assert followed == {"POST /vpc/v1/networks", "POST /vpc/v1/subnets"}, outcome.followed
    assert not outcome.unlisted
    assert "link transitions over" in printed


def test_stateful_events_are_read_right(tmp_path: Path) -> None:
    """A followed link, an inferred transition, an unresolved link and a failure: counted
    as such, and a failure is listed only where its answer matches a listed one."""
    link = "POST /things -> [200] GetThing -> GET /things/{thingId}"
    resolved = {"path_parameters": {"thingId": {"value": "t1"}}}
    unresolved = {"path_parameters": {"thingId": {"value": {"$unresolvable": True}}}}

    def case(transition: dict[str, object] | None) -> dict[str, object]:
        return {"value": {"method": "GET"}, "transition": transition}

    def answer(text: str) -> dict[str, object]:
        return {"response": {"content": {"$base64": base64.b64encode(text.encode()).decode()}}}

    def failing(operation: str) -> list[dict[str, object]]:
        failure = {
            "operation": operation,
            "code": "ST202",
            "title": "Schema-valid request rejected",
        }
        return [
            {
                "name": "positive_data_acceptance",
                "status": "failure",
                "failure_info": {"failure": failure},
            }
        ]

    recorder = {
        "cases": {
            "a": case(None),
            "b": case({"id": link, "is_inferred": False, "parameters": resolved}),
            "c": case({"id": link, "is_inferred": False, "parameters": unresolved}),
            "d": case({"id": "x", "is_inferred": True, "parameters": resolved}),
        },
        "interactions": {
            "a": answer('{"message": "invalid pageToken \'x\'"}'),
            "b": answer("{}"),
            "c": answer('{"message": "something else"}'),
        },
        "checks": {"a": failing("GET /things"), "c": failing("GET /things/{thingId}")},
    }
    events = tmp_path / "events.ndjson"
    events.write_text(json.dumps({"ScenarioFinished": {"recorder": recorder}}) + "\n")
    outcome = fuzz_stateful.StatefulOutcome("toy", 1)
    fuzz_stateful.read_events(events, outcome)
    assert dict(outcome.followed) == {link: 1} and outcome.inferred == 1
    assert outcome.requests == 3
    assert outcome.failures == {
        "GET /things: ST202 Schema-valid request rejected": True,  # listed: its answer
        "GET /things/{thingId}: ST202 Schema-valid request rejected": False,
    }


def test_each_operation_with_links_gets_a_walk_and_lists_take_the_creates() -> None:
    sources = {
        "Thing_Create": ("POST /things", ["Thing_Delete", "Thing_Get"]),
        "Thing_List": ("GET /things", ["Thing_Get"]),
        "Other_List": ("GET /others", ["Other_Get"]),
    }
    assert fuzz_stateful.walks(sources) == {
        "Thing_Create": ["Thing_Create", "Thing_Delete", "Thing_Get"],
        "Thing_List": ["Thing_Create", "Thing_Get", "Thing_List"],
        "Other_List": ["Other_Get", "Other_List"],
    }
