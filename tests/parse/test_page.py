from generator.diagnostics import Diagnostics
from generator.model import OPERATION_TYPE, Scalar
from generator.parse.page import ParsedPage, parse_page_bytes

from .pages import GOOD, replace


def parse(text: str | bytes) -> tuple[ParsedPage | None, Diagnostics]:
    diagnostics = Diagnostics()
    data = text.encode() if isinstance(text, str) else text
    return parse_page_bytes(data, "w/Widget/apply.md", diagnostics), diagnostics


def test_method_and_request() -> None:
    page, diagnostics = parse(GOOD)
    assert page is not None, [str(d) for d in diagnostics]
    m = page.method
    assert (m.service, m.name, m.verb) == ("Widget", "Apply", "POST")
    assert m.path == "/widgets/v1/widgets/{widgetId}:apply"
    assert m.host == "{{ api-host-widgets }}"
    assert m.description == "Applies a widget.\n\nStarts an operation."
    assert page.package == "yandex.cloud.widgets.v1"
    assert page.api_title == "Widgets API"
    assert page.source_path == "en/_api-ref/widgets/v1/api-ref/Widget/apply.md"
    assert m.request_type == "yandex.cloud.widgets.v1.ApplyWidgetRequest"
    assert [f.name for f in m.path_params] == ["widgetId"]
    assert [f.name for f in m.query_params] == ["mode", "filter"]
    assert [f.name for f in m.body_params] == ["labels", "count", "ratio"]
    request = page.messages[0]
    assert request.full_name == m.request_type and not request.synthetic
    assert [f.name for f in request.fields] == [
        "widgetId",
        "mode",
        "filter",
        "labels",
        "count",
        "ratio",
    ]
    assert [o.fields for o in request.oneofs] == [["count", "ratio"]]


def test_operation_types() -> None:
    page, _ = parse(GOOD)
    assert page is not None
    assert page.method.response_type == OPERATION_TYPE
    assert page.method.operation is not None
    assert page.method.operation.metadata_type == "yandex.cloud.widgets.v1.ApplyWidgetMetadata"
    assert page.method.operation.response_type == "yandex.cloud.widgets.v1.Widget"


def test_playground_fills_gaps_and_reports_them() -> None:
    page, diagnostics = parse(GOOD)
    assert page is not None
    request = page.messages[0]
    # Table drops MODE_UNSPECIFIED, the playground keeps it; 'OFF' stays a string.
    mode = next(e for e in page.enums if e.full_name.endswith("ApplyWidgetRequest.Mode"))
    assert [v.name for v in mode.values] == ["MODE_UNSPECIFIED", "OFF", "ON"]
    assert mode.values[1].description == "Turned off."
    count = request.field_named("count")
    assert count is not None and count.required  # only the playground says so
    labels = request.field_named("labels")
    assert labels is not None and labels.map_key is Scalar.STRING
    assert labels.constraints.pattern == "[-_0-9a-z]*"
    assert labels.constraints.key_pattern == "[a-z][-_0-9a-z]*"
    folder = next(m for m in page.messages if m.name == "Filter").fields[0]
    assert folder.required and folder.constraints.pattern == "b1\\\\_[a-z]+"
    codes = {d.code for d in diagnostics}
    assert {"enum-unspecified", "required-mismatch"} <= codes
    assert all(str(d).startswith("w/Widget/apply.md:") for d in diagnostics)


def test_deduplicated_anchor_is_the_same_message() -> None:
    page, _ = parse(GOOD)
    assert page is not None
    widgets = [m for m in page.messages if m.name == "Widget"]
    assert [m.full_name for m in widgets] == ["yandex.cloud.widgets.v1.Widget"] * 2
    previous = widgets[0].field_named("previous")
    assert previous is not None and previous.type.message == "yandex.cloud.widgets.v1.Widget"
    parts = widgets[0].field_named("parts")
    assert parts is not None and parts.repeated
    assert parts.type.message == "yandex.cloud.widgets.v1.Widget.Part"


def test_limits_and_oneofs_from_text() -> None:
    page, _ = parse(GOOD)
    assert page is not None
    ratio = page.messages[0].field_named("ratio")
    assert ratio is not None and ratio.type.scalar is Scalar.DOUBLE
    assert ratio.constraints.exclusive_minimum == 0
    part = next(m for m in page.messages if m.name == "Part")
    assert part.fields[0].constraints.max_length == 50


def test_path_only_request_is_synthesized() -> None:
    text = GOOD.split("## Query parameters")[0] + "## Response" + GOOD.split("## Response", 1)[1]
    text = text.replace("    query:", "    queryx:").replace("    body:", "    bodyx:")
    page, diagnostics = parse(text)
    assert page is not None, [str(d) for d in diagnostics]
    assert page.method.request_type == "yandex.cloud.widgets.v1.ApplyWidgetRequest"
    assert page.messages[0].synthetic


def errors(text: str | bytes) -> list[str]:
    page, diagnostics = parse(text)
    assert page is None
    return [str(d) for d in diagnostics.errors]


def test_missing_reference_is_an_error_at_its_row() -> None:
    text = replace("(#yandex.cloud.widgets.v1.Widget.Part)", "(#yandex.cloud.widgets.v1.Nothing)")
    [error] = errors(text)
    line = (
        text.split("\n").index("|| parts[] | **[Part](#yandex.cloud.widgets.v1.Nothing)** ||") + 1
    )
    assert error == (
        f"w/Widget/apply.md:{line}: error: field 'parts' refers to "
        "#yandex.cloud.widgets.v1.Nothing, which no section of the page defines"
    )


def test_bad_inputs() -> None:
    assert errors(b"") == ["w/Widget/apply.md:1: error: empty page"]
    assert "not valid UTF-8" in errors(GOOD.encode()[:200] + b"\xff\xfe" + GOOD.encode()[200:])[0]
    assert (
        "invalid YAML front matter" in errors(replace("    method: post", "    method: [post"))[0]
    )
    assert "does not start with YAML front matter" in errors("# Hello\n\nworld\n")[0]
    assert "front matter is not closed" in errors("---\na: 1\n")[0]
    assert (
        "unknown type notation '**strin**'" in errors(replace("**string** (int64)", "**strin**"))[0]
    )
    assert "table does not close" in errors(GOOD.rstrip().removesuffix("|#") + "\n")[0]
    duplicate = errors(
        replace("{#yandex.cloud.widgets.v1.Widget2}", "{#yandex.cloud.widgets.v1.Widget}")
    )
    assert any(
        "duplicate anchor #yandex.cloud.widgets.v1.Widget (first at line" in e for e in duplicate
    )
    assert (
        "is not `<API>, REST: <Service>.<Method>`"
        in errors(replace("# Widgets API, REST: Widget.Apply", "# Widgets"))[0]
    )
    truncated = GOOD[: GOOD.index("## Response")]
    assert "no `## Response` section" in errors(truncated)[0]


def test_host_variables_are_checked() -> None:
    page, diagnostics = parse(GOOD)
    assert page is not None
    [warning] = [d for d in diagnostics if d.code == "host"]
    assert "{{ api-host-widgets }} is not a known endpoint; assuming widgets.<api host>" in str(
        warning
    )
    bad = GOOD.replace("{{ api-host-widgets }}", "{{ widgets-host }}")
    assert "unknown host variable {{ widgets-host }}" in errors(bad)[0]


def test_response_without_a_type_is_empty() -> None:
    head, _, _ = GOOD.partition("## Response {#yandex.cloud.operation.Operation}")
    page, diagnostics = parse(head + "## Response\n\n**HTTP Code: 200 - OK**\n")
    assert page is not None, [str(d) for d in diagnostics]
    assert page.method.response_type == "google.protobuf.Empty"
    assert page.method.operation is None
    empty = next(m for m in page.messages if m.full_name == "google.protobuf.Empty")
    assert empty.fields == [] and empty.description == ""
    tabled = head + "## Response\n\n#|\n||Field | Description ||\n|| id | **string** ||\n|#\n"
    assert "`## Response` has a field table but no {#type}" in errors(tabled)[0]


def test_overview_pages_of_a_docs_tree_are_skipped_with_a_warning() -> None:
    text = "---\neditable: false\nsourcePath: en/_api-ref/w/api-ref/index.md\n---\n\n# Widgets API\n\nServices:\n\n- [Widget](Widget/index.md)\n"
    page, diagnostics = parse(text)
    assert page is None and not diagnostics.has_errors()
    expected = (
        "w/Widget/apply.md:6: warning: not a method page (no apiPlayground, request line or "
        "method title); skipped"
    )
    assert [str(d) for d in diagnostics] == [expected]
    # A method page that lost its front matter's playground still is one: errors as usual.
    broken = GOOD.replace("apiPlayground:", "playground:").replace("## HTTP request", "## HTTP")
    assert "no `## HTTP request` section" in errors(broken)[0]


def test_an_enum_the_table_lists_no_values_for_takes_the_playground_list() -> None:
    page, diagnostics = parse(replace("\n- `OFF`: Turned off.\n- `ON` ||", "\nThe mode. ||"))
    assert page is not None, [str(d) for d in diagnostics]
    (mode,) = [e for e in page.enums if e.name == "Mode"]
    assert [v.name for v in mode.values] == ["MODE_UNSPECIFIED", "OFF", "ON"]
    assert "enum-from-playground" in [d.code for d in diagnostics.warnings]
    assert not diagnostics.errors


def test_synthetic_request_names_follow_the_apis_convention() -> None:
    from generator.parse.request_fields import synthetic_request_name

    assert synthetic_request_name("Backup", "Get") == "GetBackupRequest"
    assert synthetic_request_name("Cluster", "GetShard") == "GetClusterShardRequest"
    assert synthetic_request_name("Instance", "ListOperations") == "ListInstanceOperationsRequest"
    assert synthetic_request_name("Repository", "GetByName") == "GetRepositoryByNameRequest"
