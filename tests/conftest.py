"""Shared test helpers: where things are, and how to get a golden case's whole package."""

from __future__ import annotations

import shutil
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TESTS = ROOT / "tests"
GOLDEN_CASES = TESTS / "golden" / "cases"
# Golden cases keep only what their spec changes (no runtime copy): whole packages, to import
# and type-check, are assembled here once per session.
_ASSEMBLED = ROOT / ".pytest_cache" / "golden-packages"

# Tests import helper modules (seeddocs) by plain name.
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


def golden_cases() -> list[str]:
    return sorted(p.name for p in GOLDEN_CASES.iterdir() if (p / "spec.yaml").exists())


@cache
def golden_package(case: str) -> Path:
    """The distribution folder of a golden case: its expected/ files plus the client runtime."""
    from generator.emit.plan import RUNTIME_MODULES
    from generator.emit.render import RUNTIME

    expected = GOLDEN_CASES / case / "expected"
    target = _ASSEMBLED / case
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(expected, target)
    package = next(p for p in target.iterdir() if (p / "__init__.py").exists())
    for name in RUNTIME_MODULES:
        shutil.copyfile(RUNTIME / f"{name}.py", package / f"{name}.py")
    return target
