"""The package's tree is its pipeline: imports run emit → ir → read, never back.

Walks every module of `generator/` with `ast` (imports inside functions included) and checks
each edge between stage packages against the allowed direction. `errors.py` sits below every
stage; `cli.py` and `pipeline.py` sit above them all; `runtime/` is copied into generated
packages and imports nothing of the generator.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"

# stage → the stages it may import (besides itself). `errors` is the floor.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "read": {"errors"},
    "ir": {"read", "errors"},
    "emit": {"ir", "read", "errors"},
    "mock": {"read", "ir", "errors", "runtime"},  # --strict-wire writes values as the client does
    "diff": {"read", "ir", "emit", "errors", "pipeline"},
    "runtime": set(),
    "pipeline": {"read", "ir", "emit", "errors"},
    "cli": {"read", "ir", "emit", "mock", "diff", "errors", "pipeline"},
    "__main__": {"cli"},
    "__init__": set(),
}


def _stage(module: str) -> str:
    """`generator.read.load` → `read`; `generator.cli` → `cli`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(GENERATOR.parent).with_suffix("")
    return ".".join(rel.parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "generator":
                found.extend((node.lineno, f"generator.{alias.name}") for alias in node.names)
            elif node.module.startswith("generator."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append((node.lineno, "<relative>"))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names if a.name.startswith("generator"))
    return found


def _edges() -> list[tuple[str, int, str, str]]:
    edges = []
    for path in sorted(GENERATOR.rglob("*.py")):
        module = _module_name(path)
        for line, target in _imports(path):
            edges.append((module, line, target, str(path.relative_to(GENERATOR.parent))))
    return edges


def test_every_module_belongs_to_a_known_stage() -> None:
    unknown = sorted({_stage(m) for m, *_ in _edges()} - set(ALLOWED))
    stages = sorted({_stage(_module_name(p)) for p in GENERATOR.rglob("*.py")} - set(ALLOWED))
    assert not unknown and not stages, f"modules outside the known stages: {stages or unknown}"


def test_imports_run_one_way() -> None:
    wrong = []
    for module, line, target, file in _edges():
        source = _stage(module)
        if source == "runtime":
            if target != "<relative>":
                wrong.append(f"{file}:{line}: the runtime imports {target}")
            continue
        if target == "<relative>":
            continue
        dest = _stage(target)
        if dest != source and dest not in ALLOWED[source]:
            wrong.append(f"{file}:{line}: {source}/ imports {target} ({dest}/)")
    assert not wrong, "imports that run back up the pipeline:\n" + "\n".join(wrong)


@pytest.mark.parametrize("source, target", [("read", "ir"), ("read", "emit"), ("ir", "emit")])
def test_the_check_itself_sees_a_back_edge(tmp_path: Path, source: str, target: str) -> None:
    """The walker finds a back edge when there is one (so a green test means something)."""
    module = tmp_path / "m.py"
    module.write_text(f"def f():\n    from generator.{target}.x import y\n")
    assert [t for _, t in _imports(module)] == [f"generator.{target}.x"]
    assert _stage(f"generator.{target}.x") not in ALLOWED[source]
