"""Reports printed: text (a terminal, a PR comment), markdown (a table) and JSON (a stable schema)."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.diff.changes import Change, Report
from generator.diff.rules import Severity

SCHEMA = "apigen-diff/1"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LABELS = {Severity.BREAKING: "breaking", Severity.ADDITION: "additions", Severity.PATCH: "patch-level"}


def _clean(text: str) -> str:
    """A spec's text as a terminal should show it: escape sequences shown, not obeyed."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\n", " "))


def counts(report: Report) -> str:
    parts = [f"{n} {_LABELS[level].removesuffix('s') if n == 1 else _LABELS[level]}"
             for level in Severity if (n := report.count(level))]
    return ", ".join(parts) or "no change"


def headline(report: Report) -> str:
    """`oden 1.0.0 -> 1.1.0 (minor): 2 additions`."""
    name = report.package
    if report.state == "added":
        return f"{name}: new package, first release {report.new_version}"
    if report.bump == "none":
        return f"{name} {report.old_version}: no change to the API; the version stays"
    status = report.version_status
    target = report.suggested_version
    note = {"needed": "suggested", "set": "set in the settings",
            "too-low": f"suggested; the settings say {report.new_version}, too low"}[status]
    return f"{name} {report.old_version} -> {target} ({report.bump}, {note}): {counts(report)}"


def _grouped(report: Report) -> list[tuple[Severity, list[Change]]]:
    ordered = report.sorted_changes()
    return [(level, [c for c in ordered if c.severity is level]) for level in Severity
            if any(c.severity is level for c in ordered)]


def text(reports: list[Report]) -> str:
    lines: list[str] = []
    for report in reports:
        if lines:
            lines.append("")
        lines.append(_clean(headline(report)))
        if report.old_source or report.new_source:
            lines.append(_clean(f"  {report.old_source or '(none)'} -> {report.new_source or '(none)'}"))
        for level, changes in _grouped(report):
            lines.append(f"  {_LABELS[level]} ({len(changes)}):")
            for change in changes:
                lines.append(_clean(f"    {change.message}"))
                where = "  ".join(part for part in (change.python, change.wire) if part)
                lines.append(_clean(f"        {where}  [{change.rule}]"))
    if len(reports) > 1:
        breaking = sum(r.count(Severity.BREAKING) for r in reports)
        lines += ["", f"{len(reports)} packages, {breaking} breaking change{'s' if breaking != 1 else ''}"]
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return _clean(value).replace("|", "\\|")


def _code(value: str) -> str:
    if not value:
        return ""
    fence = "``" if "`" in value else "`"
    return f"{fence}{_cell(value)}{fence}"


def markdown(reports: list[Report]) -> str:
    lines: list[str] = []
    for report in reports:
        lines += [f"### {_cell(headline(report))}", ""]
        if report.old_source or report.new_source:
            lines += [f"{_code(report.old_source) or '(none)'} → {_code(report.new_source) or '(none)'}", ""]
        if not report.changes:
            continue
        lines += ["| severity | change | Python | HTTP | rule |", "|---|---|---|---|---|"]
        for change in report.sorted_changes():
            lines.append(f"| {change.severity.value} | {_cell(change.message)} | {_code(change.python)} | "
                         f"{_code(change.wire)} | {_code(change.rule)} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def as_json(reports: list[Report]) -> str:
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "breaking": any(r.breaking for r in reports),
        "summary": {level.value: sum(r.count(level) for r in reports) for level in Severity},
        "packages": [r.as_json() for r in reports],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


FORMATS = {"text": text, "markdown": markdown, "json": as_json}
