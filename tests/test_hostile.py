"""A spec full of hostile text (the `hostile` golden case) gives code that compiles, runs, and
executes nothing from the spec: every hostile string stays inside a string literal."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import GOLDEN_CASES, golden_package

EXPECTED = GOLDEN_CASES / "hostile" / "expected"
PAYLOADS = ("__import__", "system", "DROP", "rm -rf", "__globals__", "alert", "7 * 7")


def _python_files() -> list[Path]:
    return sorted(EXPECTED.rglob("*.py"))


def test_hostile_text_appears_only_inside_string_literals() -> None:
    for path in _python_files():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Name):
                names.append(node.id)
            elif isinstance(node, ast.Attribute):
                names.append(node.attr)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.arg):
                names.append(node.arg)
            for name in names:
                assert not any(p.replace(" ", "") in name for p in PAYLOADS), f"{path}: identifier {name!r}"


def test_hostile_package_imports_and_keeps_the_text_as_data() -> None:
    probe = (
        "import golden_hostile as g\n"
        "from golden_hostile.models import Weird\n"
        "w = Weird.from_dict({'def': 'x', 'größe': 1.5})\n"
        "assert w.var_def == 'x' and w.grosse == 1.5, w\n"
        "assert '${{7*7}}' in w.code_default\n"
        "assert Weird.from_json(w.to_json()) == w\n"
        "assert '\"\"\"' in g.DefaultApi.var_import.__doc__\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=golden_package("hostile"), capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_markdown_tables_stay_well_formed() -> None:
    for doc in sorted((EXPECTED / "docs").glob("*.md")):
        for line in doc.read_text("utf-8").splitlines():
            if line.startswith((" **", "**")) and "|" in line:
                cells = line.replace("\\|", "").split("|")
                assert len(cells) == 4, f"{doc.name}: a table row split into {len(cells)} cells: {line}"
