import pytest

from generator.parse.sections import structure
from generator.parse.yfm import TableSyntaxError, split_rows


def test_rows_and_multiline_cells() -> None:
    rows = split_rows("||Field | Description ||\n|| id | **string**\n\nFirst.\n\nSecond. ||\n")
    assert [r.cells for r in rows] == [
        ["Field", "Description"],
        ["id", "**string**\n\nFirst.\n\nSecond."],
    ]
    assert [r.line for r in rows] == [0, 1]


@pytest.mark.parametrize(
    "cell",
    [
        "Pattern `a|b` here.",
        "Pattern `` a|`b `` here.",
        "Pattern ```|[a-z]([-_a-z0-9]{0,61}[a-z0-9])?``` here.",
        "Escaped \\| pipe.",
    ],
)
def test_pipes_inside_code_spans_do_not_split_cells(cell: str) -> None:
    rows = split_rows(f"|| name | **string**\n\n{cell} ||")
    assert rows[0].cells == ["name", f"**string**\n\n{cell}"]


def test_unmatched_backtick_is_literal() -> None:
    rows = split_rows("|| name | a ` b | c ||")
    assert rows[0].cells == ["name", "a ` b", "c"]


def test_unterminated_row_is_an_error() -> None:
    with pytest.raises(TableSyntaxError) as exc:
        split_rows("|| a | b ||\n|| c | d\n")
    assert exc.value.line == 1


def test_text_outside_rows_is_an_error() -> None:
    with pytest.raises(TableSyntaxError, match="outside a table row"):
        split_rows("|| a | b ||\nstray\n")


def test_table_token_closed_and_unclosed() -> None:
    page = structure(
        "## S {#x.Y}\n\nText.\n#|\n|| a | **string** ||\n|#\n\n## T {#x.Z}\n\n#|\n|| b | c ||\n", 10
    )
    first, second = page.sections
    assert first.anchor == "x.Y" and first.line == 10
    assert first.description == "Text."
    assert first.tables[0].closed and first.tables[0].line == 13
    assert not second.tables[0].closed
