"""Broken specs: one line naming file and line/pointer, exit code 2, no traceback, nothing written.

Each folder in tests/errors/ is a case: `spec.yaml` (plus any files it refers to) and
`expected.txt`, the exact message `apigen validate spec.yaml` must print from inside that folder.
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


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_broken_spec_gives_its_one_line_message(case: Path) -> None:
    code, stderr = run_cli(["validate", "spec.yaml"], case)
    assert code == 2
    assert stderr == (case / "expected.txt").read_text("utf-8")
    assert len(stderr.splitlines()) == 1
    assert "Traceback" not in stderr


@pytest.mark.parametrize("case", ["yaml_syntax", "dangling_ref", "duplicate_operation_id"])
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
    (specs / "good.yaml").write_text((ROOT / "tests/errors/method_collision/spec.yaml").read_text().replace("list_pets", "other"))
    (specs / "bad.yaml").write_text((ROOT / "tests/errors/dangling_ref/spec.yaml").read_text())
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


def test_a_big_spec_is_validated_beside_generation_and_still_fails_cleanly(tmp_path: Path) -> None:
    """Specs with many paths are validated in a background process: its verdict must still win."""
    paths = "".join(
        f"  /r{i}:\n    get:\n      operationId: get{i}\n      responses:\n        '200': {{description: ok}}\n"
        for i in range(60)
    )
    bad = "  /broken:\n    get:\n      operationId: broken\n      responses:\n        '200': {descriptionn: ok}\n"
    spec = tmp_path / "big.yaml"
    spec.write_text(f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n{paths}{bad}")
    code, stderr = run_cli(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")], tmp_path)
    assert code == 2
    assert "/paths/~1broken/get/responses/200" in stderr and "invalid OpenAPI 3.0.3" in stderr
    assert not (tmp_path / "out").exists()
