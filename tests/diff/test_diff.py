"""`apigen diff`: the corpus of spec pairs in tests/diff/, and the pieces the classification rests on.

Each folder of tests/diff/ is a case: `old.yaml` and `new.yaml` (with `old.settings.yaml` and
`new.settings.yaml` where the case needs settings), `expected.json` (the changes by rule,
severity, Python path and wire path; the bump; the suggested version), and for some cases
`expected.txt`, the exact text `apigen diff old.yaml new.yaml` prints in that folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.diff import Change, Report, Severity, bump_version
from generator.diff.output import as_json, markdown, text
from generator.diff.rules import RULES
from generator.diff.typecmp import Rel, limit_changes, relate
from generator.ir.typetree import (
    AnyValue,
    Constrained,
    Limits,
    ListOf,
    LiteralOf,
    ModelKind,
    ModelRef,
    Nullable,
    Primitive,
    Scalar,
    UnionOf,
)

CORPUS = Path(__file__).parent
CASES = sorted(p for p in CORPUS.iterdir() if (p / "old.yaml").exists())
TEXT_CASES = [c for c in CASES if (c / "expected.txt").exists()]


def run(args: list[str], cwd: Path) -> tuple[int, str, str]:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def test_the_corpus_covers_every_severity_and_enough_cases() -> None:
    assert len(CASES) >= 60
    seen = {change["severity"] for case in CASES for change in json.loads((case / "expected.json").read_text())["changes"]}
    assert seen == {"breaking", "addition", "patch"}
    bumps = {json.loads((case / "expected.json").read_text())["bump"] for case in CASES}
    assert bumps == {"major", "minor", "patch", "none"}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_is_classified_as_expected(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text())
    code, stdout, stderr = run(["diff", "old.yaml", "new.yaml", "--format", "json"], case)
    assert code in (0, 1), stderr
    document = json.loads(stdout)
    [package] = document["packages"]
    got = sorted(({key: change[key] for key in ("rule", "severity", "python", "wire")}
                  for change in package["changes"]), key=json.dumps)
    assert got == expected["changes"]
    for change in package["changes"]:
        assert RULES[change["rule"]].value == change["severity"]
    assert (package["bump"], package["suggested_version"]) == (expected["bump"], expected["suggested_version"])
    breaking = any(change["severity"] == "breaking" for change in expected["changes"])
    assert code == (1 if breaking else 0), "exit 1 exactly when a change breaks callers"
    assert document["breaking"] is breaking


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c.name for c in TEXT_CASES])
def test_text_output(case: Path) -> None:
    _, stdout, _ = run(["diff", "old.yaml", "new.yaml"], case)
    assert stdout == (case / "expected.txt").read_text()


def test_a_spec_against_itself_has_no_change() -> None:
    case = CORPUS / "many_changes"
    code, stdout, _ = run(["diff", "new.yaml", "new.yaml", "--format", "json"], case)
    assert code == 0
    assert json.loads(stdout)["packages"][0]["changes"] == []


def test_swapping_old_and_new_turns_additions_into_breaking_changes() -> None:
    code, stdout, _ = run(["diff", "new.yaml", "old.yaml", "--format", "json"], CORPUS / "endpoint_added")
    assert code == 1
    rules = [c["rule"] for c in json.loads(stdout)["packages"][0]["changes"]]
    assert rules == ["endpoint-removed"]


@pytest.mark.parametrize("args", [["diff"], ["diff", "a.yaml"], ["diff", "a.yaml", "b.yaml", "c.yaml"],
                                  ["diff", "a.yaml", "b.yaml", "--format", "xml"]])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    code, _, stderr = run(args, tmp_path)
    assert code == 2 and len(stderr.splitlines()) == 1 and "--help" in stderr


def test_a_missing_or_broken_spec_is_bad_input(tmp_path: Path) -> None:
    (tmp_path / "new.yaml").write_text((CORPUS / "no_change/new.yaml").read_text())
    code, _, stderr = run(["diff", "missing.yaml", "new.yaml"], tmp_path)
    assert (code, stderr) == (2, "missing.yaml: no such spec file\n")
    (tmp_path / "old.yaml").write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: [\n")
    code, _, stderr = run(["diff", "old.yaml", "new.yaml"], tmp_path)
    assert code == 2 and stderr.startswith("old.yaml:") and "YAML" in stderr


# -- the pieces ---------------------------------------------------------------------------------

STR, INT, FLOAT = Primitive(Scalar.STR), Primitive(Scalar.INT), Primitive(Scalar.FLOAT)
PET = ModelRef("Pet", "pet", ModelKind.OBJECT)


@pytest.mark.parametrize(("old", "new", "relation"), [
    (STR, STR, Rel.SAME),
    (INT, FLOAT, Rel.WIDER),
    (FLOAT, INT, Rel.NARROWER),
    (STR, INT, Rel.CHANGED),
    (STR, Nullable(STR), Rel.WIDER),
    (Nullable(STR), STR, Rel.NARROWER),
    (Nullable(INT), FLOAT, Rel.CHANGED),  # wider inside, not null: neither
    (STR, AnyValue(), Rel.WIDER),
    (ListOf(INT), ListOf(FLOAT), Rel.WIDER),
    (UnionOf((STR, INT)), UnionOf((INT, STR)), Rel.SAME),
    (STR, UnionOf((STR, INT)), Rel.WIDER),
    (UnionOf((STR, INT)), INT, Rel.NARROWER),
    (LiteralOf(("a", "b")), LiteralOf(("a",)), Rel.NARROWER),
    (LiteralOf(("a",)), LiteralOf(("a", "b")), Rel.WIDER),
    (LiteralOf(("a",)), LiteralOf(("b",)), Rel.CHANGED),
    (LiteralOf((1,)), LiteralOf((True,)), Rel.CHANGED),
    (STR, LiteralOf(("a",)), Rel.NARROWER),
    (LiteralOf((1,)), STR, Rel.CHANGED),
    (PET, PET, Rel.SAME),
    (PET, ModelRef("Owner", "owner", ModelKind.OBJECT), Rel.CHANGED),
    (Constrained(STR, Limits((("max_length", 5),))), STR, Rel.SAME),  # constraints are compared apart
])
def test_type_relations(old: Any, new: Any, relation: Rel) -> None:
    from generator.diff.typecmp import plain

    assert relate(plain(old), plain(new)) is relation


def _limited(**checks: Any) -> Any:
    return Constrained(STR, Limits(tuple(sorted(checks.items()))))


@pytest.mark.parametrize(("old", "new", "expected"), [
    ({}, {"max_length": 5}, [("max-length", "set", True)]),
    ({"max_length": 5}, {"max_length": 3}, [("max-length", "decreased", True)]),
    ({"max_length": 5}, {}, [("max-length", "unset", False)]),
    ({"ge": 1}, {"gt": 1}, [("min", "increased", True)]),
    ({"le": 9}, {"lt": 9}, [("max", "decreased", True)]),
    ({"lt": 9}, {"le": 9}, [("max", "increased", False)]),
    ({"min_length": 2}, {"min_length": 1}, [("min-length", "decreased", False)]),
    ({}, {"pattern": "^a"}, [("pattern", "added", True)]),
    ({"pattern": "^a"}, {"pattern": "^b"}, [("pattern", "changed", True)]),
    ({"multiple_of": 10}, {"multiple_of": 5}, [("multiple-of", "relaxed", False)]),
    ({"multiple_of": 5}, {"multiple_of": 10}, [("multiple-of", "changed", True)]),
])
def test_limit_changes(old: dict[str, Any], new: dict[str, Any], expected: list[tuple[str, str, bool]]) -> None:
    before = _limited(**old) if old else STR
    after = _limited(**new) if new else STR
    assert [(c.dimension, c.verb, c.narrows) for c in limit_changes(before, after)] == expected


def test_list_limits_are_items() -> None:
    before = Constrained(ListOf(STR), Limits((("max_length", 5),)))
    after = Nullable(Constrained(ListOf(STR), Limits((("max_length", 3),))))
    assert [(c.dimension, c.verb) for c in limit_changes(before, after)] == [("max-items", "decreased")]


@pytest.mark.parametrize(("version", "bump", "expected"), [
    ("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4"),
    ("1.2.3", "none", "1.2.3"), ("0.3.2", "minor", "0.4.0"), ("1.0", "patch", "1.0.1"),
    ("2.1.0rc1", "patch", "2.1.1"), ("5.0.1.post2", "major", "6.0.0"),
])
def test_bump_version(version: str, bump: str, expected: str) -> None:
    assert bump_version(version, bump) == expected


def _report(*rules: str, version: str = "1.0.0") -> Report:
    changes = [Change(rule, "field", f"Pet.f{i}", f'Pet["f{i}"]', f"message {i} | with a pipe", "a", "b")
               for i, rule in enumerate(rules)]
    return Report("pets", "pets", version, version, "HEAD:specs/pets.yaml", "specs/pets.yaml", changes)


def test_bump_is_the_worst_change_and_minor_while_major_is_zero() -> None:
    assert _report("property-description-changed").bump == "patch"
    assert _report("property-description-changed", "model-added").bump == "minor"
    assert _report("model-added", "model-removed").bump == "major"
    assert _report("model-removed", version="0.9.1").suggested_version == "0.10.0"
    assert _report().bump == "none"


def test_an_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="no rule 'made-up'"):
        Change("made-up", "field", "", "", "")


def test_json_schema_is_stable() -> None:
    document = json.loads(as_json([_report("model-removed", "model-added")]))
    assert set(document) == {"schema", "breaking", "summary", "packages"}
    assert document["schema"] == "apigen-diff/1" and document["breaking"] is True
    assert document["summary"] == {"breaking": 1, "addition": 1, "patch": 0}
    [package] = document["packages"]
    assert set(package) == {"api", "package", "state", "old", "new", "summary", "bump", "suggested_version", "changes"}
    assert set(package["changes"][0]) == {"kind", "rule", "severity", "layer", "python", "wire", "old", "new", "message"}
    assert [c["severity"] for c in package["changes"]] == ["breaking", "addition"]  # worst first


def test_markdown_is_a_table_with_pipes_escaped() -> None:
    out = markdown([_report("model-removed")])
    assert out.startswith("### pets 1.0.0 -> 2.0.0 (major, suggested): 1 breaking\n")
    row = next(line for line in out.splitlines() if line.startswith("| breaking"))
    assert "message 0 \\| with a pipe" in row and "`model-removed`" in row
    assert row.count(" | ") == 4


def test_text_shows_terminal_escapes_instead_of_obeying_them() -> None:
    report = _report("model-removed")
    report.changes[0] = Change("model-removed", "model", "X", "", "model \x1b[31mred removed")
    assert "\\x1b[31mred" in text([report]) and "\x1b" not in text([report])


def test_every_severity_has_rules() -> None:
    assert {RULES[rule] for rule in RULES} == set(Severity)


def test_a_side_without_settings_is_read_with_the_others(tmp_path: Path) -> None:
    case = CORPUS / "breaking_while_major_is_zero"
    for name in ("old.yaml", "old.settings.yaml", "new.yaml"):  # the new side has no settings
        (tmp_path / name).write_text((case / name).read_text())
    code, stdout, _ = run(["diff", "old.yaml", "new.yaml", "--format", "json"], tmp_path)
    [package] = json.loads(stdout)["packages"]
    assert code == 1 and [c["rule"] for c in package["changes"]] == ["endpoint-removed"]  # no package rename
    assert (package["package"], package["suggested_version"]) == ("new", "0.4.0")
