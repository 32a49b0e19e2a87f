"""Broken specs: one line naming file and line/pointer, exit code 2, no traceback, nothing written.

Each folder in tests/read/errors/ is a case: `spec.yaml` or `spec.json` (plus any files it refers to,
and `spec.settings.yaml` for settings cases) and `expected.txt`, the exact message
`apigen validate spec.yaml` must print from inside that folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from generator.cli import main

CASES = sorted(p for p in (Path(__file__).parent / "errors").iterdir() if (p / "expected.txt").exists())


def run_cli(args: list[str], cwd: Path) -> tuple[int, str]:
    runner = CliRunner()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(main, args, catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stderr


def spec_of(case: Path) -> str:
    return "spec.json" if (case / "spec.json").exists() else "spec.yaml"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_spec_gives_its_one_line_message(case: Path) -> None:
    code, stderr = run_cli(["validate", spec_of(case)], case)
    assert code == 2
    assert stderr == (case / "expected.txt").read_text("utf-8")
    assert len(stderr.splitlines()) == 1
    assert "Traceback" not in stderr


@pytest.mark.parametrize("case", ["yaml_syntax", "dangling_ref", "ref_cycle"])
def test_broken_spec_leaves_the_output_untouched(case: str, tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    out.mkdir()
    (out / "keep.txt").write_text("hand-written", "utf-8")
    before = sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*") if p.is_file())
    code, stderr = run_cli(["generate", "--spec", "spec.yaml", "--out", str(out)], Path(__file__).parent / "errors" / case)
    assert code == 2
    assert stderr.count("\n") == 1
    after = sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*") if p.is_file())
    assert after == before


def test_one_broken_spec_stops_every_package_from_being_written(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "good.yaml").write_text((ROOT / "tests/read/warnings/method_collision/spec.yaml").read_text().replace("list_pets", "other"))
    (specs / "bad.yaml").write_text((ROOT / "tests/read/errors/dangling_ref/spec.yaml").read_text())
    code, stderr = run_cli(["generate", "--specs", str(specs), "--generated", str(tmp_path / "gen")], tmp_path)
    assert code == 2, stderr
    assert "bad.yaml" in stderr
    assert not (tmp_path / "gen").exists()


def test_a_spec_nested_10000_levels_deep_is_a_clear_error(tmp_path: Path) -> None:
    nested = "{type: object, properties: {a: " * 10000 + "{type: string}" + "}}" * 10000
    spec = tmp_path / "deep.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"
                    f"components:\n  schemas:\n    Deep: {nested}\n")
    code, stderr = run_cli(["validate", str(spec)], tmp_path)
    assert code == 2
    assert stderr.startswith(f"{spec}:") and "nested deeper than" in stderr


def test_the_real_command_prints_no_traceback() -> None:
    case = Path(__file__).parent / "errors" / "yaml_syntax"
    result = subprocess.run([sys.executable, "-m", "generator", "validate", "spec.yaml"], cwd=case,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr == (case / "expected.txt").read_text("utf-8")


@pytest.mark.parametrize("strict", [True, False])
def test_a_big_spec_is_validated_beside_generation_and_still_fails_cleanly(tmp_path: Path, strict: bool) -> None:
    """Specs with many paths are validated in a background process: its verdict must still win
    (strict: refused; lenient: the package is made again from the repaired spec, with a warning)."""
    paths = "".join(
        f"  /r{i}:\n    get:\n      operationId: get{i}\n      responses:\n        '200': {{description: ok}}\n"
        for i in range(60)
    )
    bad = "  /broken:\n    get:\n      operationId: broken\n      responses:\n        '200': {descriptionn: ok}\n"
    spec = tmp_path / "big.yaml"
    spec.write_text(f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}{bad}")
    mode = ["--strict"] if strict else []
    code, stderr = run_cli(["generate", *mode, "--spec", str(spec), "--out", str(tmp_path / "out")], tmp_path)
    line = (f"{spec}:308 (/paths/~1broken/get/responses/200): " + ("" if strict else "warning: ")
            + "description missing: read as empty; 'descriptionn' is not a field here: left out")
    assert (code, stderr.splitlines()[0]) == (2 if strict else 0, line), stderr
    assert (tmp_path / "out").exists() is not strict


MANY_PROBLEMS = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - name: limit
          in: query
          schema: {type: intger}
      responses:
        "200":
          description: ok
components:
  schemas:
    Cat:
      type: object
      properties:
        age: {type: integer, default: old}
    Dog:
      type: object
      properties:
        size: {type: string, minLength: -1}
"""


def test_every_validator_problem_is_reported_at_its_field(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(MANY_PROBLEMS)
    code, stderr = run_cli(["validate", "--strict", "spec.yaml"], tmp_path)
    assert code == 2
    assert stderr.splitlines() == [
        ("spec.yaml:19 (/components/schemas/Cat/properties/age/default): default \"old\" does not match the "
        "schema's type: ignored"),
        ("spec.yaml:10 (/paths/~1pets/get/parameters/0/schema/type): "
         "'intger' is not one of ['array', 'boolean', 'integer', 'number', 'object', 'string']: left out"),
        "spec.yaml:23 (/components/schemas/Dog/properties/size/minLength): -1 is less than the minimum of 0: left out",
    ]  # lenient, the same three lines are warnings (the repairs of tests/read/test_repairs.py)


def test_a_flood_of_problems_is_capped(tmp_path: Path) -> None:
    # Operations without responses: no lenient reading can make one up.
    paths = "".join(f"  /p{i}:\n    get: {{operationId: op{i}}}\n" for i in range(60))
    (tmp_path / "spec.yaml").write_text(f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}")
    code, stderr = run_cli(["validate", "spec.yaml"], tmp_path)
    lines = stderr.splitlines()
    assert code == 2
    assert len(lines) == 51 and lines[-1] == "spec.yaml: ... and 10 more problems"
    assert all("/get): invalid OpenAPI 3.0.3: 'responses' is a required property" in line for line in lines[:50])


PETS = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"


@pytest.mark.parametrize(("name", "why"), [
    ("import", "is a Python keyword"),
    ("None", "is a Python keyword"),
    ("match", "is a Python keyword"),
    ("typing", "would shadow the standard library module of that name"),
    ("os", "would shadow the standard library module of that name"),
    ("urllib3", "would shadow a package the generated client depends on"),
    ("typing_extensions", "would shadow a package the generated client depends on"),
    ("my-api", "is not a Python identifier"),
])
def test_a_package_name_that_cannot_work_is_refused(tmp_path: Path, name: str, why: str) -> None:
    (tmp_path / "spec.yaml").write_text(PETS)
    code, stderr = run_cli(["generate", "--spec", "spec.yaml", "--out", "out", "--package-name", name], tmp_path)
    assert (code, stderr) == (2, f"spec.yaml: --package-name {name!r} {why}\n")
    assert not (tmp_path / "out").exists()


def test_a_spec_file_named_with_a_leading_digit_gets_a_prefixed_default_name(tmp_path: Path) -> None:
    from generator.read.load import read_settings

    (tmp_path / "1password.yaml").write_text(PETS)
    assert run_cli(["validate", "1password.yaml"], tmp_path) == (0, "")
    assert read_settings(tmp_path / "1password.yaml").package_name == "api_1password"
    assert read_settings(tmp_path / "1password.yaml", "vault").package_name == "vault"
    (tmp_path / "json.yaml").write_text(PETS)  # a default that is no good is only an error when used
    assert read_settings(tmp_path / "json.yaml", "vault").package_name == "vault"
    code, stderr = run_cli(["validate", "json.yaml"], tmp_path)
    assert code == 2 and "the package name 'json' taken from the spec's file name would shadow" in stderr


def test_settings_values_are_checked_whole() -> None:
    from generator.errors import SpecError
    from generator.read.settings import parse_settings

    assert parse_settings({"package_version": "1.0.0rc1"}, "pets", "s.yaml").package_version == "1.0.0rc1"
    for version in ("1.0.0\n", "1.0.0 ", "v1"):
        with pytest.raises(SpecError, match="package_version"):
            parse_settings({"package_version": version}, "pets", "s.yaml")
    with pytest.raises(SpecError, match="contains a control character"):
        parse_settings({"host": "https://x\r\nInjected: 1"}, "pets", "s.yaml")


REF_TO_SHARED = """\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "%s"}
"""


def test_external_refs_stay_below_the_spec_folder_unless_widened(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared/pet.yaml").write_text("Pet: {type: object, properties: {name: {type: string}}}\n")
    api = tmp_path / "api"
    api.mkdir()
    (api / "spec.yaml").write_text(REF_TO_SHARED % "../shared/pet.yaml#/Pet")
    (api / "link.yaml").symlink_to(tmp_path / "shared/pet.yaml")
    (api / "via_link.yaml").write_text(REF_TO_SHARED % "link.yaml#/Pet")
    for spec in ("spec.yaml", "via_link.yaml"):
        code, stderr = run_cli(["validate", spec], api)
        assert code == 2 and "reads a file outside the spec's folder" in stderr, stderr
    assert run_cli(["validate", "--ref-root", "..", "spec.yaml"], api) == (0, "")
    for name in ("spec", "via_link"):
        (api / f"{name}.settings.yaml").write_text("ref_root: ..\n")
    # Outside git a settings file cannot widen past the spec's folder (the command line can).
    assert run_cli(["validate", "spec.yaml"], api) == (
        2, ("spec.settings.yaml: ref_root '..' leaves the spec's folder: a wider folder needs --ref-root on the "
            "command line\n"))
    (api / "spec.settings.yaml").write_text("ref_root: /\n")
    assert run_cli(["validate", "spec.yaml"], api) == (
        2, "spec.settings.yaml: ref_root '/' must be relative to the spec's folder\n")


def test_control_characters_from_a_spec_reach_the_terminal_escaped(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(
        'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths:\n'
        '  "/a\\e]0;owned\\a/{id}":\n    get:\n      operationId: getA\n      responses: {"200": {description: ok}}\n')
    code, stderr = run_cli(["validate", "--strict", "spec.yaml"], tmp_path)
    assert code == 2 and "\x1b" not in stderr and "\x07" not in stderr
    assert stderr == ("spec.yaml:6 (/paths/~1a\\x1b]0;owned\\x07~1{id}/get): "
                      "path '/a\\x1b]0;owned\\x07/{id}' has {id} but no path parameter 'id': read as a string "
                      "path parameter\n")
