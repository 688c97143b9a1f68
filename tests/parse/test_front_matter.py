import math

from generator.parse.front_matter import load_front_matter


def test_yaml_11_traps_stay_strings() -> None:
    data = load_front_matter("v: [OFF, on, yes, No, 1:30, 0o12, 1_000, 2024-01-01, y]")
    assert data == {"v": ["OFF", "on", "yes", "No", "1:30", "0o12", "1_000", "2024-01-01", "y"]}


def test_core_schema_scalars() -> None:
    data = load_front_matter("v: [true, False, 12, -3, 012, 0x1f, 1.5, 1e3, ~, null, .inf]")
    assert data["v"][:9] == [True, False, 12, -3, 12, 31, 1.5, 1000.0, None]
    assert data["v"][9] is None and math.isinf(data["v"][10])


def test_quoted_patterns_and_escapes() -> None:
    data = load_front_matter("a: '[a-z][-_./\\@0-9a-z]*'\nb: 'it''s'\nc: \"x\\_y\\\\z\"\n")
    assert data == {"a": "[a-z][-_./\\@0-9a-z]*", "b": "it's", "c": "x\u00a0y\\z"}


def test_libyaml_and_pure_python_loaders_agree_on_the_corpus() -> None:
    from pathlib import Path

    import pytest
    import yaml

    from generator.parse.front_matter import FrontMatterLoader, _core_schema_resolvers
    from generator.parse.source import split_source

    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "yc-docs"
    if not corpus.is_dir():
        pytest.skip(f"docs corpus not found at {corpus}")

    class Pure(yaml.SafeLoader):
        pass

    Pure.yaml_implicit_resolvers = _core_schema_resolvers()
    Pure.add_constructor(
        "tag:yaml.org,2002:int", FrontMatterLoader.yaml_constructors["tag:yaml.org,2002:int"]
    )
    from generator.diagnostics import Diagnostics

    for page in sorted(corpus.rglob("*.md")):
        source = split_source(page.read_bytes(), str(page), Diagnostics())
        assert source is not None
        fast = yaml.load(source.front_matter, Loader=FrontMatterLoader)
        slow = yaml.load(source.front_matter, Loader=Pure)
        assert fast == slow, page
