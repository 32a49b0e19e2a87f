"""Golden cases: each folder under cases/ is a spec plus the package it must generate.

Adding a case is adding a folder (`spec.yaml`, optional `spec.settings.yaml`), then `make goldens`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import generate_files
from generator.write import compare

CASES = sorted(p for p in (Path(__file__).resolve().parent / "cases").iterdir() if (p / "spec.yaml").exists())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_generates_its_expected_tree(case: Path) -> None:
    assert (case / "expected").is_dir(), f"{case.name}: no expected/ yet: run `make goldens`"
    _, files = generate_files(case / "spec.yaml")
    drift = compare(case / "expected", files)
    report = "\n".join(drift.diffs)
    assert drift.clean, (
        f"{case.name} differs from its golden files: changed {drift.changed}, "
        f"missing {drift.added}, stale {drift.removed}\n{report}"
    )
