"""Every model of every spec (specs/ and golden cases) built from valid data round-trips:
from_dict → to_json → from_json gives an equal model."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GENERATED, GOLDEN_CASES, SPECS, golden_cases, golden_package
from generator.ir import naming
from generator.pipeline import discover
from generator.read.load import load_spec
from schema_strategy import SchemaStrategies

SOURCES: list[tuple[Path, Path]] = [(spec, GENERATED / load_spec(spec).settings.package_name)
                                    for spec in discover(SPECS).values()]
SOURCES += [(GOLDEN_CASES / case / "spec.yaml", golden_package(case)) for case in golden_cases()]
# The 200-model ring needs no 200 separate tests: a handful proves the cycle resolves.
_SAMPLE_EVERY = {"recursion": 40}


def _cases() -> list[Any]:
    cases = []
    for spec_path, root in SOURCES:
        document = load_spec(spec_path).document
        package = next(p.name for p in root.iterdir() if (p / "__init__.py").exists())
        names = sorted((document.get("components") or {}).get("schemas") or {})
        step = _SAMPLE_EVERY.get(spec_path.parent.name, 1)
        for name in names[::step]:
            label = spec_path.stem if spec_path.parent == SPECS else spec_path.parent.name
            cases.append(pytest.param(document, root, package, name, id=f"{label}:{name}"))
    return cases


def _model_class(root: Path, package: str, class_name: str) -> Any:
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    models = importlib.import_module(f"{package}.models")
    return getattr(models, class_name, None)


@pytest.mark.parametrize(("document", "root", "package", "schema_name"), _cases())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_model_round_trips(document: dict[str, Any], root: Path, package: str, schema_name: str,
                           data: st.DataObject) -> None:
    cls = _model_class(root, package, naming.class_name(schema_name))
    if cls is None or not hasattr(cls, "from_json"):
        return  # a schema that is only a type (alias) or an enum: covered through the models using it
    value = data.draw(SchemaStrategies(document).value(document["components"]["schemas"][schema_name]))
    instance = cls.from_dict(value)
    again = cls.from_json(instance.to_json())
    assert again == instance
    assert again.to_dict() == instance.to_dict()
