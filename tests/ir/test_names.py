"""Names in generated modules: no module binds one name twice (an import shadowed by a model of
the same name, or the other way round), and no class or function defines a name twice.

Run over every package in generated/, every golden case, and the lenient cases of
tests/read/warnings/, whose specs collide on purpose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import GENERATED, TESTS, golden_cases, golden_package
from generator.pipeline import generate

PACKAGES = [p for p in sorted(GENERATED.iterdir()) if (p / "pyproject.toml").exists()]
IDS = [p.name for p in PACKAGES] + [f"golden-{c}" for c in golden_cases()]
CLASH_SPECS = sorted((TESTS / "warnings").glob("*/spec.yaml")) + [TESTS / "golden/cases/names/spec.yaml"]


def _bound_at_top(tree: ast.Module) -> list[str]:
    """Names the module binds at top level, `if TYPE_CHECKING:` imports included."""
    names: list[str] = []
    body = list(tree.body)
    for node in tree.body:
        if isinstance(node, ast.If):  # if TYPE_CHECKING:
            body += node.body
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [(alias.asname or alias.name).split(".")[0] for alias in node.names
                      if alias.name != "annotations"]
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return names


def _problems(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    bound = _bound_at_top(tree)
    found += [f"{where}: binds {n!r} twice" for n in sorted({n for n in bound if bound.count(n) > 1})]
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            members = [n.target.id for n in node.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
            members += [n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
            found += [f"{where}: {node.name} defines {n!r} twice" for n in sorted({n for n in members
                                                                                 if members.count(n) > 1})]
    return found


def _check_files(files: dict[str, str]) -> list[str]:
    """The modules the spec decides (models, APIs, the `__init__`s); the runtime is checked as code."""
    spec_owned = [path for path in files if path.endswith(".py") and
                  ("/models/" in path or "/api/" in path or path.endswith("__init__.py"))]
    return [p for path in sorted(spec_owned) for p in _problems(files[path], path)]


@pytest.mark.parametrize("where", PACKAGES + golden_cases(), ids=IDS)
def test_no_generated_module_binds_a_name_twice(where: Path | str) -> None:
    root = where if isinstance(where, Path) else golden_package(where)
    files = {p.relative_to(root).as_posix(): p.read_text("utf-8") for p in root.rglob("*.py")}
    assert not _check_files(files)


@pytest.mark.parametrize("spec", CLASH_SPECS, ids=[p.parent.name for p in CLASH_SPECS])
def test_specs_that_collide_give_modules_that_do_not(spec: Path) -> None:
    assert not _check_files(generate(spec).files)


def test_a_model_named_like_an_import_keeps_its_name_and_the_import_is_aliased(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("""\
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /x:
    get:
      operationId: getX
      parameters: [{name: q, in: query, schema: {$ref: "#/components/schemas/Optional"}}]
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Shape"}}}}
components:
  schemas:
    Optional: {type: object, properties: {a: {type: string}}}
    Members: {type: object, properties: {kind: {type: string}}}
    Operation: {type: object, properties: {kind: {type: string}}}
    Shape:
      oneOf: [{$ref: "#/components/schemas/Members"}, {$ref: "#/components/schemas/Operation"}]
      discriminator: {propertyName: kind}
    ApiClient: {type: object, properties: {a: {type: string}}}
""")
    files = generate(spec).files
    assert not _check_files(files)
    shape = files["spec/models/shape.py"]
    assert "from spec._union import Members as _Members" in shape
    assert "Optional[Union[Members, Operation]]" in shape and '_Members("Shape", "oneOf"' in shape
    api = files["spec/api/default_api.py"]
    assert "from typing import Optional as _Optional" in api and "q: _Optional[Union[Optional, dict[str, Any]]] = None" in api
    assert "spec/models/model_api_client.py" in files  # the runtime's exports keep their names


def test_many_names_that_map_to_one_identifier_are_numbered_in_linear_time() -> None:
    import time

    from generator.ir.names import Claim, settle

    claims = [Claim(f"/components/schemas/T/properties/x{'_' * (i % 3)}{i}", "x", f"x-{i}") for i in range(20_000)]
    started = time.perf_counter()
    names, findings = settle(claims, {}, {}, "property")
    assert len(set(names.values())) == 20_000 and len(findings) == 19_999
    assert time.perf_counter() - started < 20  # quadratic numbering took minutes
