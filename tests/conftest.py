"""Shared test helpers: where things are, how to get a golden case's whole package, and the data
some tests need from outside the repository."""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

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


# --- data from outside the repository ----------------------------------------------------------
# A fresh clone has none of it: the tests that need it skip, saying what is missing and how to get
# it. CI has it: there (CI=true with the shared folder present) a test that would skip fails.

SHARED = Path(os.environ.get("APIGEN_SHARED") or ROOT.parent / "shared")


@dataclass(frozen=True)
class External:
    """A folder of data other people wrote that some tests read, and how to get it."""

    what: str
    path: Path

    def missing(self) -> str:
        return (f"{self.path} is missing ({self.what}): put the project's shared folder beside the checkout "
                f"(../shared, see its README.md) or set APIGEN_SHARED=DIR")


EXTERNAL = {
    "corpus": External("the corpus of other people's specs",
                       Path(os.environ.get("APIGEN_CORPUS") or SHARED / "corpus")),
    "og-suite": External("OpenAPI Generator's own tests of its python client",
                         Path(os.environ.get("APIGEN_CORPUS") or SHARED / "corpus") / "og-suite"),
    "seeds": External("the seed docs of the packages apigen replaces",
                      Path(os.environ.get("APIGEN_SEEDS") or SHARED / "seeds")),
}
_SKIPPED: Counter[str] = Counter()


def external(name: str) -> Path:
    """The folder of external data `name`; skips the test when it is absent (fails it on CI, where
    the shared folder is present and no test may skip for want of data)."""
    data = EXTERNAL[name]
    if data.path.is_dir():
        return data.path
    if os.environ.get("CI") == "true" and SHARED.is_dir():
        pytest.fail(f"{data.missing()}; CI has {SHARED}, so no test may skip for want of it", pytrace=False)
    _SKIPPED[name] += 1
    pytest.skip(data.missing())


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "external(name): the test reads data from outside the repository "
                                       f"(one of {', '.join(EXTERNAL)}); absent, it skips saying how to get it")


def pytest_runtest_setup(item: pytest.Item) -> None:
    for marker in item.iter_markers("external"):
        external(marker.args[0])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line per missing folder of data, however many tests it skipped."""
    for name, count in sorted(_SKIPPED.items()):
        terminalreporter.write_line(f"skipped {count} test{'s' if count > 1 else ''}: {EXTERNAL[name].missing()}")
