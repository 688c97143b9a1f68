"""The generated tree for the fixture API matches the committed golden tree byte for byte.

After an intended change to the output: `python -m tests.golden.regenerate` (`make golden`)."""

from __future__ import annotations

import difflib

from tests.golden.regenerate import read_tree, render_golden


def test_golden_tree_is_up_to_date() -> None:
    expected = read_tree()
    assert expected, "tests/golden/tree is empty: run `python -m tests.golden.regenerate`"
    actual = render_golden()
    problems: list[str] = []
    for path in sorted(expected.keys() - actual.keys()):
        problems.append(f"no longer generated: {path}")
    for path in sorted(actual.keys() - expected.keys()):
        problems.append(f"new file, not in the golden tree: {path}")
    for path in sorted(expected.keys() & actual.keys()):
        if expected[path] != actual[path]:
            diff = difflib.unified_diff(
                expected[path].splitlines(keepends=True),
                actual[path].splitlines(keepends=True),
                f"golden/{path}",
                f"generated/{path}",
                n=2,
            )
            problems.append("".join(list(diff)[:60]))
    assert not problems, "generated output differs from tests/golden/tree " + (
        "(run `python -m tests.golden.regenerate` if intended):\n" + "\n".join(problems)
    )


def test_golden_tree_is_black_formatted() -> None:
    import subprocess
    import sys
    from pathlib import Path

    tree = Path(__file__).resolve().parent / "golden" / "tree" / "python"
    black = Path(sys.executable).parent / "black"
    result = subprocess.run(
        [str(black), "--check", "--line-length=100", "--target-version=py311", str(tree)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
