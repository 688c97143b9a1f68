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
