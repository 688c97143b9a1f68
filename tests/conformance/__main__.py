"""`python -m tests.conformance [--yaml]`: print the score table and the disagreements;
with --yaml, the unexplained ones as known_gaps.yaml items."""

from __future__ import annotations

import sys

from .env import skip_reason


def main(argv: list[str]) -> int:
    reason = skip_reason()
    if reason is not None:
        print(f"conformance skipped: {reason}", file=sys.stderr)
        return 2
    from .gaps import to_yaml_items
    from .run import render, run

    report, gaps = run()
    if "--yaml" in argv:
        print(to_yaml_items(gaps.unexplained), end="")
        return 0
    print(render(report, gaps))
    return 1 if gaps.unexplained or gaps.stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
