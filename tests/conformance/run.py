"""One comparison run over the shared corpus, cached per process (the pytest summary hook and
the tests share it)."""

from __future__ import annotations

import functools
from collections import Counter

from .compare import Report, compare
from .env import CORPUS
from .gaps import GapCheck, check_gaps, load_gaps


@functools.cache
def run() -> tuple[Report, GapCheck]:
    from generator.pipeline import load_apis

    from .sdk_truth import SdkTruth

    result = load_apis(CORPUS)
    report = compare(result.apis, SdkTruth())
    return report, check_gaps(report.disagreements, load_gaps())


def render(report: Report, gaps: GapCheck, *, details: bool = True) -> str:
    lines = [
        "SDK conformance (docs model vs yandexcloud descriptors); `w/o ext.` leaves out the",
        "disagreements known_gaps.yaml explains by a cause outside the parser",
        report.table(gaps.external),
    ]
    by_kind = Counter(d.kind for d in report.disagreements)
    lines.append(
        f"disagreements: {len(report.disagreements)} "
        f"({gaps.explained} explained in known_gaps.yaml, {len(gaps.unexplained)} unexplained, "
        f"{len(gaps.stale)} stale entries)"
    )
    lines.extend(f"  {kind}: {n}" for kind, n in sorted(by_kind.items()))
    if details:
        for d in gaps.unexplained:
            lines.append(
                f"  UNEXPLAINED {d.kind} {d.package} {d.subject} {d.field or '-'}: "
                f"docs={d.docs!r} sdk={d.sdk!r}"
            )
        for g in gaps.stale:
            d = g.disagreement
            lines.append(f"  STALE {d.kind} {d.subject} {d.field or '-'} ({g.reason})")
    return "\n".join(lines)
