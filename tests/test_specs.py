"""The curated specs in specs/ against what we know of the APIs: counts, examples, and the seeds.

Reads the specs with PyYAML only; the seed docs (the published clients' markdown) are read with
tests/seeddocs.py. Where a spec and a seed disagree, the spec is what must be looked at.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import external
from generator.ir.naming import inline_name, operation_id_from_path, snake_identifier
from seeddocs import parse_api_doc, readme_endpoints, readme_models

SPECS = Path(__file__).resolve().parents[1] / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@functools.cache
def load(name: str) -> dict[str, Any]:
    with open(SPECS / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, HTTP method in capitals, operation) for every operation of the spec."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method.upper(), item[method]


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s (`#/components/responses/X`) to the object they name."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def method_name(path: str, http_method: str, operation: dict[str, Any]) -> str:
    """Mirrors the generator's rule (OpenAPI Generator's): operationId in snake_case, or,
    without one, path words + method: POST /v2/interval_type/search → v2_interval_type_search_post.
    """
    operation_id = operation.get("operationId") or operation_id_from_path(path, http_method)
    return snake_identifier(operation_id)


def _is_inline_model(schema: dict[str, Any]) -> bool:
    return "$ref" not in schema and schema.get("type", "object") == "object" and bool(
        schema.get("properties")
    )


def inline_models(spec: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(path, method, "Request" or the response code) of every inline object schema with
    properties in a request or response body: each becomes a model named after where it stands.
    Form bodies are not models (their properties become parameters)."""
    found = []
    for path, method, operation in operations(spec):
        bodies = [("Request", resolve(spec, operation.get("requestBody", {})))]
        bodies += [(str(code), resolve(spec, response))
                   for code, response in operation.get("responses", {}).items()]
        for where, body in bodies:
            for media_type, content in (body.get("content") or {}).items():
                schema = (content or {}).get("schema") or {}
                if media_type in FORM_MEDIA_TYPES and where == "Request":
                    continue
                if _is_inline_model(schema):
                    found.append((path, method, where))
                    break  # one model per body, however many media types share it
    return found


def inline_model_names(spec: dict[str, Any]) -> list[str]:
    names = []
    for path, method, where in inline_models(spec):
        operation = spec["paths"][path][method.lower()]
        base = inline_name(operation.get("operationId") or operation_id_from_path(path, method))
        names.append(inline_name(base, where) if where == "Request"
                     else inline_name(base, where, "Response"))
    return names


# --- counts ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "count"), [("oden", 27), ("ubiops", 125), ("pieces_os_client", 5), ("pytm4srv", 10)]
)
def test_operation_count(name: str, count: int) -> None:
    assert len(list(operations(load(name)))) == count


@pytest.mark.parametrize(("name", "count"), [("oden", 33), ("ubiops", 93)])
def test_model_count_is_named_components_plus_inline_bodies(name: str, count: int) -> None:
    spec = load(name)
    components = spec.get("components", {}).get("schemas", {})
    inline = inline_models(spec)
    assert len(components) + len(inline) == count, (
        f"{len(components)} components + inline bodies {inline}"
    )


@pytest.mark.parametrize(
    ("name", "model"),
    [("pieces_os_client", m) for m in (
        "WorkstreamEvent", "SeededWorkstreamEvent", "WorkstreamEvents",
        "FlattenedWorkstreamEvents", "WorkstreamEventsBatchFetchInput",
        "WorkstreamEventsBatchFetchOutput")]
    + [("pytm4srv", "MachineHold"), ("pytm4srv", "MachineHoldSchedule")],
)
def test_curated_model_has_properties(name: str, model: str) -> None:
    schemas = load(name).get("components", {}).get("schemas", {})
    assert model in schemas
    assert schemas[model].get("properties"), f"{model} has no properties"


@pytest.mark.parametrize("name", ["oden", "ubiops", "pieces_os_client", "pytm4srv"])
def test_every_request_body_has_an_example(name: str) -> None:
    spec = load(name)
    missing = [
        f"{method} {path} {media_type}"
        for path, method, operation in operations(spec)
        for media_type, content in
        (resolve(spec, operation.get("requestBody", {})).get("content") or {}).items()
        if "example" not in (content or {}) and "examples" not in (content or {})
    ]
    assert missing == []


# --- the seeds ------------------------------------------------------------------------------

def seeds_dir() -> Path:
    """The seed docs (../shared/seeds, or $APIGEN_SEEDS); the test skips, saying how to get them, when absent."""
    return external("seeds")


def seed_rows(seed_file: str) -> list[tuple[str, str, str, str, list[str] | None]]:
    """(class name, method name, HTTP method, path, response codes or None) per operation."""
    text = (seeds_dir() / seed_file).read_text(encoding="utf-8")
    if "README" in seed_file:
        return [(*row, None) for row in readme_endpoints(text)]
    doc = parse_api_doc(text)
    return [(doc.class_name, op.method_name, op.http_method, op.path,
             [r.code for r in op.responses]) for op in doc.operations.values()]


SEED_FILES = [
    ("oden", "oden-IntervalsApi.md", 6),
    ("oden", "oden-README.md", 27),
    ("ubiops", "ubiops-CoreApi.md", 125),
    ("pieces_os_client", "pieces_os_client-WorkstreamEventsApi.md", 5),
]


@pytest.mark.parametrize(("name", "seed_file", "count"), SEED_FILES)
def test_seed_operations_are_in_the_spec(name: str, seed_file: str, count: int) -> None:
    rows = seed_rows(seed_file)
    assert len(rows) == count, f"{seed_file}: parsed {len(rows)} operations, expected {count}"
    spec = load(name)
    problems = []
    for class_name, method, http_method, path, codes in rows:
        operation = spec.get("paths", {}).get(path, {}).get(http_method.lower())
        if not isinstance(operation, dict):
            problems.append(f"{method}: no {http_method} {path} in the spec")
            continue
        tag = class_name.removesuffix("Api")
        if operation.get("tags", [None])[0] != tag:
            problems.append(f"{method}: tag {operation.get('tags')} != [{tag!r}]")
        if (derived := method_name(path, http_method, operation)) != method:
            problems.append(f"{method}: the generator would name it {derived!r}")
        spec_codes = sorted(str(code) for code in operation.get("responses", {}))
        if codes is not None and spec_codes != sorted(codes):
            problems.append(f"{method}: response codes {spec_codes} != seed's {sorted(codes)}")
    assert problems == []


def test_oden_readme_models_are_the_components_and_inline_bodies() -> None:
    models = readme_models((seeds_dir() / "oden-README.md").read_text(encoding="utf-8"))
    spec = load("oden")
    ours = list(spec.get("components", {}).get("schemas", {})) + inline_model_names(spec)
    assert len(models) == 33
    assert sorted(ours) == sorted(models)
