"""Generated code is product code: every package in generated/ and in the golden cases passes
`ruff check` and `mypy --strict` with its own pyproject.toml, and imports lazily."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GENERATED, ROOT, golden_cases, golden_package

# (label, package folder or golden case name)
PACKAGES = [(p.name, p) for p in sorted(GENERATED.iterdir()) if (p / "pyproject.toml").exists()]
PACKAGES += [(f"golden-{case}", case) for case in golden_cases()]
IDS = [label for label, _ in PACKAGES]
BIN = Path(sys.executable).parent


def _root(where: Path | str) -> Path:
    return where if isinstance(where, Path) else golden_package(where)


def _import_package(root: Path) -> str:
    return next(p.name for p in root.iterdir() if (p / "__init__.py").exists())


@pytest.mark.parametrize(("label", "where"), PACKAGES, ids=IDS)
def test_ruff_finds_nothing(label: str, where: Path | str) -> None:
    root = _root(where)
    result = subprocess.run([str(BIN / "ruff"), "check", "--no-cache", "."], cwd=root, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize(("label", "where"), PACKAGES, ids=IDS)
def test_black_leaves_it_unchanged(label: str, where: Path | str) -> None:
    """The generator formats only what its layout could not: black must agree with the result."""
    root = _root(where)
    result = subprocess.run([str(BIN / "black"), "--check", "--quiet", "."], cwd=root, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize(("label", "where"), PACKAGES, ids=IDS)
def test_mypy_strict_is_clean(label: str, where: Path | str) -> None:
    root = _root(where)
    package = _import_package(root)
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(ROOT / ".mypy_cache" / label), package],
        cwd=root, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


IMPORT_PROBE = """
import sys, time
start = time.perf_counter()
import {package}
api = getattr({package}, {api!r})
elapsed = time.perf_counter() - start
loaded = sorted(m for m in sys.modules if m.startswith("{package}.models."))
print(len(loaded), elapsed)
"""


@pytest.mark.parametrize(("label", "where"), PACKAGES, ids=IDS)
def test_importing_an_api_class_imports_no_model(label: str, where: Path | str) -> None:
    root = _root(where)
    package = _import_package(root)
    api_files = sorted((root / package / "api").glob("*_api.py"))
    assert api_files, "every package has at least one API class"
    api_class = next(line.split()[1].split("(")[0].rstrip(":") for line in api_files[0].read_text().splitlines()
                     if line.startswith("class ") and not line.startswith("class Async"))
    probe = IMPORT_PROBE.format(package=package, api=api_class)
    result = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    loaded, _ = result.stdout.split()
    assert loaded == "0"


def test_the_generator_itself_passes_mypy_strict() -> None:
    result = subprocess.run([str(BIN / "mypy"), "--strict", "--cache-dir", str(ROOT / ".mypy_cache" / "generator"),
                             "generator"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
