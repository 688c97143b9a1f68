"""JUnit XML for CI dashboards: one suite per API, one test case per change; a change at or
above the --fail-on level (breaking when not given) is a failure."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..classify import Report
from ..rules import Level
from .grouping import groups, levels_text


def write(report: Report, fail_on: Level) -> str:
    root = ET.Element("testsuites", name="yc-codegen diff")
    suites: dict[str, ET.Element] = {}
    for package, group, entries in groups(report):
        suite = suites.get(package)
        if suite is None:
            suite = suites[package] = ET.SubElement(root, "testsuite", name=package)
        for e in entries:
            c = e.change
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"{package}.{group}",
                name=f"{c.rule}: {c.subject}",
                file=c.location.path,
                line=str(c.location.line),
            )
            text = f"{c.location}: {c.message} [{levels_text(e)}]"
            if e.level >= fail_on:
                failure = ET.SubElement(case, "failure", message=text, type=e.level.label)
                failure.text = e.rule.reason
            else:
                ET.SubElement(case, "system-out").text = text
    for suite in root:
        cases = list(suite)
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(case.find("failure") is not None for case in cases)))
    root.set("tests", str(len(report.entries)))
    root.set("failures", str(sum(e.level >= fail_on for e in report.entries)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
