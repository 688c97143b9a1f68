"""Where the corpus is, and whether a conformance run is possible here. Imports nothing
from the SDK, so it is safe to use before deciding to skip."""

from __future__ import annotations

import importlib.util
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "yc-docs"


def skip_reason() -> str | None:
    """Why the conformance run cannot happen here, or None."""
    if not CORPUS.is_dir():
        return f"corpus not found at {CORPUS}"
    for module in ("yandex.cloud.validation_pb2", "google.api.annotations_pb2"):
        try:
            found = importlib.util.find_spec(module) is not None
        except ImportError:
            found = False
        if not found:
            return f"the yandexcloud SDK is not importable (no {module})"
    return None
