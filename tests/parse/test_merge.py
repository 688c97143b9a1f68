from generator.diagnostics import Diagnostics
from generator.merge import merge_pages
from generator.parse.page import ParsedPage, parse_page_bytes

from .pages import GOOD, replace


def page(text: str, path: str) -> ParsedPage:
    diagnostics = Diagnostics()
    parsed = parse_page_bytes(text.encode(), path, diagnostics)
    assert parsed is not None, [str(d) for d in diagnostics]
    return parsed


def test_same_message_on_two_pages_is_merged_with_warnings() -> None:
    other = replace("# Widgets API, REST: Widget.Apply", "# Widgets API, REST: Widget.Reapply")
    other = replace("|| name | **string**", "|| name | **string**\n\nRequired field.", other)
    other = replace(
        "|| id | **string** ||\n|| createdAt",
        "|| id | **string** ||\n|| size | **string** (int64) ||\n|| createdAt",
        other,
    )
    diagnostics = Diagnostics()
    apis = merge_pages(
        [page(other, "w/Widget/reapply.md"), page(GOOD, "w/Widget/apply.md")], diagnostics
    )
    api = apis["yandex.cloud.widgets.v1"]
    assert [m.name for m in api.services["Widget"].methods] == ["Apply", "Reapply"]
    assert api.sources == ["w/Widget/apply.md", "w/Widget/reapply.md"]
    widget = api.messages["yandex.cloud.widgets.v1.Widget"]
    assert [f.name for f in widget.fields] == ["id", "parts", "previous", "createdAt", "size"]
    part = api.messages["yandex.cloud.widgets.v1.Widget.Part"]
    assert part.fields[0].required
    found = {(d.code, d.message.split(" ")[0]) for d in diagnostics}
    assert found == {
        # the page itself shows Widget twice, the second time with createdAt only
        ("message-differs", "yandex.cloud.widgets.v1.Widget.createdAt"),
        ("message-differs", "yandex.cloud.widgets.v1.Widget.size"),
        ("required-differs", "yandex.cloud.widgets.v1.Widget.Part.name"),
    }
    assert all("w/Widget/apply.md:" in d.message for d in diagnostics)  # the first place


def test_operation_message_keeps_metadata_and_response_open() -> None:
    api = merge_pages([page(GOOD, "w/Widget/apply.md")], Diagnostics())["yandex.cloud.widgets.v1"]
    operation = api.messages["yandex.cloud.operation.Operation"]
    metadata = operation.field_named("metadata")
    assert metadata is not None and metadata.type.scalar is not None
    assert api.methods()[0].operation is not None


def test_enum_lists_are_united_and_the_longer_order_wins() -> None:
    other = replace("- `OFF`: Turned off.\n- `ON` ||", "- `ON`\n- `OFF`\n- `AUTO` ||")
    other = replace("REST: Widget.Apply", "REST: Widget.Other", other)
    other = replace("            - 'ON'\n", "            - 'ON'\n            - AUTO\n", other)
    diagnostics = Diagnostics()
    api = merge_pages([page(GOOD, "w/Widget/a.md"), page(other, "w/Widget/b.md")], diagnostics)[
        "yandex.cloud.widgets.v1"
    ]
    mode = api.enums["yandex.cloud.widgets.v1.ApplyWidgetRequest.Mode"]
    assert [v.name for v in mode.values] == ["MODE_UNSPECIFIED", "ON", "OFF", "AUTO"]
    assert any(d.code == "enum-differs" for d in diagnostics)


def test_folder_majority_names_the_package() -> None:
    a = page(GOOD, "api/Widget/apply.md")
    foreign = replace(
        "yandex.cloud.widgets.v1.ApplyWidgetRequest", "yandex.cloud.access.ApplyWidgetRequest"
    )
    foreign = foreign.replace(
        "yandex.cloud.widgets.v1.ApplyWidgetRequest", "yandex.cloud.access.ApplyWidgetRequest"
    )
    foreign = replace("REST: Widget.Apply", "REST: Widget.SetAccess", foreign)
    b = page(foreign, "api/Widget/setAccess.md")
    c = page(replace("REST: Widget.Apply", "REST: Widget.Third"), "api/Widget/third.md")
    assert b.package == "yandex.cloud.access"
    apis = merge_pages([a, b, c], Diagnostics())
    assert list(apis) == ["yandex.cloud.widgets.v1"]
    assert "yandex.cloud.access.ApplyWidgetRequest" in apis["yandex.cloud.widgets.v1"].messages


def test_a_folder_naming_no_package_takes_it_from_the_docs_conventions() -> None:
    head, _, _ = GOOD.partition("## Query parameters")
    text = head.replace("    query:", "    queryx:").replace("    body:", "    bodyx:")
    lone = page(text + "## Response\n\n**HTTP Code: 200 - OK**\n", "lone/Widget/apply.md")
    assert lone.package is None
    assert lone.method.request_type == "ApplyWidgetRequest"
    named = page(GOOD, "api/Widget/apply.md")
    orphan = page(
        (text + "## Response\n\n**HTTP Code: 200 - OK**\n").replace("Widget.Apply", "Widget.Drop"),
        "api/Widget/drop.md",
    )
    diagnostics = Diagnostics()
    apis = merge_pages([lone, named, orphan], diagnostics)
    api = apis["yandex.cloud.widgets.v1"]
    assert [m.name for m in api.services["Widget"].methods] == ["Apply", "Drop"]
    drop = api.services["Widget"].methods[1]
    assert drop.request_type == "yandex.cloud.widgets.v1.DropWidgetRequest"
    assert api.messages[drop.request_type].synthetic
    # The lone page's folder names no package: never a stop; its sourcePath says where the
    # docs keep it (en/_api-ref/widgets/v1/api-ref/...), a warning says so.
    assert not diagnostics.errors
    guesses = [str(d) for d in diagnostics.warnings if d.code == "package-guess"]
    expected = (
        "lone/Widget/apply.md:54: warning: no type on this page or its folder names a protobuf "
        "package; using yandex.cloud.widgets.v1, read from its location _api-ref/widgets/v1/api-ref"
    )
    assert guesses == [expected]
    assert "lone/Widget/apply.md" in apis["yandex.cloud.widgets.v1"].sources
