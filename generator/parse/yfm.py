"""YFM tables (`#| ... |#`) for markdown-it, and splitting them into rows and cells.

A YFM table is a block: `#|` on a line of its own opens it, `|#` closes it; rows are
`|| cell | cell ||` and may span many lines; cells hold any markdown, including blank lines,
lists, and code spans with raw `|` inside. The block rule below turns the whole table into a
single `yfm_table` token; `split_rows` then walks its text once, honouring code spans, so a
`|` inside `` `a|b` `` or ```` ```|x``` ```` never splits a cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

TOKEN = "yfm_table"


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def _yfm_table_rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    if _line(state, start_line).rstrip() != "#|":
        return False
    if silent:
        return True
    line = start_line + 1
    closed = False
    while line < end_line:
        if _line(state, line).strip() == "|#":
            closed = True
            break
        line += 1
    body_start = (
        state.bMarks[start_line + 1] if start_line + 1 < end_line else state.eMarks[start_line]
    )
    body_end = state.bMarks[line] if closed else len(state.src)
    token = state.push(TOKEN, "", 0)
    token.content = state.src[body_start:body_end]
    token.map = [start_line, line + 1 if closed else end_line]
    token.meta = {"closed": closed}
    state.line = line + 1 if closed else end_line
    return True


def yfm_table_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before(
        "fence", TOKEN, _yfm_table_rule, {"alt": ["paragraph", "reference", "blockquote", "list"]}
    )


@dataclass(slots=True)
class Row:
    cells: list[str]
    line: int  # 0-based line offset of the row's opening `||` within the table text
    # 0-based line offset of each cell's first character (where its stripped text starts)
    cell_lines: list[int] = field(default_factory=list)


class TableSyntaxError(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line  # 0-based offset within the table text


def _skip_code_span(text: str, i: int) -> int:
    """At a run of backticks: index after the matching closing run, or after the opening
    run when it has no match (then the backticks are literal, as in CommonMark)."""
    n = i
    while n < len(text) and text[n] == "`":
        n += 1
    run = text[i:n]
    j = n
    while True:
        j = text.find(run, j)
        if j < 0:
            return n
        end = j + len(run)
        if (j == 0 or text[j - 1] != "`") and (end >= len(text) or text[end] != "`"):
            return end
        while end < len(text) and text[end] == "`":
            end += 1
        j = end


# What the row scanner stops at: code spans, escaped pipes, row ends, cell ends, newlines.
_TOKEN = re.compile(r"`+|\\\||\|\||\||\n")


def split_rows(text: str) -> list[Row]:
    """`|| a | b ||` rows -> cells (stripped). Raises TableSyntaxError on stray text or an
    unterminated row."""
    rows: list[Row] = []
    line = 0
    in_row = False
    cells: list[str] = []
    cell_lines: list[int] = []
    cell_start = row_line = row_start = pos = 0

    def add_cell(end: int) -> None:
        raw = text[cell_start:end]
        cells.append(raw.strip())
        lead = len(raw) - len(raw.lstrip())
        cell_lines.append(row_line + text.count("\n", row_start, cell_start + lead))

    while True:
        m = _TOKEN.search(text, pos)
        end = m.start() if m else len(text)
        if not in_row:
            stray = len(text[pos:end]) - len(text[pos:end].lstrip())
            if pos + stray < end:
                raise TableSyntaxError(_OUTSIDE, line + text.count("\n", pos, pos + stray))
        if m is None:
            break
        token = m.group()
        pos = m.end()
        if token == "\n":
            line += 1
        elif not in_row:
            if token != "||":
                raise TableSyntaxError(_OUTSIDE, line)
            in_row, row_line, cell_start = True, line, pos
            row_start, cells, cell_lines = m.start(), [], []
        elif token[0] == "`":
            pos = _skip_code_span(text, m.start())
            line += text.count("\n", m.start(), pos)
        elif token == "||":
            add_cell(m.start())
            rows.append(Row(cells, row_line, cell_lines))
            in_row = False
        elif token == "|":
            add_cell(m.start())
            cell_start = pos
        # an escaped pipe (`\|`) is cell text
    if in_row:
        raise TableSyntaxError("table row is not closed with `||`", row_line)
    return rows


_OUTSIDE = "text outside a table row (rows are written `|| ... ||`)"
