"""Lenient reading: each folder in tests/read/warnings/ is a spec that real APIs write (name collisions,
validator complaints, constructs no client needs) and `expected.txt`, the warnings it must give.

Lenient (the default), the spec generates with exactly those warnings, and the package passes
`mypy --strict` and imports; with `--strict`, each warning is an error and nothing is generated.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_errors import run_cli

CASES = sorted(p for p in (Path(__file__).parent / "warnings").iterdir() if (p / "expected.txt").exists())
BIN = Path(sys.executable).parent


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_lenient_run_warns_and_succeeds(case: Path) -> None:
    code, stderr = run_cli(["validate", "spec.yaml"], case)
    assert code == 0, stderr
    assert stderr == (case / "expected.txt").read_text("utf-8")


@pytest.mark.parametrize("case", [c for c in CASES if (c / "expected.txt").read_text("utf-8")],
                         ids=lambda c: c.name)
def test_strict_run_makes_every_warning_an_error(case: Path) -> None:
    code, stderr = run_cli(["validate", "--strict", "spec.yaml"], case)
    assert code == 2
    expected = (case / "expected.txt").read_text("utf-8").replace(": warning: ", ": ")
    assert stderr == expected


def test_every_lenient_package_type_checks_and_imports(tmp_path: Path) -> None:
    packages = []
    for case in CASES:
        package = "warned_" + case.name
        code, stderr = run_cli(["generate", "--spec", "spec.yaml", "--out", str(tmp_path / case.name),
                                "--package-name", package], case)
        assert code == 0, stderr
        packages.append((tmp_path / case.name, package))
    # One mypy run over all of them (each package in its own folder, found through MYPYPATH):
    # the same check per package, without paying mypy's start-up and typeshed once per case.
    roots = os.pathsep.join(str(root) for root, _ in packages)
    command = [str(BIN / "mypy"), "--strict", "--no-incremental", *(f"-p{package}" for _, package in packages)]
    result = subprocess.run(command, cwd=tmp_path, env={**os.environ, "MYPYPATH": roots}, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-4000:]
    assert "Success: no issues found in" in result.stdout
    probe = "import importlib, pkgutil, sys\n"
    for root, package in packages:
        probe += (f"sys.path.insert(0, {str(root)!r}); import {package}\n"
                  f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'): importlib.import_module(m.name)\n"
                  f"for name in {package}.__all__: getattr({package}, name)\n")
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]


def test_values_a_literal_cannot_hold_keep_the_schemas_type() -> None:
    # `enum: [[1, 2], [3]]` on an array of integers: typed as the array, its values unlisted;
    # a map whose values are only described (`allOf: [{}, {example}, {description}]`) holds any value.
    from generator.ir.typetree import AnyValue, DictOf, FreeForm, ListOf, Primitive, Scalar
    from generator.pipeline import build_checked

    package, _ = build_checked(Path(__file__).parent / "warnings" / "odd_schemas" / "spec.yaml")
    [thing] = [model for model in package.models if model.name == "Thing"]
    shape = next(p.type for p in thing.properties if p.name == "shape")
    assert shape == ListOf(Primitive(Scalar.INT))
    [operation] = [op for api in package.apis for op in api.operations]
    [body] = [p for p in operation.parameters if p.location.value == "body"]
    assert body.type in (DictOf(AnyValue()), FreeForm(declared_map=True)), body.type


def test_an_http_scheme_the_client_cannot_send_is_left_out() -> None:
    # `scheme: signature` is warned about and not sent; `Bearer` (any case) is a bearer token.
    from generator.pipeline import build_checked

    package, _ = build_checked(Path(__file__).parent / "warnings" / "http_auth_schemes" / "spec.yaml")
    assert [(s.name, s.kind) for s in package.security_schemes] == [("token", "http_bearer")]


def test_a_header_or_cookie_style_the_spec_does_not_allow_is_read_as_the_one_it_does() -> None:
    # Headers allow only `simple`, cookies only `form`: `style: form` on a header (as real specs
    # write it) is sent as `simple`, its explode kept.
    from generator.pipeline import build_checked

    package, warnings = build_checked(Path(__file__).parent / "warnings" / "header_styles" / "spec.yaml")
    parameters = package.apis[0].operations[0].parameters
    read = {(p.wire_name, p.location.value, p.style, p.explode) for p in parameters}
    assert read == {("X-Ids", "header", "simple", False), ("X-Filter", "header", "simple", True),
                    ("session", "cookie", "form", True), ("X-Tenant", "header", "simple", False)}
    assert len(warnings) == 4
