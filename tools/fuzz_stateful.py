"""The stateful phase of `make fuzz`: schemathesis walks a document's OpenAPI links
(Create -> Get, Update, Delete; List -> Get) against the stateful fake, where an id a
Create hands out really names a resource, so the walks reach it, change it and delete it.

One walk per operation that has links, over that operation and its links' targets, on a
cloud reset before each walk. Over a whole document, schemathesis starts its scenarios only
from operations it expects to succeed with made-up data, which leaves out a Create whose
request names other kinds of resources (Compute's Disk.Create and Instance.Create take an
imageId), so their links would never be followed. A walk from a List also takes the Creates
whose links reach the same operations: on an empty cloud a List has no item to follow.

schemathesis also infers transitions of its own (ids in responses matched to parameters by
name); they run too, but only the document's links count as followed links. The run is read
from schemathesis' NDJSON event stream: each scenario's cases, the transition that led to
each (link, inferred or not, and whether its parameters resolved), the answers and checks.
"""

from __future__ import annotations

import base64
import importlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import schemathesis_run


@dataclass
class StatefulOutcome:
    package: str
    links: int  # links the document declares
    creates_unwalked: list[str] = field(default_factory=list)  # POSTs none of whose links ran
    followed: Counter[str] = field(default_factory=Counter)  # link transitions, by link
    inferred: int = 0  # transitions schemathesis inferred itself
    requests: int = 0
    failures: dict[str, bool] = field(default_factory=dict)  # failure -> listed
    seconds: float = 0.0

    @property
    def unlisted(self) -> list[str]:
        return [failure for failure, listed in self.failures.items() if not listed]


def link_sources(document: Path) -> dict[str, tuple[str, list[str]]]:
    """operationId of each operation with links -> (its `METHOD path`, its links' targets)."""
    paths = yaml.safe_load(document.read_text(encoding="utf-8"))["paths"]
    sources: dict[str, tuple[str, list[str]]] = {}
    for path, item in paths.items():
        for verb, op in item.items():
            if not isinstance(op, dict):
                continue
            targets = {
                link["operationId"]
                for response in op.get("responses", {}).values()
                for link in response.get("links", {}).values()
            }
            if targets:
                sources[op["operationId"]] = (f"{verb.upper()} {path}", sorted(targets))
    return sources


def declared_links(document: Path) -> int:
    return sum(len(targets) for _, targets in link_sources(document).values())


def walks(sources: dict[str, tuple[str, list[str]]]) -> dict[str, list[str]]:
    """operationId of each operation with links -> the operations its walk includes."""
    creates = {op: targets for op, (label, targets) in sources.items() if label.startswith("POST ")}
    found: dict[str, list[str]] = {}
    for op, (_label, targets) in sources.items():
        feeding = [] if op in creates else [c for c, t in creates.items() if set(t) & set(targets)]
        found[op] = sorted({op, *targets, *feeding})
    return found


def _resolved(transition: dict[str, Any]) -> bool:
    """Whether every parameter of the transition came out of the previous response."""
    values = [
        parameter.get("value")
        for group in (transition.get("parameters") or {}).values()
        for parameter in group.values()
    ]
    return bool(values) and not any(
        isinstance(value, dict) and value.get("$unresolvable") for value in values
    )


def _answer(interaction: dict[str, Any] | None) -> str:
    content = ((interaction or {}).get("response") or {}).get("content") or {}
    if "$base64" in content:
        return base64.b64decode(content["$base64"]).decode("utf-8", "replace")
    return str(content.get("string", ""))


def read_events(events: Path, outcome: StatefulOutcome) -> None:
    """Fill `outcome` from schemathesis' NDJSON report."""
    for line in events.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        recorder = (event.get("ScenarioFinished") or {}).get("recorder")
        if not recorder:
            continue
        interactions = recorder.get("interactions", {})
        outcome.requests += len(interactions)
        for case_id, case in recorder.get("cases", {}).items():
            transition = case.get("transition")
            if transition and transition.get("is_inferred"):
                outcome.inferred += 1
            elif transition and _resolved(transition):
                outcome.followed[transition["id"]] += 1
        for case_id, checks in recorder.get("checks", {}).items():
            for check in checks:
                failure = ((check.get("failure_info") or {}).get("failure")) or {}
                if check.get("status") != "failure" or not failure:
                    continue
                label = f"{failure['operation']}: {failure['code']} {failure['title']}"
                listed = schemathesis_run.accepted(label, _answer(interactions.get(case_id)))
                outcome.failures[label] = outcome.failures.get(label, True) and listed


def fuzz_links(
    package: str, module: str, document: Path, work: Path, scenarios: int, seed: int
) -> StatefulOutcome:
    """The stateful phase on one API: a walk of `scenarios` scenarios from each operation
    with links, against its stateful fake."""
    stub = importlib.import_module(module)
    sources = link_sources(document)
    outcome = StatefulOutcome(package, declared_links(document))
    started = time.monotonic()
    with stub.serve_fake() as server:  # the stateful fake
        for source, operations in sorted(walks(sources).items()):
            server.cloud.reset()
            events = work / f"{package}.{source}.ndjson"
            included = [arg for op in operations for arg in ("--include-operation-id", op)]
            args = schemathesis_run.command(
                document,
                server.url,
                phases="stateful",
                examples=scenarios,
                seed=seed,
                extra=[*included, "--report", "ndjson", "--report-ndjson-path", str(events)],
            )
            result = schemathesis_run.run(args)
            out = result.stdout + result.stderr
            (work / f"{package}.{source}.out").write_text(out, encoding="utf-8")
            if not events.exists():
                raise SystemExit(f"schemathesis failed on {package} {source}:\n{out}")
            followed = sum(outcome.followed.values())
            read_events(events, outcome)
            label = sources[source][0]
            if label.startswith("POST ") and sum(outcome.followed.values()) == followed:
                outcome.creates_unwalked.append(label)
    outcome.seconds = time.monotonic() - started
    return outcome
