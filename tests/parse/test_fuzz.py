"""Mangled pages never crash the parser: every outcome is a model or diagnostics."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Diagnostics
from generator.parse.page import parse_page_bytes

from .pages import GOOD

LINES = GOOD.split("\n")
SNIPPETS = ["|#", "#|", "||", "|", "`", "```", "**", "{#", "}", "---", "- `X`", "\\", ":", "'", '"']


@st.composite
def mangled(draw: st.DrawFn) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "insert", "cut"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "insert":
            text = draw(st.sampled_from(SNIPPETS)) + draw(st.text(max_size=8))
            lines.insert(i, text)
        else:
            j = draw(st.integers(0, max(0, len(lines[i]))))
            lines[i] = lines[i][:j] + draw(st.sampled_from(SNIPPETS))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        k = draw(st.integers(0, len(data)))
        data = data[:k]
    return data


@settings(max_examples=300, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mangled())
def test_mangled_pages_give_a_model_or_diagnostics(data: bytes) -> None:
    diagnostics = Diagnostics()
    page = parse_page_bytes(data, "w/Widget/apply.md", diagnostics)
    if page is None:
        assert diagnostics.has_errors()
    for d in diagnostics:
        assert re.fullmatch(r"w/Widget/apply\.md:\d+: (error|warning): .+", str(d), re.DOTALL)
