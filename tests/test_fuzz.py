"""Fuzzing the generator (bounded for CI).

- Random valid specs: generation succeeds, and the package compiles, imports and round-trips.
- Random mutations of real specs: generation succeeds or fails with a clean SpecError, never
  with any other exception.
"""

from __future__ import annotations

import copy
import importlib
import itertools
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from generator.emit.write import write_package
from generator.errors import SpecError, SpecErrors
from generator.ir.naming import class_name, snake_identifier
from generator.pipeline import generate_files
from schema_strategy import SchemaStrategies

# Names as curated specs have them, and as careless ones do.
NAMES = st.one_of(
    st.from_regex(r"[a-z][a-zA-Z0-9]{0,10}", fullmatch=True),
    st.sampled_from(["class", "from", "self", "schema", "json", "list", "type", "id", "1st", "a-b", "a.b",
                     "with space", "größe", "None", "True", "_private", "camelCase", "HTTPServer"]),
)
PRIMITIVES = st.sampled_from([
    {"type": "string"}, {"type": "string", "format": "date-time"}, {"type": "string", "format": "date"},
    {"type": "string", "format": "uuid"}, {"type": "integer"}, {"type": "integer", "format": "int64"},
    {"type": "number"}, {"type": "boolean"}, {"type": "string", "nullable": True},
    {"type": "string", "enum": ["a", "b c", ""]}, {"type": "object"}, {"type": "object", "additionalProperties": True},
])
_counter = itertools.count()


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(st.from_regex(r"[A-Z][a-zA-Z0-9]{0,8}", fullmatch=True), min_size=1, max_size=4,
                                 unique_by=str.lower))

    def field() -> st.SearchStrategy[Any]:
        ref = st.sampled_from(schema_names).map(lambda n: {"$ref": f"#/components/schemas/{n}"})
        leaf = st.one_of(PRIMITIVES, ref)
        return st.one_of(leaf, leaf.map(lambda s: {"type": "array", "items": s}),
                         leaf.map(lambda s: {"type": "object", "additionalProperties": s}))

    schemas = {}
    for name in schema_names:
        props = draw(st.dictionaries(NAMES, field(), max_size=5))
        # Property names must stay distinct once turned into Python names (else a clean error).
        seen: dict[str, str] = {}
        props = {k: v for k, v in props.items() if seen.setdefault(snake_identifier(k), k) == k}
        # Only non-reference fields may be required: a required reference cycle has no finite value.
        plain = sorted(k for k, v in props.items() if "$ref" not in str(v))
        required = draw(st.lists(st.sampled_from(plain), unique=True)) if plain else []
        schemas[name] = {"type": "object", "properties": props, **({"required": required} if required else {})}
    paths: dict[str, Any] = {}
    for index, name in enumerate(schema_names):
        ref = {"$ref": f"#/components/schemas/{name}"}
        query = draw(st.lists(st.tuples(NAMES, PRIMITIVES.filter(lambda s: s.get("type") != "object")),
                              max_size=3, unique_by=lambda t: snake_identifier(t[0])))
        params = [{"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}}]
        params += [{"name": q, "in": "query", "schema": s} for q, s in query if snake_identifier(q) != "item_id"]
        paths[f"/things{index}/{{item_id}}"] = {
            "get": {"operationId": f"get{name}", "tags": [draw(st.sampled_from(["alpha", "beta gamma"]))],
                    "parameters": params,
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref}}},
                                  "404": {"description": "missing"}}},
            "put": {"operationId": f"put{name}", "parameters": params[:1],
                    "requestBody": {"content": {"application/json": {"schema": ref, "example": {}}}},
                    "responses": {"204": {"description": "stored"}}},
        }
    return {"openapi": "3.0.3", "info": {"title": "Fuzz", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas}}


# Bounded for CI: a fixed set of examples, and no shrinking (a failure prints its full example).
FUZZ = settings(deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(FUZZ, max_examples=12)
@given(spec=specs(), data=st.data())
def test_random_valid_specs_generate_packages_that_import_and_round_trip(
        spec: dict[str, Any], data: st.DataObject, tmp_path_factory: Any) -> None:
    work = tmp_path_factory.mktemp("fuzz")
    package = f"fuzz_pkg_{next(_counter)}"
    (work / "spec.yaml").write_text(yaml.safe_dump(spec), "utf-8")
    _, files = generate_files(work / "spec.yaml", package_name=package)
    for path, text in files.items():
        if path.endswith(".py"):
            compile(text, path, "exec")
    write_package(work / "out", files)
    sys.path.insert(0, str(work / "out"))
    try:
        models = importlib.import_module(f"{package}.models")
        importlib.import_module(f"{package}.api")
        strategies = SchemaStrategies(spec)
        for name, schema in spec["components"]["schemas"].items():
            cls = getattr(models, class_name(name), None)
            if cls is None:
                assert not schema["properties"], f"{name} has properties but no model class"
                continue
            value = data.draw(strategies.value(schema))
            instance = cls.from_dict(value)
            assert cls.from_json(instance.to_json()) == instance
    finally:
        sys.path.remove(str(work / "out"))


SEED_SPECS = [ROOT / "specs/pytm4srv.yaml", ROOT / "specs/pieces_os_client.yaml",
              ROOT / "tests/golden/cases/basics/spec.yaml", ROOT / "tests/golden/cases/composition/spec.yaml",
              ROOT / "tests/golden/cases/enums/spec.yaml"]
JUNK = st.one_of(st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2),
                 st.just({"$ref": "#/components/schemas/Nope"}), st.just({"$ref": "#/x"}), st.just({}),
                 st.just({"type": "object", "properties": {"a": {"$ref": "#/components/schemas/Nope"}}}))


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _nodes(value, (*path, index))
    return found


@st.composite
def mutated_specs(draw: st.DrawFn) -> dict[str, Any]:
    spec = yaml.safe_load(draw(st.sampled_from(SEED_SPECS)).read_text("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _nodes(spec) if p]
        target = draw(st.sampled_from(paths))
        parent = spec
        for key in target[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["delete", "replace", "duplicate"]))
        if action == "delete":
            del parent[target[-1]]
        elif action == "replace":
            parent[target[-1]] = draw(JUNK)
        elif isinstance(parent, dict):
            parent[f"{target[-1]}_copy" if isinstance(target[-1], str) else target[-1]] = copy.deepcopy(
                parent[target[-1]])
    return spec


@settings(FUZZ, max_examples=40)
@given(spec=mutated_specs())
def test_mutated_specs_give_a_package_or_a_clean_error(spec: dict[str, Any], tmp_path_factory: Any) -> None:
    path: Path = tmp_path_factory.mktemp("mutant") / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), "utf-8")
    try:
        generate_files(path, package_name="mutant")
    except (SpecError, SpecErrors) as exc:
        message = str(exc)
        assert message.startswith(str(path)), message
        assert "Traceback" not in message
