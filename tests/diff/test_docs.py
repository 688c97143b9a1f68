"""docs/diff-rules.md shows the rule table as generator/diff/rules.py defines it."""

from __future__ import annotations

from pathlib import Path

from generator.diff.rules import RULES, markdown_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "diff-rules.md"


def test_the_rules_table_in_the_docs_is_current() -> None:
    text = DOC.read_text(encoding="utf-8")
    marker = "<!-- rules-table:"
    table = text[text.index("\n", text.index(marker)) + 1 :]
    assert table == markdown_table()


def test_rule_ids_are_stable_kebab_case() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule_id == rule_id.lower() and " " not in rule_id
        assert rule.reason and "\n" not in rule.reason
