"""Docs markdown -> text that reads well in a docstring, and docstring literals that no
docs text can break out of."""

from __future__ import annotations

import html
import re
import textwrap

from ...model import Method

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_PLACEHOLDER = "\x00{}\x00"
_BLANK_RUNS = re.compile(r"\n{3,}")
_BULLET = re.compile(r"(\s*(?:[-*]|\d+\.)\s+)")

WIDTH = 88

# Characters that must not appear raw in a source file: control characters (categories Cc)
# other than the newline, which the tokenizer or `splitlines` would read as line breaks,
# the Unicode line and paragraph separators, and surrogates (Cs), which are not encodable.
# A tab becomes four spaces.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def readable(markdown: str) -> str:
    """Markdown of a docs description -> plain text: links become their text (absolute ones
    keep the address), HTML entities are decoded, bold markers go, code spans of any fence
    length become single-backtick spans with their content untouched, long lines wrap."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    text = text.replace("\x00", "\ufffd")  # NUL marks the code-span placeholders below

    def link(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        if target.startswith(("http://", "https://")) and target != label:
            return f"{label} <{target}>"
        return label

    # Code spans are taken out first: a pattern like `[a-z](x)?` is not a link.
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        code = match.group(2).strip() if match.group(2).strip() else match.group(2)
        spans.append(f"`{code}`" if "`" not in code else match.group(0))
        return _PLACEHOLDER.format(len(spans) - 1)

    text = _CODE_SPAN.sub(keep, text)
    text = html.unescape(text)  # `&lt;id&gt;` -> `<id>`; code spans keep theirs literally
    text = _LINK.sub(link, text)
    text = _BOLD.sub(r"\1", text)
    text = re.sub("\x00(\\d+)\x00", lambda m: spans[int(m.group(1))], text)
    lines = [_wrap(line.rstrip()) for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def method_doc(m: Method) -> str:
    """Docstring text of a method generated for `m` (client and servicer alike): the docs'
    description, or `Service.Method.`, then the HTTP verb and path."""
    text = readable(m.description) or f"{m.service}.{m.name}."
    return f"{text}\n\n`{m.verb.upper()} {m.path}`"


def _wrap(line: str) -> str:
    if len(line) <= WIDTH:
        return line
    bullet = _BULLET.match(line)
    indent = " " * len(bullet.group(1)) if bullet else ""
    return textwrap.fill(
        line, WIDTH, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch == "\t":
        return "    "
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


def escape(text: str) -> str:
    """Body of a triple-quoted literal that decodes back to `text` and cannot close early."""
    body = _UNSAFE.sub(_escape_char, text.replace("\\", "\\\\"))
    # Every quote followed by another quote is escaped, so no run of three survives; a
    # trailing quote is escaped so it cannot join the closing delimiter.
    body = re.sub(r'"(?=")', lambda _: '\\"', body)
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return body


def docstring(text: str, indent: int = 0) -> str:
    """A complete docstring literal for `text` (already readable), indented for a body at
    `indent` spaces. Empty text gives an empty string (no docstring)."""
    text = text.strip()
    if not text:
        return ""
    lines = escape(text).split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    pad = " " * indent
    body = "\n".join(pad + line if line.strip() else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'
