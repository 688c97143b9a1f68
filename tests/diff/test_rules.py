"""One fixture pair per rule: the base fixture tree (fixtures/) and a copy with one edit.
Each case asserts the change found, its location (NEW page; OLD page for removals) and its
levels for the three audiences, as the rule table gives them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.diff.rules import RULES, Level

from .helpers import FIXTURES, compare, copy_tree, line_of, sub

GET = "demo/v1/api-ref/Widget/get.md"
UPDATE = "demo/v1/api-ref/Widget/update.md"
PKG = "yandex.cloud.demo.v1"
W = f"{PKG}.Widget"
OWNER_ROW = "|| login | **string**\n\nLogin of the owner. ||\n"


def _copy_page(tree: Path, source: str, target: str, *renames: tuple[str, str]) -> None:
    text = (tree / source).read_text(encoding="utf-8")
    for before, after in renames:
        text = text.replace(before, after)
    (tree / target).parent.mkdir(parents=True, exist_ok=True)
    (tree / target).write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Case:
    rule: str
    subject: str
    edit: Callable[[Path], None]  # turns the base tree into the edited one
    page: str  # where the change is located ...
    marker: str  # ... the line this text starts on
    swap: bool = False  # the edited tree is OLD, the base NEW (the reverse change)
    also: frozenset[str] = frozenset()  # other rules the same edit triggers
    show_all: bool = False

    def __str__(self) -> str:
        return self.rule


def _e(page: str, before: str, after: str, count: int = 1) -> Callable[[Path], None]:
    return lambda tree: sub(tree, page, before, after, count)


_ADD_API = lambda tree: _copy_page(
    tree, GET, "other/v1/api-ref/Gadget/get.md", ("demo", "other"), ("Widget", "Gadget")
)
_ADD_SERVICE = lambda tree: _copy_page(
    tree,
    GET,
    "demo/v1/api-ref/Gadget/get.md",
    ("REST: Widget.Get", "REST: Gadget.Get"),
    ("v1/widgets/", "v1/gadgets/"),
)
_ADD_METHOD = lambda tree: _copy_page(
    tree,
    GET,
    "demo/v1/api-ref/Widget/archive.md",
    ("Widget.Get", "Widget.Archive"),
    ("{widgetId}\n```", "{widgetId}:archive\n```"),
)
_NICKNAME = "|| nickname | **string**\n\nNickname of the owner. ||\n"
_EXTRA = "|| extra | **[Extra](#yandex.cloud.demo.v1.Extra)**\n\nMore about the owner. ||\n"
_EXTRA_SECTION = (
    "## Extra {#yandex.cloud.demo.v1.Extra}\n\n#|\n||Field | Description ||\n"
    "|| rank | **string**\n\nRank. ||\n"
)
_KIND = (
    "|| kind | **enum** (Kind)\n\nKind of owner.\n\n- `PERSON`: A person.\n- `TEAM`: A team. ||\n"
)
_STATUS_ACTIVE = "- `ACTIVE`: The widget works.\n"
_NOTE = "A note about the widget."
_NOTE_ROW = "|| note |"
_TITLE = "# Demo API, REST: Widget.Get"
_GADGET_TITLE = "# Demo API, REST: Gadget.Get"


def _owner_field(row: str) -> Callable[[Path], None]:
    return _e(GET, OWNER_ROW, OWNER_ROW + row)


def _owner_field_and_section(row: str, section: str) -> Callable[[Path], None]:
    def edit(tree: Path) -> None:
        sub(tree, GET, OWNER_ROW + "|#\n", OWNER_ROW + row + "|#\n\n" + section + "|#\n")

    return edit


def _response_renamed(tree: Path) -> None:
    for page in (GET, UPDATE):
        text = (tree / page).read_text(encoding="utf-8")
        text = text.replace(f"#{W})", f"#{PKG}.Gizmo)").replace(f"{{#{W}}}", f"{{#{PKG}.Gizmo}}")
        (tree / page).write_text(text.replace("[Widget](", "[Gizmo]("), encoding="utf-8")


_OWNER_SECTION_IN_UPDATE = (
    "## Widget {#yandex.cloud.demo.v1.Widget}\n\n#|\n||Field | Description ||\n"
    "|| id | **string**\n\nID of the widget. ||\n"
)

CASES = [
    Case("api-added", "yandex.cloud.other.v1", _ADD_API, "other/v1/api-ref/Gadget/get.md", "---"),
    Case(
        "api-removed",
        "yandex.cloud.other.v1",
        _ADD_API,
        "other/v1/api-ref/Gadget/get.md",
        "---",
        swap=True,
    ),
    Case("service-added", "Gadget", _ADD_SERVICE, "demo/v1/api-ref/Gadget/get.md", _GADGET_TITLE),
    Case(
        "service-removed",
        "Gadget",
        _ADD_SERVICE,
        "demo/v1/api-ref/Gadget/get.md",
        _GADGET_TITLE,
        swap=True,
    ),
    Case(
        "method-added", "Widget.Archive", _ADD_METHOD, "demo/v1/api-ref/Widget/archive.md", "# Demo"
    ),
    Case(
        "method-removed",
        "Widget.Archive",
        _ADD_METHOD,
        "demo/v1/api-ref/Widget/archive.md",
        "# Demo",
        swap=True,
    ),
    Case("verb-changed", "Widget.Get", _e(GET, "GET https", "POST https"), GET, _TITLE),
    Case(
        "path-changed",
        "Widget.Get",
        _e(GET, "v1/widgets/{widgetId}\n", "v2/widgets/{widgetId}\n"),
        GET,
        _TITLE,
    ),
    Case("host-changed", "Widget.Get", _e(GET, "https://demo.", "https://demo2."), GET, _TITLE),
    Case(
        "request-type-changed",
        "Widget.Get",
        _e(GET, f"{PKG}.GetWidgetRequest", f"{PKG}.FetchWidgetRequest"),
        GET,
        _TITLE,
    ),
    Case(
        "response-type-changed",
        "Widget.Get",
        _response_renamed,
        GET,
        _TITLE,
        also=frozenset({"operation-response-changed"}),
    ),
    Case(
        "operation-metadata-changed",
        "Widget.Update",
        _e(UPDATE, "UpdateWidgetMetadata", "PatchWidgetMetadata", 4),
        UPDATE,
        "# Demo",
    ),
    Case(
        "operation-response-changed",
        "Widget.Update",
        lambda tree: (
            sub(
                tree,
                UPDATE,
                f"|| response | **[Widget](#{W})",
                f"|| response | **[Owner](#{PKG}.Owner)",
            ),
            sub(
                tree,
                UPDATE,
                _OWNER_SECTION_IN_UPDATE,
                _OWNER_SECTION_IN_UPDATE
                + f"|#\n\n## Owner {{#{PKG}.Owner}}\n\n#|\n||Field | Description ||\n{OWNER_ROW}",
            ),
        ),
        UPDATE,
        "# Demo",
    ),
    Case(
        "message-added",
        f"{PKG}.Extra",
        _owner_field_and_section(_EXTRA, _EXTRA_SECTION),
        GET,
        "## Extra",
        also=frozenset({"field-added"}),
    ),
    Case(
        "message-removed",
        f"{PKG}.Extra",
        _owner_field_and_section(_EXTRA, _EXTRA_SECTION),
        GET,
        "## Extra",
        swap=True,
        also=frozenset({"field-removed"}),
    ),
    Case(
        "enum-added",
        f"{PKG}.Owner.Kind",
        _owner_field(_KIND),
        GET,
        "|| kind |",
        also=frozenset({"field-added"}),
    ),
    Case(
        "enum-removed",
        f"{PKG}.Owner.Kind",
        _owner_field(_KIND),
        GET,
        "|| kind |",
        swap=True,
        also=frozenset({"field-removed"}),
    ),
    Case("field-added", f"{PKG}.Owner.nickname", _owner_field(_NICKNAME), GET, "|| nickname |"),
    Case(
        "required-field-added",
        f"{PKG}.Owner.nickname",
        _owner_field(_NICKNAME.replace("Nickname", "Required field. Nickname")),
        GET,
        "|| nickname |",
    ),
    Case(
        "field-removed",
        f"{PKG}.Owner.nickname",
        _owner_field(_NICKNAME),
        GET,
        "|| nickname |",
        swap=True,
    ),
    Case("field-renamed", f"{W}.note", _e(GET, _NOTE_ROW, "|| remark |"), GET, "|| remark |"),
    Case(
        "field-type-changed",
        f"{W}.size",
        _e(GET, "|| size | **string** (int64)", "|| size | **integer** (int32)"),
        GET,
        "|| size |",
    ),
    Case(
        "field-cardinality-changed",
        f"{W}.note",
        _e(GET, _NOTE_ROW, "|| note[] |"),
        GET,
        "|| note[] |",
    ),
    Case(
        "field-became-required",
        f"{W}.note",
        _e(GET, _NOTE, "Required field. " + _NOTE),
        GET,
        _NOTE_ROW,
    ),
    Case(
        "field-became-optional",
        f"{W}.note",
        _e(GET, _NOTE, "Required field. " + _NOTE),
        GET,
        _NOTE_ROW,
        swap=True,
    ),
    Case(
        "field-joined-oneof",
        f"{W}.note",
        _e(GET, _NOTE, _NOTE + "\n\nIncludes only one of the fields `note`, `id`."),
        GET,
        _NOTE_ROW,
    ),
    Case(
        "field-left-oneof",
        f"{W}.note",
        _e(GET, _NOTE, _NOTE + "\n\nIncludes only one of the fields `note`, `id`."),
        GET,
        _NOTE_ROW,
        swap=True,
    ),
    Case(
        "field-oneof-changed",
        f"{W}.color",
        _e(
            GET,
            "Color of the widget.\n\nIncludes only one of the fields `color`, `shade`.",
            "Color of the widget.\n\nIncludes only one of the fields `color`, `tint`.",
        ),
        GET,
        "|| color |",
    ),
    Case("field-deprecated", f"{W}.note", _e(GET, _NOTE, "Deprecated. " + _NOTE), GET, _NOTE_ROW),
    Case(
        "field-undeprecated",
        f"{W}.note",
        _e(GET, _NOTE, "Deprecated. " + _NOTE),
        GET,
        _NOTE_ROW,
        swap=True,
    ),
    Case(
        "enum-value-added",
        f"{W}.Status.PAUSED",
        _e(GET, _STATUS_ACTIVE, _STATUS_ACTIVE + "- `PAUSED`: The widget is paused.\n"),
        GET,
        "- `PAUSED`",
    ),
    Case(
        "enum-value-removed",
        f"{W}.Status.PAUSED",
        _e(GET, _STATUS_ACTIVE, _STATUS_ACTIVE + "- `PAUSED`: The widget is paused.\n"),
        GET,
        "- `PAUSED`",
        swap=True,
    ),
    Case(
        "length-tightened",
        f"{W}.name",
        _e(GET, "between 3 and 63", "between 3 and 50"),
        GET,
        "|| name |",
    ),
    Case(
        "length-loosened",
        f"{W}.name",
        _e(GET, "between 3 and 63", "between 1 and 63"),
        GET,
        "|| name |",
    ),
    Case("range-tightened", f"{W}.size", _e(GET, "0 to 100", "0 to 50"), GET, "|| size |"),
    Case("range-loosened", f"{W}.size", _e(GET, "0 to 100", "0 to 200"), GET, "|| size |"),
    Case(
        "item-count-tightened",
        f"{W}.tags",
        _e(GET, "equal to 10.", "equal to 5."),
        GET,
        "|| tags[] |",
    ),
    Case(
        "item-count-loosened",
        f"{W}.tags",
        _e(GET, "equal to 10.", "equal to 20."),
        GET,
        "|| tags[] |",
    ),
    Case(
        "pattern-changed",
        f"{W}.name",
        _e(GET, "[a-z][-a-z0-9]*", "[a-z][a-z0-9]*"),
        GET,
        "|| name |",
    ),
    Case(
        "pattern-added",
        f"{W}.note",
        _e(GET, _NOTE, _NOTE + "\n\nValue must match the regular expression ` [a-z]+ `."),
        GET,
        _NOTE_ROW,
    ),
    Case(
        "pattern-removed",
        f"{W}.note",
        _e(GET, _NOTE, _NOTE + "\n\nValue must match the regular expression ` [a-z]+ `."),
        GET,
        _NOTE_ROW,
        swap=True,
    ),
    Case(
        "constraint-note-changed",
        f"{W}.note",
        _e(GET, _NOTE, _NOTE + "\n\nThe value must satisfy: 1-10 words."),
        GET,
        _NOTE_ROW,
    ),
    Case(
        "description-changed",
        f"{W}.note",
        _e(GET, _NOTE, "A remark about the widget."),
        GET,
        _NOTE_ROW,
        show_all=True,
    ),
]


# Located on the OLD page: what NEW no longer has.
REMOVALS = {
    "api-removed",
    "service-removed",
    "method-removed",
    "message-removed",
    "enum-removed",
    "field-removed",
    "enum-value-removed",
}


def test_levels_that_hold_in_one_direction_only(tmp_path: Path) -> None:
    """A response-only message made stricter breaks no sender; a new value of a request-only
    enum reaches no old client, but does reach servicers."""
    edited = copy_tree(FIXTURES, tmp_path / "edited")
    sub(
        edited,
        UPDATE,
        "ID of the widget being updated.",
        "Required field. ID of the widget being updated.",
    )
    sub(edited, GET, "- `FULL`: Everything.", "- `FULL`: Everything.\n- `EXTRA`: Even more.")
    report = compare(FIXTURES, edited)
    levels = {e.change.rule: e.levels.by_audience() for e in report.entries}
    assert levels["field-became-required"] == dict.fromkeys(
        ("wire", "python-sdk", "stub"), Level.INFO
    )
    assert levels["enum-value-added"] == {
        "wire": Level.INFO,
        "python-sdk": Level.INFO,
        "stub": Level.WARNING,
    }


def test_every_rule_has_a_case() -> None:
    assert sorted(c.rule for c in CASES) == sorted(RULES)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_rule(case: Case, tmp_path: Path) -> None:
    base = copy_tree(FIXTURES, tmp_path / "base")
    edited = copy_tree(FIXTURES, tmp_path / "edited")
    case.edit(edited)
    old, new = (edited, base) if case.swap else (base, edited)
    report = compare(old, new, show_all=case.show_all)

    assert {e.change.rule for e in report.entries} == {case.rule} | case.also
    (entry,) = [e for e in report.entries if e.change.rule == case.rule]
    assert entry.change.subject == case.subject
    assert entry.change.api in (PKG, "yandex.cloud.other.v1")
    located = old if case.rule in REMOVALS else new
    expected_line = line_of(located, case.page, case.marker)
    assert (entry.change.location.path, entry.change.location.line) == (
        (located / case.page).as_posix(),
        expected_line,
    )
    assert entry.levels == RULES[case.rule].levels
    assert entry.level is max(entry.levels.by_audience().values())
    assert isinstance(entry.level, Level)
