"""Golden cases: each folder under cases/ is a spec plus the package it must generate.

Adding a case is adding a folder (`spec.yaml`, optional `spec.settings.yaml`), then `make goldens`.
A case holds the files its spec decides; the runtime, the same in every package, is checked once:
every package carries a byte-identical copy of generator/runtime/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import GENERATED
from generator.emit.plan import RUNTIME_MODULES, runtime_paths
from generator.emit.render import RUNTIME
from generator.emit.write import compare
from generator.pipeline import generate_files
from tests.golden.update import spec_owned_files

CASES = sorted(p for p in (Path(__file__).resolve().parent / "cases").iterdir() if (p / "spec.yaml").exists())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_generates_its_expected_tree(case: Path) -> None:
    assert (case / "expected").is_dir(), f"{case.name}: no expected/ yet: run `make goldens`"
    drift = compare(case / "expected", spec_owned_files(case / "spec.yaml"))
    report = "\n".join(drift.diffs)
    assert drift.clean, (
        f"{case.name} differs from its golden files: changed {drift.changed}, "
        f"missing {drift.added}, stale {drift.removed}\n{report}"
    )


def test_every_package_carries_the_runtime_verbatim() -> None:
    package, files = generate_files(CASES[0] / "spec.yaml")
    assert sorted(runtime_paths(package)) == sorted(f"{package}/{name}.py" for name in RUNTIME_MODULES)
    for name in RUNTIME_MODULES:
        assert files[f"{package}/{name}.py"] == (RUNTIME / f"{name}.py").read_text("utf-8"), name
    for root in sorted(p for p in GENERATED.iterdir() if (p / "pyproject.toml").exists()):
        for name in RUNTIME_MODULES:
            copy = root / root.name / f"{name}.py"
            assert copy.read_bytes() == (RUNTIME / f"{name}.py").read_bytes(), f"{copy} differs from the runtime"
