"""The page-level incremental build (parsed_tree.py, incremental.py, the build's caches),
with the real parser, merge and renderers on small fixture APIs. Counters, not timing,
prove what a run did again."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import build
from generator import cache as cache_mod
from generator.build import BuildOptions, BuildResult
from generator.cache import Cache
from generator.cli import main
from generator.parsed_tree import ParsedTree, parse_tree
from generator.pipeline import LoadResult, load_apis

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/golden_api/en/_api-ref/example/v1/api-ref/Widget"
APIS = ("alpha", "beta", "gamma")
FINGERPRINT = "test-generator-1"
EDITED = "alpha/v1/api-ref/Widget/get.md"


def make_docs(root: Path, apis: tuple[str, ...] = APIS) -> Path:
    """Three APIs (yandex.cloud.{alpha,beta,gamma}.v1), each the golden fixture's pages with
    the package renamed."""
    for name in apis:
        for page in sorted(FIXTURE.glob("*.md")):
            text = page.read_text(encoding="utf-8").replace(
                "yandex.cloud.example.", f"yandex.cloud.{name}."
            )
            target = root / name / "v1/api-ref/Widget" / page.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return root


def edit(docs: Path, rel: str = EDITED, old: str = "Returns the specified widget.") -> None:
    page = docs / rel
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, f"{old} Edited."), encoding="utf-8")


def run(
    docs: Path, cache_dir: Path | None, fingerprint: str = FINGERPRINT
) -> tuple[LoadResult, BuildResult]:
    """One build as `generate` does it: load through the cache, render through the cache."""
    cache = Cache(cache_dir)
    loaded = load_apis(docs, jobs=1, cache=cache, fingerprint=fingerprint)
    result = build.render(loaded, BuildOptions(), cache=cache, jobs=1, fingerprint=fingerprint)
    return loaded, result


def shown(docs: Path, rel: str) -> str:
    return (docs / rel).as_posix()


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return make_docs(tmp_path / "docs")


def test_a_cold_run_parses_merges_and_renders_everything(docs: Path, tmp_path: Path) -> None:
    loaded, result = run(docs, tmp_path / "cache")
    assert len(loaded.parsed) == 15
    assert loaded.merged == [f"yandex.cloud.{n}.v1" for n in APIS]
    assert result.rendered == loaded.merged
    assert result.shared_rendered
    assert not loaded.diagnostics.has_errors()


def test_an_edited_page_is_parsed_merged_and_rendered_again_and_nothing_else(
    docs: Path, tmp_path: Path
) -> None:
    run(docs, tmp_path / "cache")
    edit(docs)
    loaded, result = run(docs, tmp_path / "cache")
    assert loaded.parsed == [shown(docs, EDITED)]
    assert loaded.merged == ["yandex.cloud.alpha.v1"]
    assert result.rendered == ["yandex.cloud.alpha.v1"]
    assert not result.shared_rendered
    assert (
        "Returns the specified widget. Edited."
        in result.files["openapi/yandex.cloud.alpha.v1.yaml"]
    )
    _, cold = run(docs, None)
    assert result.files == cold.files


def test_an_unchanged_tree_parses_merges_and_renders_nothing(docs: Path, tmp_path: Path) -> None:
    _, first = run(docs, tmp_path / "cache")
    loaded, result = run(docs, tmp_path / "cache")
    assert (loaded.parsed, loaded.merged, result.rendered) == ([], [], [])
    assert result.files == first.files
    assert [str(d) for d in loaded.diagnostics] == [str(d) for d in load_apis(docs).diagnostics]


def test_ten_pages_in_three_apis(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "cache")
    edited = [f"{n}/v1/api-ref/Widget/{p}" for n in ("alpha", "gamma") for p in ("get.md",)]
    for rel in edited:
        edit(docs, rel)
    loaded, result = run(docs, tmp_path / "cache")
    assert sorted(loaded.parsed) == sorted(shown(docs, r) for r in edited)
    assert loaded.merged == result.rendered == ["yandex.cloud.alpha.v1", "yandex.cloud.gamma.v1"]


def test_a_new_page_and_a_removed_page_merge_their_apis_again(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "cache")
    (docs / "beta/v1/api-ref/Widget/forget.md").unlink()
    extra = docs / "gamma/v1/api-ref/Other/get.md"
    extra.parent.mkdir(parents=True)
    extra.write_text(
        (docs / "gamma/v1/api-ref/Widget/get.md")
        .read_text(encoding="utf-8")
        .replace("REST: Widget.Get", "REST: Other.Get"),
        encoding="utf-8",
    )
    loaded, result = run(docs, tmp_path / "cache")
    assert loaded.parsed == [extra.as_posix()]
    assert loaded.merged == ["yandex.cloud.beta.v1", "yandex.cloud.gamma.v1"]
    assert "Other" in loaded.apis["yandex.cloud.gamma.v1"].services
    assert "Forget" not in [m.name for m in loaded.apis["yandex.cloud.beta.v1"].methods()]
    _, cold = run(docs, None)
    assert result.files == cold.files


def test_a_vote_that_moves_a_folder_merges_both_apis_again(docs: Path, tmp_path: Path) -> None:
    """Pages of one folder share a package: when the folder's majority changes, the API it
    leaves and the API it joins are both merged again."""
    run(docs, tmp_path / "cache")
    folder = docs / "beta/v1/api-ref/Widget"
    for page in folder.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        page.write_text(
            text.replace("yandex.cloud.beta.", "yandex.cloud.alpha2."), encoding="utf-8"
        )
    loaded, result = run(docs, tmp_path / "cache")
    assert loaded.merged == ["yandex.cloud.alpha2.v1"]
    assert "yandex.cloud.beta.v1" not in loaded.apis
    _, cold = run(docs, None)
    assert result.files == cold.files


def corrupt(cache_dir: Path, how: str) -> int:
    entries = [p for p in cache_dir.rglob("*") if p.is_file() and p.suffix in (".bin", ".json")]
    for entry in entries:
        data = entry.read_bytes()
        if how == "truncate":
            entry.write_bytes(data[: len(data) // 2])
        elif how == "garbage":
            entry.write_bytes(b"\x80\x04garbage" * 7)
        elif how == "flip":  # one byte of the payload changed: the checksum no longer holds
            entry.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    return len(entries)


@pytest.mark.parametrize("how", ["truncate", "garbage", "flip"])
def test_a_corrupt_cache_is_ignored_and_rebuilt(docs: Path, tmp_path: Path, how: str) -> None:
    cold_loaded, cold = run(docs, None)
    run(docs, tmp_path / "cache")
    assert corrupt(tmp_path / "cache", how) > 20
    loaded, result = run(docs, tmp_path / "cache")
    assert result.files == cold.files
    assert len(loaded.parsed) == 15  # nothing trusted
    assert list(loaded.diagnostics) == list(cold_loaded.diagnostics)
    again, _ = run(docs, tmp_path / "cache")  # and rebuilt
    assert (again.parsed, again.merged) == ([], [])


def test_a_foreign_entry_with_a_valid_checksum_is_ignored(docs: Path, tmp_path: Path) -> None:
    _, cold = run(docs, None)
    run(docs, tmp_path / "cache")
    cache = Cache(tmp_path / "cache")
    for kind in ("pages", "merged"):
        for entry in (tmp_path / "cache" / kind).glob("*.bin"):
            cache.put_object(kind, entry.stem, {"not": "a page"})
    for kind in ("trees", "apis"):  # so that the run needs the pages and merged APIs
        shutil.rmtree(tmp_path / "cache" / kind)
    loaded, result = run(docs, tmp_path / "cache")
    assert len(loaded.parsed) == 15
    assert len(loaded.merged) == 3
    assert result.files == cold.files


def test_a_lost_merged_entry_is_merged_again_when_needed(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "cache")
    for entry in (tmp_path / "cache/merged").glob("*.bin"):
        entry.write_bytes(b"")
    shutil.rmtree(tmp_path / "cache/apis")  # so that the render needs the merged APIs
    loaded, result = run(docs, tmp_path / "cache")
    assert loaded.parsed == []  # pages come from the page cache
    assert loaded.merged == [f"yandex.cloud.{n}.v1" for n in APIS]
    assert result.files == run(docs, None)[1].files


def test_a_cache_of_another_generator_version_is_not_used(docs: Path, tmp_path: Path) -> None:
    run(docs, tmp_path / "cache", fingerprint="generator-A")
    loaded, result = run(docs, tmp_path / "cache", fingerprint="generator-B")
    assert len(loaded.parsed) == 15
    assert len(result.rendered) == 3 and result.shared_rendered
    back, _ = run(docs, tmp_path / "cache", fingerprint="generator-A")
    assert back.parsed == []


def test_the_real_fingerprint_is_part_of_every_key(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`generate` with the fingerprint it computes itself: a changed generator reparses."""
    out = tmp_path / "out"
    argv = ["generate", str(docs), "-o", str(out), "--cache-dir", str(tmp_path / "cache"), "-q"]
    assert main(argv) == 0
    monkeypatch.setattr("generator.cli.fingerprint", lambda: "another generator")
    parsed: list[list[str]] = []
    real = load_apis

    def spy(*args: object, **kwargs: object) -> LoadResult:
        loaded = real(*args, **kwargs)  # type: ignore[arg-type]
        parsed.append(loaded.parsed)
        return loaded

    monkeypatch.setattr("generator.pipeline.load_apis", spy)
    assert main(argv) == 0
    assert len(parsed[0]) == 15


def test_warm_output_is_byte_identical_to_a_cold_run(docs: Path, tmp_path: Path) -> None:
    cache_args = ["--cache-dir", str(tmp_path / "cache")]
    assert main(["generate", str(docs), "-o", str(tmp_path / "warm"), *cache_args, "-q"]) == 0
    edit(docs)
    edit(docs, "beta/v1/api-ref/Widget/list.md", "Retrieves the list of widgets")
    assert main(["generate", str(docs), "-o", str(tmp_path / "warm"), *cache_args, "-q"]) == 0
    assert main(["generate", str(docs), "-o", str(tmp_path / "cold"), "--no-cache", "-q"]) == 0
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "cold")


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_two_concurrent_runs_on_one_cache_each_end_with_correct_output(
    docs: Path, tmp_path: Path
) -> None:
    assert main(["generate", str(docs), "-o", str(tmp_path / "cold"), "--no-cache", "-q"]) == 0
    expected = tree_bytes(tmp_path / "cold")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def start(out: str) -> subprocess.Popen[str]:
        argv = ["generate", str(docs), "-o", str(tmp_path / out), "--cache-dir", "cache", "-q"]
        return subprocess.Popen(
            [sys.executable, "-m", "generator", *argv],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    for round_ in range(2):  # a cold cache, then a warm one after an edit
        runs = [start(f"out{round_}-{i}") for i in range(2)]
        for i, process in enumerate(runs):
            _, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
            assert tree_bytes(tmp_path / f"out{round_}-{i}") == expected
        edit(docs, "gamma/v1/api-ref/Widget/rotate.md", "Rotates the key of the specified widget.")
        assert main(["generate", str(docs), "-o", str(tmp_path / "cold"), "--no-cache", "-q"]) == 0
        expected = tree_bytes(tmp_path / "cold")
    leftovers = [p for p in (tmp_path / "cache").rglob(".tmp-*")]
    assert leftovers == []


def test_parse_tree_returns_every_page_through_the_cache(docs: Path, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "cache")
    cold = parse_tree(docs)
    warm_first = parse_tree(docs, cache=cache, fingerprint=FINGERPRINT)
    tree = ParsedTree.scan(docs, cache, FINGERPRINT)
    warm = tree.load(tree.files)
    assert tree.parsed == [] and tree.from_cache == 15
    assert [r.shown_as for r in cold] == sorted(p.as_posix() for p in docs.rglob("*.md"))
    for results in (warm_first, warm):
        assert [(r.shown_as, r.page, r.diagnostics) for r in results] == [
            (r.shown_as, r.page, r.diagnostics) for r in cold
        ]


def test_a_copy_of_the_tree_elsewhere_is_served_by_the_same_page_entries(
    docs: Path, tmp_path: Path
) -> None:
    """A page's entry leaves out the path it was shown as: a copy of the tree (the other side
    of a `diff`, another checkout) reads its unchanged pages back under its own paths."""
    cache = Cache(tmp_path / "cache")
    load_apis(docs, jobs=1, cache=cache, fingerprint=FINGERPRINT)
    copy = tmp_path / "copy"
    shutil.copytree(docs, copy)
    edit(copy)
    warm = load_apis(copy, jobs=1, cache=cache, fingerprint=FINGERPRINT)
    assert warm.parsed == [shown(copy, EDITED)]
    cold = load_apis(copy, jobs=1)
    assert dict(warm.apis) == dict(cold.apis)
    assert list(warm.diagnostics) == list(cold.diagnostics)
    assert docs.as_posix().encode() not in pickle.dumps(dict(warm.apis))


def _page_files() -> list[tuple[Path, str]]:
    """Every page of the corpus (when present) and of the fixtures, broken ones included,
    with its name within its tree."""
    roots = [ROOT / "tests/fixtures", ROOT.parent / "shared/corpus/yc-docs"]
    return [(p, p.relative_to(r).as_posix()) for r in roots if r.is_dir() for p in r.rglob("*.md")]


def test_an_unnamed_page_reads_back_as_the_page_parsed_under_its_new_name() -> None:
    from generator.diagnostics import Diagnostics
    from generator.parse.page import parse_page_bytes
    from generator.pickling import dumps_unnamed, loads_named

    checked = 0
    for file, name in _page_files():
        data = file.read_bytes()
        parsed = {}
        for shown_as in (f"docs/{name}", f"elsewhere/copy/{name}"):
            found = Diagnostics()
            parsed[shown_as] = (parse_page_bytes(data, shown_as, found), list(found))
        blob = dumps_unnamed(parsed[f"docs/{name}"], f"docs/{name}")
        assert b"docs/" + name.encode() not in blob, name
        back = loads_named(blob, f"elsewhere/copy/{name}")
        assert back == parsed[f"elsewhere/copy/{name}"], name
        checked += 1
    assert checked > 20


def test_page_keys_follow_bytes_path_and_generator(docs: Path) -> None:
    page = docs / EDITED
    sha = cache_mod.file_sha256(page)
    from generator.parsed_tree import page_key

    key = page_key(sha, page.as_posix(), "g1")
    assert page_key(sha, page.as_posix(), "g2") != key
    assert page_key(sha, "elsewhere/get.md", "g1") != key
    edit(docs)
    assert page_key(cache_mod.file_sha256(page), page.as_posix(), "g1") != key


def test_a_corrupt_render_entry_is_rendered_again_when_its_files_are_written(
    docs: Path, tmp_path: Path
) -> None:
    """The files of a cached API are read from the cache only to be written; when that
    entry is bad, the API is rendered again and the output is still right."""
    cache_args = ["--cache-dir", str(tmp_path / "cache"), "-q"]
    out = tmp_path / "out"
    assert main(["generate", str(docs), "-o", str(out), *cache_args]) == 0
    expected = tree_bytes(out)
    shutil.rmtree(out / "python/ycrest/beta")
    edit(docs)  # a real build (not the no-op shortcut) with beta.v1 from the cache
    cache = Cache(tmp_path / "cache")
    for entry in (tmp_path / "cache/apis").glob("*.bin"):
        files = cache.get_api(entry.stem)
        assert files is not None
        if "python/ycrest/beta/v1/models.py" in files:  # foreign, with a valid checksum
            cache.put_api(entry.stem, dict.fromkeys(files, "stale"))
        else:
            entry.write_bytes(entry.read_bytes()[:-9])  # truncated
    assert main(["generate", str(docs), "-o", str(out), *cache_args]) == 0
    cold = tmp_path / "cold"
    assert main(["generate", str(docs), "-o", str(cold), "--no-cache", "-q"]) == 0
    assert tree_bytes(out) == tree_bytes(cold)
    assert tree_bytes(out) != expected  # alpha.v1 changed


def test_recorded_hashes_that_no_rendering_matches_are_dropped(
    docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache_args = ["--cache-dir", str(tmp_path / "cache"), "-q"]
    out = tmp_path / "out"
    assert main(["generate", str(docs), "-o", str(out), *cache_args]) == 0
    cache = Cache(tmp_path / "cache")
    for entry in (tmp_path / "cache/sums").glob("*.bin"):
        sums = cache.get_sums(entry.stem)
        assert sums is not None
        cache.put_sums(entry.stem, dict.fromkeys(sums, "0" * 64))
    edit(docs)
    capsys.readouterr()
    assert main(["generate", str(docs), "-o", str(out), *cache_args]) == 1
    assert "they are removed from the cache, run again" in capsys.readouterr().err
    assert main(["generate", str(docs), "-o", str(out), *cache_args]) == 0
    cold = tmp_path / "cold"
    assert main(["generate", str(docs), "-o", str(cold), "--no-cache", "-q"]) == 0
    assert tree_bytes(out) == tree_bytes(cold)


def test_a_page_edited_during_the_run_is_not_cached_under_its_old_key(
    docs: Path, tmp_path: Path
) -> None:
    cache = Cache(tmp_path / "cache")
    tree = ParsedTree.scan(docs, cache, FINGERPRINT)
    edit(docs)  # after the scan hashed it, before it is parsed
    results = {r.shown_as: r for r in tree.load(tree.files)}
    assert tree.unstable
    page = results[shown(docs, EDITED)].page
    assert page is not None and "Edited." in page.method.description
    stale = next(f for f in tree.files if f.shown_as == shown(docs, EDITED))
    assert stale.key is not None and cache.get_object("pages", stale.key) is None


def test_apis_rendered_and_stored_by_worker_processes(tmp_path: Path) -> None:
    """Enough APIs for the process pool: the workers store what they render, and a warm
    run after an edit gives a cold run's bytes."""
    docs = make_docs(tmp_path / "docs", ("alpha", "beta", "gamma", "delta", "epsilon"))
    argv = ["--cache-dir", str(tmp_path / "cache"), "-q", "-j", "2"]
    assert main(["generate", str(docs), "-o", str(tmp_path / "warm"), *argv]) == 0
    assert len(list((tmp_path / "cache/sums").glob("*.bin"))) >= 5
    edit(docs)
    assert main(["generate", str(docs), "-o", str(tmp_path / "warm"), *argv]) == 0
    assert main(["generate", str(docs), "-o", str(tmp_path / "cold"), "--no-cache", "-q"]) == 0
    assert tree_bytes(tmp_path / "warm") == tree_bytes(tmp_path / "cold")


def test_a_folder_where_no_page_names_a_package_ends_as_in_a_cold_run(
    docs: Path, tmp_path: Path
) -> None:
    """Pages whose folder has no vote are settled by the merge's own rule on every run; an
    incremental run reports and builds what a cold run does."""
    lone = docs / "lone/v1/api-ref/Widget/forget.md"
    lone.parent.mkdir(parents=True)
    lone.write_text((FIXTURE / "forget.md").read_text(encoding="utf-8"), encoding="utf-8")
    cold_loaded, cold = run(docs, None)
    for _ in range(2):  # cold cache, then warm
        loaded, result = run(docs, tmp_path / "cache")
        assert [str(d) for d in loaded.diagnostics] == [str(d) for d in cold_loaded.diagnostics]
        assert list(loaded.apis) == list(cold_loaded.apis)
        assert result.files == cold.files
    edit(docs, "lone/v1/api-ref/Widget/forget.md", "Forgets the cached state of a widget.")
    cold_loaded, cold = run(docs, None)
    loaded, result = run(docs, tmp_path / "cache")
    assert [str(d) for d in loaded.diagnostics] == [str(d) for d in cold_loaded.diagnostics]
    assert result.files == cold.files


CORPUS = ROOT.parent / "shared" / "corpus" / "yc-docs"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"docs corpus not found at {CORPUS}")
def test_the_merge_plan_settles_packages_as_the_merge_does_on_the_corpus() -> None:
    from generator.diagnostics import Diagnostics
    from generator.merge import assign_packages, package_vote, settle_packages

    pages = [r.page for r in parse_tree(CORPUS, jobs=2) if r.page is not None]
    planned = settle_packages({p.path: package_vote(p) for p in pages})
    settled = assign_packages(pages, Diagnostics())
    assert {p.path: p.package for p in settled} == {
        path: package for path, package in planned.items() if package is not None
    }
