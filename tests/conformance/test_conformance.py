"""The model built from the whole corpus against the SDK descriptors.

Fails when a score drops below its threshold, when a disagreement is neither fixed nor
explained in known_gaps.yaml, or when an entry there no longer occurs. The score table is
printed in the pytest terminal summary (see conftest.py) and by `python -m tests.conformance`.
"""

from __future__ import annotations

import pytest

from .env import skip_reason

_reason = skip_reason()
if _reason is not None:
    pytest.skip(_reason, allow_module_level=True)

from . import compare as c
from .gaps import GAPS_FILE, load_gaps
from .run import run

# On the scores without the disagreements explained by causes outside the parser (docs gaps,
# docs/SDK version skew, synthetic names): these measure the parser.
#
# Constraints: the raw score is low (about a third) because most pages print no validation
# sentence for most fields the SDK validates; that measures the docs, not the parser, so only
# the score without those explained gaps has a threshold. About 85 (field, constraint kind)
# pairs remain once they are left out: 95% tolerates up to 4 wrong ones (say, a docs update
# bringing a sentence form the parser has yet to learn, while it is being listed as `parser`),
# and fails from 5. Every disagreement must be explained anyway
# (test_every_disagreement_is_explained). The other rows are held at 100%: every remaining
# disagreement there is explained by the docs or the SDK release.
THRESHOLDS = {
    c.METHODS: 100.0,
    c.FIELD_NAMES: 100.0,
    c.TYPES: 100.0,
    c.ENUM_VALUES: 100.0,
    c.REQUIRED: 100.0,
    c.CONSTRAINTS: 95.0,
}


def test_something_was_compared() -> None:
    report, _ = run()
    assert report.scores[c.METHODS].total > 0
    assert report.scores[c.FIELD_NAMES].total > 0


@pytest.mark.parametrize("row", sorted(THRESHOLDS))
def test_score_threshold(row: str) -> None:
    report, gaps = run()
    tally = report.adjusted(gaps.external)[row]
    assert (
        tally.percent >= THRESHOLDS[row]
    ), f"{row}: {tally.agree}/{tally.total} = {tally.percent:.2f}% < {THRESHOLDS[row]}%"


def test_every_disagreement_is_explained() -> None:
    _, gaps = run()
    lines = [
        f"{d.kind} {d.package} {d.subject} {d.field or '-'}: docs={d.docs!r} sdk={d.sdk!r}"
        for d in gaps.unexplained
    ]
    assert not lines, (
        f"{len(lines)} disagreements neither fixed nor listed in {GAPS_FILE.name} "
        "(`python -m tests.conformance --yaml` prints them as entries):\n" + "\n".join(lines)
    )


def test_no_stale_known_gaps() -> None:
    _, gaps = run()
    stale = [f"{g.disagreement} ({g.reason})" for g in gaps.stale]
    assert not stale, f"entries in {GAPS_FILE.name} that no longer occur:\n" + "\n".join(stale)


def test_known_gaps_are_unique_and_reasoned() -> None:
    gaps = load_gaps()
    keys = [g.disagreement for g in gaps]
    assert len(keys) == len(set(keys)), "duplicate entries in known_gaps.yaml"
    assert all(g.reason for g in gaps)
