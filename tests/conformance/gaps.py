"""known_gaps.yaml: the disagreements we have explained, grouped by cause.

    - cause: docs-gap
      reason: "no corpus page shows the field"
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

# Why a disagreement exists. All but "parser" are outside the parser's reach: such explained
# disagreements are left out of the threshold scores (the raw scores keep them).
CAUSES = {
    "docs-gap": "the docs do not show what the SDK has",
    "version-skew": "the docs and the SDK release state different things",
    "synthetic-name": "the docs never name it; the parser's made-up name differs",
    "parser": "ours: the parser gets it wrong (to fix)",
}
EXTERNAL_CAUSES = frozenset(CAUSES) - {"parser"}


@dataclass(frozen=True, slots=True)
class KnownGap:
    disagreement: Disagreement
    reason: str
    cause: str

    @property
    def external(self) -> bool:
        return self.cause in EXTERNAL_CAUSES


def load_gaps(path: Path = GAPS_FILE) -> list[KnownGap]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    gaps: list[KnownGap] = []
    for group in data or []:
        reason = str(group.get("reason") or "").strip()
        cause = str(group.get("cause") or "")
        if not reason or cause not in CAUSES:
            raise ValueError(f"{path}: each group needs a reason and a cause in {sorted(CAUSES)}")
        for item in group.get("items") or []:
            values = {key: "" if item.get(key) is None else str(item[key]) for key in _KEYS}
            gaps.append(KnownGap(Disagreement(**values), reason, cause))
    return gaps


@dataclass(frozen=True, slots=True)
class GapCheck:
    unexplained: list[Disagreement]  # occur, not listed
    stale: list[KnownGap]  # listed, no longer occur
    explained: int
    external: list[Disagreement]  # occur, explained by a cause outside the parser


def check_gaps(found: list[Disagreement], gaps: list[KnownGap]) -> GapCheck:
    listed = {g.disagreement for g in gaps}
    occurring = set(found)
    return GapCheck(
        unexplained=sorted(d for d in occurring if d not in listed),
        stale=[g for g in gaps if g.disagreement not in occurring],
        explained=len(occurring & listed),
        external=sorted(g.disagreement for g in gaps if g.external and g.disagreement in occurring),
    )


def to_yaml_items(disagreements: list[Disagreement]) -> str:
    """YAML `items:` entries for disagreements, to paste into known_gaps.yaml under a reason."""
    items = [d.as_dict() for d in disagreements]
    return str(yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=200))
