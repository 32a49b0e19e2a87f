"""Bundling multi-file specs as their owners publish them, in every key order.

The oracle is jsonschema-path (what openapi-spec-validator reads specs with): it follows each
`$ref` from the file it is written in. The bundled document, read by it as one dict, must say the
same as the spec's files under every path and webhook, whatever order the root's keys come in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema_path import SchemaPath

from generator.pipeline import generate
from generator.read.load import load_spec, ref_root_override

# The root in one folder, schemas in a sibling (`api/openapi.yaml` → `../models/Pet.yaml`), path
# items and webhooks in files of their own, two different files named `events.yml`.
FILES: dict[str, Any] = {
    "models/Pet.yaml": {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer"}, "owner": {"$ref": "./Owner.yaml"}, "events": {"$ref": "events.yml"}}},
    "models/Owner.yaml": {"type": "object", "properties": {"name": {"type": "string"},
                                                            "pets": {"type": "array", "items": {"$ref": "Pet.yaml"}}}},
    "models/events.yml": {"type": "array", "items": {"type": "string", "enum": ["born", "sold"]}},
    "resources/a/events.yml": {"type": "object", "properties": {"at": {"type": "string", "format": "date-time"}}},
    "api/paths/pets.yaml": {"get": {"operationId": "listPets", "parameters": [{"$ref": "../parameters/Limit.yaml"}],
                                    "responses": {"200": {"description": "ok", "content": {"application/json": {
                                        "schema": {"type": "array", "items": {"$ref": "../../models/Pet.yaml"}}}}},
                                                  "404": {"$ref": "../responses/NotFound.yaml"}}}},
    "api/paths/events.yaml": {"get": {"operationId": "listEvents", "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": {"$ref": "../../resources/a/events.yml"}}}}}}},
    "api/parameters/Limit.yaml": {"name": "limit", "in": "query", "schema": {"type": "integer"}},
    "api/responses/NotFound.yaml": {"description": "not found", "content": {"application/json": {
        "schema": {"$ref": "../../models/Owner.yaml"}}}},
    "api/webhooks/new-pet.yaml": {"post": {"requestBody": {"content": {"application/json": {
        "schema": {"$ref": "../../models/Pet.yaml"}}}}, "responses": {"200": {"$ref": "../responses/NotFound.yaml"}}}},
}
ROOT_PARTS: dict[str, Any] = {
    "paths": {"/pets": {"$ref": "paths/pets.yaml"}, "/events": {"$ref": "paths/events.yaml"}},
    "webhooks": {"newPet": {"$ref": "webhooks/new-pet.yaml"}},
    "components": {"schemas": {"Pet": {"$ref": "../models/Pet.yaml"}},
                   "responses": {"NotFound": {"$ref": "responses/NotFound.yaml"}},
                   "parameters": {"Limit": {"$ref": "parameters/Limit.yaml"}}},
    "x-topics": [{"title": "Intro", "content": {"$ref": "docs/intro.md"}}],  # not published
    "tags": [{"name": "pets"}],
}
HEAD = {"openapi": "3.1.0", "info": {"title": "Pets", "version": "1"}}


def _write_tree(folder: Path, order: list[str], with_components: bool) -> Path:
    for name, content in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(yaml.safe_dump(content, sort_keys=False), encoding="utf-8")
    root = {**HEAD, **{key: ROOT_PARTS[key] for key in order if with_components or key != "components"}}
    spec = folder / "api" / "openapi.yaml"
    spec.write_text(yaml.safe_dump(root, sort_keys=False), encoding="utf-8")
    return spec


def _seen(node: SchemaPath, depth: int) -> Any:
    """What a reader following `$ref`s sees below `node`, to `depth` levels (cycles stop there);
    extensions are left out (opaque data, compared as written elsewhere)."""
    value = node.read_value()
    if depth == 0 or not isinstance(value, (dict, list)):
        return value if not isinstance(value, (dict, list)) else "…"
    if isinstance(value, list):
        return [_seen(node / index, depth - 1) for index in range(len(value))]
    return {key: _seen(node / key, depth - 1) for key in value if not str(key).startswith("x-")}


def _operations(document: SchemaPath) -> Any:
    return {part: _seen(document / part, 12) for part in ("paths", "webhooks")}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(list(ROOT_PARTS)), with_components=st.booleans())
def test_bundling_says_what_the_files_say_in_every_key_order(tmp_path_factory: pytest.TempPathFactory,
                                                             order: list[str], with_components: bool) -> None:
    folder = tmp_path_factory.mktemp("tree")
    spec = _write_tree(folder, order, with_components)
    with ref_root_override(folder):
        bundled = load_spec(spec).document
    assert _operations(SchemaPath.from_dict(bundled)) == _operations(SchemaPath.from_file_path(str(spec)))
    assert bundled["x-topics"] == ROOT_PARTS["x-topics"]  # the extension as written: its $ref not followed
    schemas = bundled["components"]["schemas"]
    bodies = [json.dumps(schema, sort_keys=True) for schema in schemas.values()]
    for name in ("models/events.yml", "resources/a/events.yml"):  # both files, each its own component
        assert json.dumps(FILES[name], sort_keys=True) in bodies
    if with_components:  # a component that only refers to a file keeps its name, with the content
        assert schemas["Pet"]["properties"]["id"] == {"type": "integer"}
        assert bundled["components"]["responses"]["NotFound"]["description"] == "not found"


@pytest.mark.parametrize("order", [["components", "paths", "webhooks"], ["paths", "webhooks", "components"]])
def test_same_named_files_give_two_models(tmp_path: Path, order: list[str]) -> None:
    spec = _write_tree(tmp_path, order, with_components=True)
    with ref_root_override(tmp_path):
        files = generate(spec, "pets").files
    models = "".join(text for path, text in files.items() if "/models/" in path)
    # models/events.yml is a list of enum values (a field type, no class); the other is a model,
    # named `Events` or `Events2` by which file the walk meets first.
    assert len(re.findall(r"^class Events2?\(ApiModel\)", models, re.MULTILINE)) == 1
    assert "events: Optional[list[Annotated[Literal[\"born\", \"sold\"], ENUM]]]" in models
