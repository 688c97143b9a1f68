"""The golden tree: everything `generate` renders for the fixture API in
tests/fixtures/golden_api, committed under tests/golden/tree so any change to the output
shows up in review. Run `python -m tests.golden.regenerate` (or `make golden`) after an
intended change; tests/test_golden.py fails on any difference."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator import build

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FIXTURE = Path("tests/fixtures/golden_api")  # relative to REPO: no machine paths in output
TREE = HERE / "tree"


def render_golden() -> dict[str, str]:
    """The generated files for the fixture, by path relative to the output root."""
    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        loaded = build.load(FIXTURE, jobs=1)
        if loaded.diagnostics.has_errors():
            errors = "\n".join(str(d) for d in loaded.diagnostics.errors)
            raise SystemExit(f"the golden fixture does not parse cleanly:\n{errors}")
        files = build.render(loaded, build.BuildOptions()).files
        # The runtime is copied verbatim from generator/sdk_runtime (tested there, and
        # covered by `make check` on generated/); the golden tree shows what templates make.
        return {path: text for path, text in files.items() if "/_runtime/" not in path}
    finally:
        os.chdir(cwd)


def read_tree(root: Path = TREE) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file() and not _is_cache(p.relative_to(root))
    }


def _is_cache(rel: Path) -> bool:
    return any(part.startswith(".") or part == "__pycache__" for part in rel.parts)


def write_tree(files: dict[str, str], root: Path = TREE) -> list[str]:
    """Make `root` hold exactly `files`; returns the paths that changed."""
    old = read_tree(root)  # tool caches (`.mypy_cache`, `__pycache__`) are neither read nor removed
    changed = sorted(p for p in files.keys() | old.keys() if files.get(p) != old.get(p))
    for rel in changed:
        path = root / rel
        if rel in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(files[rel], encoding="utf-8", newline="\n")
        else:
            path.unlink()
    for directory in sorted((d for d in root.rglob("*") if d.is_dir()), reverse=True):
        if not any(directory.iterdir()):
            directory.rmdir()
    return changed


def main() -> int:
    changed = write_tree(render_golden())
    for rel in changed:
        print(f"updated {TREE.relative_to(REPO) / rel}")
    print(f"{len(changed)} file(s) changed" if changed else "golden tree is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
