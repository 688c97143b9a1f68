"""Real docs pages (the VPC and Compute services of the corpus), copied and edited the way a
docs release changes them; the diff finds exactly the expected changes, nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.classify import classify
from generator.diff.model_diff import diff_models
from generator.diff.rules import RULES

from .helpers import (
    CORPUS_API_REF,
    compare,
    copy_tree,
    edit_sections,
    found,
    line_of,
    sub,
)

pytestmark = pytest.mark.skipif(
    not CORPUS_API_REF.is_dir(), reason=f"the docs corpus is not at {CORPUS_API_REF}"
)

VPC = "yandex.cloud.vpc.v1"
COMPUTE = "yandex.cloud.compute.v1"
SERVICES = ("vpc/v1/api-ref", "compute/v1/api-ref/Instance", "compute/v1/api-ref/Disk")


def _corpus_copy(target: Path) -> Path:
    for part in SERVICES:
        copy_tree(CORPUS_API_REF / part, target / part)
    return target


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus_copy(tmp_path_factory.mktemp("base"))


def _release(tree: Path) -> None:
    """One docs release: every kind of edit the issue names."""
    # A field removed (from every place the message is documented).
    edit_sections(
        tree,
        f"{VPC}.Subnet",
        "|| routeTableId | **string**\n\nID of route table the subnet is linked to. ||\n",
        "",
    )
    # Enum values added and removed.
    status = f"{COMPUTE}.Instance"
    edit_sections(
        tree,
        status,
        "- `RUNNING`: Instance is running normally.\n",
        "- `RUNNING`: Instance is running normally.\n- `PAUSED`: Instance is paused.\n",
    )
    edit_sections(
        tree, status, "- `CRASHED`: Instance crashed and will be restarted automatically.\n", ""
    )
    # A field marked required.
    edit_sections(
        tree,
        f"{VPC}.CreateSubnetRequest",
        "|| description | **string**\n\nDescription of the subnet. ||",
        "|| description | **string**\n\nRequired field. Description of the subnet. ||",
    )
    # A length tightened (in the table and in the playground schema).
    sub(
        tree,
        "vpc/v1/api-ref/Network/update.md",
        "The length must be less than or equal to 256.",
        "The length must be less than or equal to 200.",
        count=2,
    )
    # A path moved (request line and playground URL).
    sub(tree, "vpc/v1/api-ref/Subnet/relocate.md", "{subnetId}:relocate", "{subnetId}:moveZone", 2)
    # A method added.
    text = (tree / "vpc/v1/api-ref/Subnet/get.md").read_text(encoding="utf-8")
    text = text.replace("REST: Subnet.Get", "REST: Subnet.Describe")
    text = text.replace("/subnets/{subnetId}\n", "/subnets/{subnetId}:describe\n")
    (tree / "vpc/v1/api-ref/Subnet/describe.md").write_text(text, encoding="utf-8")
    # A field deprecated.
    edit_sections(
        tree,
        f"{COMPUTE}.Disk",
        "|| typeId | **string**\n\n",
        "|| typeId | **string**\n\nDeprecated. ",
    )


EXPECTED = {
    ("field-removed", f"{VPC}.Subnet.routeTableId"),
    ("enum-value-added", f"{COMPUTE}.Instance.Status.PAUSED"),
    ("enum-value-removed", f"{COMPUTE}.Instance.Status.CRASHED"),
    ("field-became-required", f"{VPC}.CreateSubnetRequest.description"),
    ("length-tightened", f"{VPC}.UpdateNetworkRequest.description"),
    ("path-changed", "Subnet.Relocate"),
    ("method-added", "Subnet.Describe"),
    ("message-added", f"{VPC}.DescribeSubnetRequest"),  # its path-only request
    ("field-deprecated", f"{COMPUTE}.Disk.typeId"),
}


def test_a_release_gives_exactly_the_expected_changes(base: Path, tmp_path: Path) -> None:
    edited = _corpus_copy(tmp_path / "edited")
    _release(edited)
    report = compare(base, edited)
    assert found(report) == EXPECTED
    by_rule = {e.change.rule: e for e in report.entries}
    # Removals are located on the OLD page, everything else on the NEW one.
    removed = by_rule["field-removed"].change.location
    assert removed.path.startswith(base.as_posix())
    page = Path(removed.path).relative_to(base).as_posix()
    assert removed.line == line_of(base, page, "|| routeTableId |")
    added = by_rule["enum-value-added"].change.location
    page = Path(added.path).relative_to(edited).as_posix()
    assert added.line == line_of(edited, page, "- `PAUSED`")
    moved = by_rule["path-changed"].change
    assert (moved.old, moved.new) == (
        "/vpc/v1/subnets/{subnetId}:relocate",
        "/vpc/v1/subnets/{subnetId}:moveZone",
    )
    assert report.bump == "major"


def test_only_additions_suggest_a_minor_bump(base: Path, tmp_path: Path) -> None:
    edited = _corpus_copy(tmp_path / "edited")
    text = (edited / "vpc/v1/api-ref/Subnet/get.md").read_text(encoding="utf-8")
    text = text.replace("REST: Subnet.Get", "REST: Subnet.Describe")
    text = text.replace("/subnets/{subnetId}\n", "/subnets/{subnetId}:describe\n")
    (edited / "vpc/v1/api-ref/Subnet/describe.md").write_text(text, encoding="utf-8")
    report = compare(base, edited)
    assert found(report) == {
        ("method-added", "Subnet.Describe"),
        ("message-added", f"{VPC}.DescribeSubnetRequest"),
    }
    assert report.bump == "minor"


def test_through_the_cache_apis_with_the_same_pages_are_not_compared(
    base: Path, tmp_path: Path
) -> None:
    """With the page cache, a copy's unchanged pages are read back, not parsed, and an API
    whose pages are the same bytes on both sides is neither loaded nor compared; the report
    is the one a run without the cache gives."""
    from generator.build import BuildOptions
    from generator.cache import Cache
    from generator.diff.command import _apis_to_compare
    from generator.pipeline import load_apis

    edited = copy_tree(base, tmp_path / "edited")
    edit_sections(
        edited,
        f"{VPC}.Subnet",
        "|| routeTableId | **string**\n\nID of route table the subnet is linked to. ||\n",
        "",
    )
    cache = Cache(tmp_path / "cache")
    before = load_apis(base, cache=cache, fingerprint="test")
    after = load_apis(edited, cache=cache, fingerprint="test")
    changed_pages = sum(
        (base / p).read_bytes() != (edited / p).read_bytes()
        for p in (x.relative_to(base).as_posix() for x in base.rglob("*.md"))
    )
    assert 0 < len(after.parsed) == changed_pages < len(after.pages)
    old, new = _apis_to_compare(before, after, BuildOptions())
    assert set(old) == set(new) == {VPC}
    assert set(before.apis) == {VPC, COMPUTE}
    through_cache = classify(diff_models(old, new), RULES, show_all=True)
    assert through_cache.entries == compare(base, edited, show_all=True).entries
    assert found(through_cache) == {("field-removed", f"{VPC}.Subnet.routeTableId")}
