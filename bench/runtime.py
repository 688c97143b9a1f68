"""SDK runtime: decoding and encoding a ListTasks response of 1,000 Tasks
(`yandex.cloud.backup.v1`) with our models, with the pydantic v2 models
datamodel-code-generator made from our OpenAPI document, and with plain `json` (the floor);
and the cost of one client call against a bare httpx request over the same in-process
transport (httpx.MockTransport with a canned response).

`python -m bench.runtime OUT.json SDK_DIR PYDANTIC_DIR PYDANTIC_PACKAGE` runs in a fresh
interpreter (the bench starts it) so imports and caches of other sections do not leak in.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from .common import median, timeit

ITEMS = 1000
TIME = "2024-05-01T10:{m:02d}:{s:02d}.123456Z"


def task(i: int) -> dict[str, Any]:
    """One Task as the API sends it, every field set; deterministic in `i`."""
    return {
        "id": str(1_000_000 + i),
        "cancellable": i % 2 == 0,
        "policyId": f"cdg{i:017d}",
        "type": ["BACKUP", "RETENTION", "RECOVERY"][i % 3],
        "progress": {"current": str(i % 100), "total": "100"},
        "status": ["ENQUEUED", "STARTED", "COMPLETED"][i % 3],
        "enqueuedAt": TIME.format(m=i % 60, s=0),
        "startedAt": TIME.format(m=i % 60, s=1),
        "updatedAt": TIME.format(m=i % 60, s=2),
        "completedAt": TIME.format(m=i % 60, s=3),
        "computeInstanceId": f"fhm{i:017d}",
        "resultCode": "OK",
        "error": f"error text {i}",
    }


def payload(items: int) -> bytes:
    return json.dumps({"tasks": [task(i) for i in range(items)], "nextPageToken": "t1"}).encode()


def _best(values: list[float]) -> dict[str, Any]:
    return {"median": median(values), "min": min(values), "runs": len(values)}


def measure(sdk_dir: Path, pydantic_dir: Path, pydantic_package: str) -> dict[str, Any]:
    import httpx

    sys.path[:0] = [str(sdk_dir), str(pydantic_dir)]
    ours = importlib.import_module("ycrest.backup.v1.models")
    client_mod = importlib.import_module("ycrest.backup.v1.client")
    theirs = importlib.import_module(pydantic_package)
    data = payload(ITEMS)
    parsed = json.loads(data)

    # Same answer both ways before timing anything.
    a = ours.ListTasksResponse.from_json(json.loads(data))
    b = theirs.ListTasksResponse.model_validate_json(data)
    assert len(a.tasks) == len(b.tasks) == ITEMS
    assert a.to_json() == json.loads(b.model_dump_json(exclude_none=True))

    timestamp = importlib.import_module("ycrest._runtime._codec").Timestamp.from_json
    times = [t[k] for t in parsed["tasks"] for k in t if k.endswith("At")]
    repeats, number = 15, 5
    gc.collect()
    results: dict[str, Any] = {"items": ITEMS, "payload_bytes": len(data)}
    results["decode"] = {
        "json.loads": _best(timeit(lambda: json.loads(data), repeats=repeats, number=number)),
        "ours": _best(
            timeit(
                lambda: ours.ListTasksResponse.from_json(json.loads(data)),
                repeats=repeats,
                number=number,
            )
        ),
        "pydantic": _best(
            timeit(
                lambda: theirs.ListTasksResponse.model_validate_json(data),
                repeats=repeats,
                number=number,
            )
        ),
        # Where our time goes: building the models from the parsed JSON, and within that
        # the response's timestamps decoded on their own.
        "ours_models_only": _best(
            timeit(lambda: ours.ListTasksResponse.from_json(parsed), repeats=repeats, number=number)
        ),
        "ours_timestamps_only": _best(
            timeit(lambda: [timestamp(t) for t in times], repeats=repeats, number=number)
        ),
        "timestamps": len(times),
    }
    results["encode"] = {
        "json.dumps": _best(timeit(lambda: json.dumps(parsed), repeats=repeats, number=number)),
        "ours": _best(timeit(lambda: json.dumps(a.to_json()), repeats=repeats, number=number)),
        "pydantic": _best(
            timeit(lambda: b.model_dump_json(exclude_none=True), repeats=repeats, number=number)
        ),
    }

    # Client call overhead: one small page (1 Task) through the same MockTransport.
    small = payload(1)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=small, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    bare = httpx.Client(transport=transport)
    url = "https://backup.api.cloud.yandex.net/backup/v1/resources/fhm1/tasks"

    def bare_call() -> Any:
        response = bare.get(url, params={"pageSize": "10"}, headers={"Authorization": "Bearer t"})
        response.raise_for_status()
        return response.json()

    sdk = client_mod.BackupClient(iam_token="t", http_client=transport)

    def sdk_call() -> Any:
        return sdk.resource.list_tasks(compute_instance_id="fhm1", page_size=10)

    assert bare_call()["tasks"][0]["id"] == "1000000"
    assert sdk_call().tasks[0].id == 1_000_000
    calls = 200
    results["client"] = {
        "calls_per_run": calls,
        "bare_httpx": _best(timeit(bare_call, repeats=repeats, number=calls)),
        "ours": _best(timeit(sdk_call, repeats=repeats, number=calls)),
    }
    return results


def main(argv: list[str]) -> int:
    target, sdk_dir, pydantic_dir, package = argv
    result = measure(Path(sdk_dir), Path(pydantic_dir), package)
    Path(target).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
