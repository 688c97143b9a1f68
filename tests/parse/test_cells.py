from generator.diagnostics import Diagnostics
from generator.model import Field
from generator.parse.cells import analyze, oneof_members, parse_constraints
from generator.parse.page import parse_page_bytes

from .pages import replace


def test_required_in_both_wordings() -> None:
    assert analyze("Required field. Policy ID.", expect_enum=False).required
    assert analyze("ID.\nThis field is required.", expect_enum=False).required
    assert not analyze("Container of resources. (Required)", expect_enum=False).required


def test_deprecated_and_oneof() -> None:
    facts = analyze(
        "Old.\nDeprecated.\n\nIncludes only one of the fields `a`, `b`, `c`.", expect_enum=False
    )
    assert facts.deprecated
    assert facts.oneof == ["a", "b", "c"]
    assert oneof_members("Includes only one of the fields `only`.") == ["only"]


def test_constraints_of_both_generations() -> None:
    assert parse_constraints("The maximum string length in characters is 50.").max_length == 50
    assert parse_constraints("The length must be less than or equal to 50.").max_length == 50
    c = parse_constraints("The string length in characters must be 3-63.")
    assert (c.min_length, c.max_length) == (3, 63)
    c = parse_constraints("Acceptable values are 0 to 1000, inclusive.")
    assert (c.minimum, c.maximum) == (0, 1000)
    assert parse_constraints("Value must be greater than 0.").exclusive_minimum == 0
    c = parse_constraints("The value must be between 4194304 and 28587302322176.")
    assert (c.minimum, c.maximum) == (4194304, 28587302322176)
    assert parse_constraints("Must contain at least one element.").min_items == 1
    assert (
        parse_constraints("The number of elements must be less than or equal to 64.").max_items
        == 64
    )
    assert parse_constraints("The value must satisfy: 1s-24h.").notes == ["1s-24h"]


def test_map_key_and_value_rules() -> None:
    c = parse_constraints(
        "Each map key must match the regular expression: `[a-z][-_./\\\\@0-9a-z]*`.\n"
        "Each map value must match the regular expression: `[-_./\\\\@0-9a-z]*`.\n"
        "The length of each map key must be between 1 and 63.\n"
        "The length of each map value must be less than or equal to 63."
    )
    assert c.key_pattern == "[a-z][-_./\\\\@0-9a-z]*"
    assert c.pattern == "[-_./\\\\@0-9a-z]*"
    assert (c.key_min_length, c.key_max_length, c.max_length) == (1, 63, 63)


def test_pattern_in_triple_backticks_keeps_its_pipe() -> None:
    c = parse_constraints(
        "The value must match the regular expression: ```|[a-z]([-_a-z0-9]{0,61})?```."
    )
    assert c.pattern == "|[a-z]([-_a-z0-9]{0,61})?"


def test_enum_values_with_multi_paragraph_descriptions() -> None:
    facts = analyze(
        "Scheme.\n\n- `SIMPLE`\n- `CUSTOM`: Custom needs schedules\nfor every kind.\n\n"
        "  Second paragraph.\n- `OFF`",
        expect_enum=True,
    )
    assert facts.enum_values is not None
    assert [v.name for v in facts.enum_values] == ["SIMPLE", "CUSTOM", "OFF"]
    assert facts.enum_values[1].description.startswith("Custom needs schedules\nfor every kind.")
    assert "Second paragraph." in facts.enum_values[1].description
    assert facts.description == "Scheme."


def test_bullet_prose_is_not_an_enum_list() -> None:
    text = "One of:\n* `allUsers`: anyone.\n* `group:organization:<id>:users`: with &lt;id&gt;."
    facts = analyze(text, expect_enum=False)
    assert facts.enum_values is None
    assert "&lt;id&gt;" in facts.description


def test_table_escaped_pipe_in_a_pattern_is_a_plain_pipe() -> None:
    single = parse_constraints("Value must match the regular expression `\\|[a-z]?`.")
    double = parse_constraints("Value must match the regular expression ``\\\\|[a-z]?``.")
    assert single.pattern == double.pattern == "|[a-z]?"


def test_maximum_and_minimum_value_sentences() -> None:
    c = parse_constraints(
        "password length; by default, a reasonable length The maximum value is 256."
    )
    assert (c.minimum, c.maximum) == (None, 256)
    assert parse_constraints("The minimum value is 1.").minimum == 1


# apiPlayground (generator/parse/playground.py): where a schema keyword lands in Constraints.


def _parsed(page: str) -> Field:
    diagnostics = Diagnostics()
    parsed = parse_page_bytes(page.encode(), "w/Widget/apply.md", diagnostics)
    assert parsed is not None, [str(d) for d in diagnostics]
    labels = parsed.messages[0].field_named("labels")
    assert labels is not None
    return labels


def test_playground_older_map_property_pattern_is_the_keys() -> None:
    # Older pages write a map as `type: string` whose pattern is the key's (the SDK agrees:
    # containerregistry UpdateRegistryRequest.labels has map_key.pattern "[a-z][-_0-9a-z]*").
    page = replace(
        """        labels:
          type: object
          additionalProperties:
            type: string
            pattern: '[-_0-9a-z]*'
          propertyNames:
            type: string
            pattern: '[a-z][-_0-9a-z]*'
""",
        """        labels:
          pattern: '[a-z][-_0-9a-z]*'
          type: string
""",
    )
    labels = _parsed(page)
    assert labels.constraints.key_pattern == "[a-z][-_0-9a-z]*"
    assert labels.constraints.pattern is None


def test_playground_array_keywords() -> None:
    # uniqueItems/maxItems belong to the array; a pattern on the array is its elements'.
    page = replace(
        "|| labels | **object** (map<**string**, **string**>) ||",
        "|| labels[] | **string** ||",
    )
    page = replace(
        """        labels:
          type: object
          additionalProperties:
            type: string
            pattern: '[-_0-9a-z]*'
          propertyNames:
            type: string
            pattern: '[a-z][-_0-9a-z]*'
""",
        """        labels:
          uniqueItems: true
          maxItems: 10
          pattern: '[a-z][-_0-9a-z]*'
          type: array
          items:
            type: string
            maxLength: 63
""",
        page,
    )
    labels = _parsed(page)
    c = labels.constraints
    assert labels.repeated
    assert (c.unique_items, c.max_items, c.max_length) == (True, 10, 63)
    assert c.pattern == "[a-z][-_0-9a-z]*"


def test_an_enum_list_with_odd_items_keeps_every_value() -> None:
    facts = analyze(
        "Mode.\n\n- `A-1`: Dashed.\n- `B`, `C`: Two at once.\n- PLAIN: No code span.",
        expect_enum=True,
    )
    assert facts.enum_values is not None
    assert [(v.name, v.description) for v in facts.enum_values] == [
        ("A-1", "Dashed."),
        ("B", "Two at once."),
        ("C", "Two at once."),
        ("PLAIN", "No code span."),
    ]
    assert facts.loose_enum_items == ["- `B`, `C`: Two at once.", "- PLAIN: No code span."]
    assert facts.description == "Mode."
