"""known_gaps.yaml: the disagreements we have explained, grouped by cause.

    - reason: "docs gap: no corpus page shows the field"
      items:
        - {kind: field-missing-in-docs, package: ..., subject: ..., field: ..., docs: ..., sdk: ...}

Every item must still occur (no stale entries); every disagreement must be listed or fixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .compare import Disagreement

GAPS_FILE = Path(__file__).with_name("known_gaps.yaml")
_KEYS = ("kind", "package", "subject", "field", "docs", "sdk")


@dataclass(frozen=True, slots=True)
class KnownGap:
    disagreement: Disagreement
    reason: str


def load_gaps(path: Path = GAPS_FILE) -> list[KnownGap]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    gaps: list[KnownGap] = []
    for group in data or []:
        reason = str(group["reason"]).strip()
        if not reason:
            raise ValueError(f"{path}: a group without a reason")
        for item in group.get("items") or []:
            values = {key: "" if item.get(key) is None else str(item[key]) for key in _KEYS}
            gaps.append(KnownGap(Disagreement(**values), reason))
    return gaps


@dataclass(frozen=True, slots=True)
class GapCheck:
    unexplained: list[Disagreement]  # occur, not listed
    stale: list[KnownGap]  # listed, no longer occur
    explained: int


def check_gaps(found: list[Disagreement], gaps: list[KnownGap]) -> GapCheck:
    listed = {g.disagreement for g in gaps}
    occurring = set(found)
    return GapCheck(
        unexplained=sorted(d for d in occurring if d not in listed),
        stale=[g for g in gaps if g.disagreement not in occurring],
        explained=len(occurring & listed),
    )


def to_yaml_items(disagreements: list[Disagreement]) -> str:
    """YAML `items:` entries for disagreements, to paste into known_gaps.yaml under a reason."""
    items = [d.as_dict() for d in disagreements]
    return str(yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=200))
