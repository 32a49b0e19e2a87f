"""Names in generated modules: every name a module imports is on naming's reserved list (so a
model class can never shadow it), and no identifier is defined twice in one scope."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import GENERATED, golden_cases, golden_package
from generator.naming import MODULE_NAMES

PACKAGES = [p for p in sorted(GENERATED.iterdir()) if (p / "pyproject.toml").exists()]
IDS = [p.name for p in PACKAGES] + [f"golden-{c}" for c in golden_cases()]


def _package_classes(package: Path) -> set[str]:
    """The spec's own classes: models and API classes."""
    found = set()
    for folder in ("models", "api"):
        for module in (package / folder).glob("*.py"):
            tree = ast.parse(module.read_text("utf-8"))
            found |= {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    return found


@pytest.mark.parametrize("where", PACKAGES + golden_cases(), ids=IDS)
def test_every_imported_name_is_reserved(where: Path | str) -> None:
    root = where if isinstance(where, Path) else golden_package(where)
    package = next(p for p in root.iterdir() if (p / "__init__.py").exists())
    own = _package_classes(package)
    unlisted = set()
    for module in package.rglob("*.py"):
        if module.parent == package and module.name != "__init__.py":
            continue  # the runtime itself, and _package.py: no spec class lives beside them
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    name = (alias.asname or alias.name).split(".")[0]
                    if name not in own and name not in MODULE_NAMES and not name.startswith("_") and name != "annotations":
                        unlisted.add(f"{module.relative_to(root)}: {name}")
    assert not unlisted, f"imported but not in naming.MODULE_NAMES: {sorted(unlisted)[:20]}"


@pytest.mark.parametrize("where", PACKAGES + golden_cases(), ids=IDS)
def test_no_class_defines_a_name_twice(where: Path | str) -> None:
    root = where if isinstance(where, Path) else golden_package(where)
    package = next(p for p in root.iterdir() if (p / "__init__.py").exists())
    for module in list((package / "models").glob("*.py")) + list((package / "api").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = [n.target.id for n in node.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
                names += [n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
                assert len(names) == len(set(names)), f"{module}: {node.name} defines a name twice"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = [a.arg for a in node.args.args + node.args.kwonlyargs]
                assert len(args) == len(set(args)), f"{module}: {node.name} takes an argument twice"
