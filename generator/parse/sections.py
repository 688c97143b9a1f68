"""A page body as markdown-it tokens, grouped into the page's sections.

The body is: `# <API>, REST: <Service>.<Method>`, the method's description, then `##`
sections ("HTTP request", "Path parameters", "Query parameters {#fqn}", "Body parameters
{#fqn}", "Response {#fqn}", and one per message type `## Name {#full.name}`). Each section
keeps its prose (markdown source), its fenced code blocks and its YFM table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .yfm import TOKEN as YFM_TABLE
from .yfm import yfm_table_plugin

_ANCHORED = re.compile(r"^(?P<title>.*?)\s*\{#(?P<anchor>[^}\s]+)\}\s*$")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.use(yfm_table_plugin)
    # Block tokens only: headings are read from their inline token's `content`, prose as
    # source lines; inline children would be built and never read.
    md.disable("inline")
    return md


@dataclass(slots=True)
class Table:
    text: str
    line: int  # 1-based line of the opening `#|` in the file
    closed: bool


@dataclass(slots=True)
class Fence:
    info: str
    text: str
    line: int  # 1-based line of the opening fence in the file


@dataclass(slots=True)
class Section:
    title: str
    anchor: str | None
    level: int
    line: int  # 1-based line of the heading in the file
    prose: list[str] = field(default_factory=list)  # markdown blocks, in order
    fences: list[Fence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    @property
    def description(self) -> str:
        return "\n\n".join(self.prose).strip()


@dataclass(slots=True)
class PageStructure:
    title: str | None = None
    title_line: int = 0
    intro: Section | None = None  # prose between the title and the first `##`
    sections: list[Section] = field(default_factory=list)


def _source(lines: list[str], token: Token) -> str:
    assert token.map is not None
    return "\n".join(lines[token.map[0] : token.map[1]]).strip()


def structure(body: str, first_line: int) -> PageStructure:
    """Group the body's top-level tokens by heading. `first_line` is the file line of the
    body's first line, so every line reported is a line of the file."""
    tokens = _markdown().parse(body)
    lines = body.split("\n")
    page = PageStructure()
    current: Section | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        line = first_line + (token.map[0] if token.map else 0)
        if token.type == "heading_open":
            text = tokens[i + 1].content.strip()
            level = int(token.tag[1:])
            if level == 1 and page.title is None:
                page.title, page.title_line = text, line
                current = page.intro = Section("", None, 1, line)
            else:
                m = _ANCHORED.match(text)
                title, anchor = (m.group("title"), m.group("anchor")) if m else (text, None)
                current = Section(title, anchor, level, line)
                page.sections.append(current)
            i += 3  # heading_open, inline, heading_close
            continue
        if current is None:
            current = page.intro = Section("", None, 0, line)
        if token.type == YFM_TABLE:
            current.tables.append(Table(token.content, line, bool(token.meta.get("closed"))))
            i += 1
            continue
        if token.type == "fence":
            current.fences.append(Fence(token.info.strip(), token.content, line))
            i += 1
            continue
        if token.level == 0 and token.nesting in (0, 1) and token.map is not None:
            current.prose.append(_source(lines, token))
            # Skip to the end of this block.
            if token.nesting == 1:
                depth = 1
                i += 1
                while i < len(tokens) and depth:
                    depth += tokens[i].nesting
                    i += 1
                continue
        i += 1
    return page
