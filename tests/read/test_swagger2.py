"""Swagger 2.0 read as OpenAPI 3.0.

Oracles other people wrote: openapi-spec-validator's 2.0 and 3.0 validators (a valid 2.0
document must become a valid 3.0 one), the OpenAPI 3.0 specification's own mapping of each
2.0 construct (the table), and the generated client called against `apigen mock`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator

from generator.errors import SpecError, SpecErrors
from generator.read.check import check_spec
from generator.read.load import load_spec, read_settings, ref_root_override, resolve_pointer
from generator.read.swagger2 import convert

HERE = Path(__file__).parent / "swagger2"
REAL = sorted(p.name for p in HERE.iterdir() if p.suffix in (".json", ".yaml"))
MYPY = Path(sys.executable).with_name("mypy")


def _load(path: Path, strict: bool = False) -> Any:
    with ref_root_override(path.parent.parent if "separate" in str(path) else None):
        return load_spec(path)


def _errors(validator: Any) -> list[str]:
    """The validator's complaints, less its one about `type: file` in a response schema, which
    Swagger 2.0 allows (it checks that `type` against the Schema Object's types only)."""
    return [str(e.message) for e in validator.iter_errors()
            if not (e.instance == "file" and list(e.absolute_path)[-1:] == ["type"])]


# --- real specs ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*REAL, "petstore-separate/spec/swagger.yaml"])
def test_real_specs_valid_as_20_become_valid_30(name: str) -> None:
    path = HERE / name
    original = yaml.safe_load(path.read_text())
    assert _errors(OpenAPIV2SpecValidator(original, base_uri=path.resolve().as_uri())) == []
    spec = _load(path)
    assert spec.swagger2 is not None and spec.document["openapi"] == "3.0.3"
    assert _errors(OpenAPIV30SpecValidator(spec.document)) == []
    operations = [(p, m) for p, item in original["paths"].items() for m in item if m in _METHODS]
    assert [(p, m) for p, item in spec.document["paths"].items() for m in item if m in _METHODS] == operations


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from contract.calls import ClientSpec

    from generator.emit.write import write_package
    from generator.ir.build import build_package
    from generator.ir.names import NamePlan
    from generator.pipeline import generate

    clients = {}
    root = tmp_path_factory.mktemp("swagger2")
    for name in ("petstore.json", "echo_service.swagger.json", "uber.yaml", "petstore-expanded.yaml"):
        package_name = "sw2_" + name.split(".")[0].replace("-", "_")
        result = generate(HERE / name, package_name)
        write_package(root / package_name, result.files)
        spec = load_spec(HERE / name, read_settings(HERE / name, package_name))
        check_spec(spec)
        package = build_package(spec, NamePlan(spec.document, spec.settings.name_overrides))
        clients[name] = ClientSpec(name, spec.document, package, root / package_name)
    return clients


def test_generated_clients_pass_mypy_strict(generated: dict[str, Any]) -> None:
    for client in generated.values():
        run = subprocess.run([str(MYPY), "--strict", client.package.package_name], cwd=client.root,
                             capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stdout[-3000:]


def test_every_operation_answers_through_the_mock(generated: dict[str, Any]) -> None:
    from contract.calls import call_sync, mock_server

    called = 0
    for client in generated.values():
        with mock_server(client.document) as server:
            for case in client.cases():
                call_sync(case, server.url)
                called += 1
    assert called >= 20


def test_body_argument_keeps_its_20_name(generated: dict[str, Any]) -> None:
    operations = {op.method_name: op for api in generated["petstore-expanded.yaml"].package.apis
                  for op in api.operations}
    assert [p.name for p in operations["add_pet"].parameters] == ["pet"]


# --- the table of constructs -------------------------------------------------------------------

def _swagger(**parts: Any) -> dict[str, Any]:
    doc = {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    doc.update(parts)
    return doc


def _op(**op: Any) -> dict[str, Any]:
    return {"/x/{id}": {"post": {"responses": {"200": {"description": "ok"}}, **op}}}


_ID = {"name": "id", "in": "path", "required": True, "type": "string"}

# (2.0 document, JSON pointer into its 3.0 reading, the value OpenAPI 3.0 says it is)
TABLE: list[tuple[str, dict[str, Any], str, Any]] = [
    ("definitions", _swagger(definitions={"Pet": {"type": "object", "properties": {"tag": {"$ref": "#/definitions/Tag"}}},
                                           "Tag": {"type": "string"}}),
     "/components/schemas/Pet/properties/tag/$ref", "#/components/schemas/Tag"),
    ("x-nullable", _swagger(definitions={"A": {"type": "string", "x-nullable": True}}),
     "/components/schemas/A", {"type": "string", "nullable": True}),
    ("discriminator as a property name", _swagger(definitions={"P": {"type": "object", "discriminator": "kind",
                                                                     "required": ["kind"],
                                                                     "properties": {"kind": {"type": "string"}}}}),
     "/components/schemas/P/discriminator", {"propertyName": "kind"}),
    ("host, basePath, schemes", _swagger(host="api.example.com", basePath="/v2", schemes=["http", "https"]),
     "/servers", [{"url": "http://api.example.com/v2"}, {"url": "https://api.example.com/v2"}]),
    ("basePath alone", _swagger(basePath="/v2"), "/servers", [{"url": "/v2"}]),
    ("basic auth", _swagger(securityDefinitions={"b": {"type": "basic"}}),
     "/components/securitySchemes/b", {"type": "http", "scheme": "basic"}),
    ("api key", _swagger(securityDefinitions={"k": {"type": "apiKey", "name": "X-Key", "in": "header"}}),
     "/components/securitySchemes/k", {"type": "apiKey", "name": "X-Key", "in": "header"}),
    ("oauth2 implicit", _swagger(securityDefinitions={"o": {"type": "oauth2", "flow": "implicit",
                                                           "authorizationUrl": "https://a/auth", "scopes": {"r": "read"}}}),
     "/components/securitySchemes/o/flows", {"implicit": {"authorizationUrl": "https://a/auth", "scopes": {"r": "read"}}}),
    ("oauth2 password", _swagger(securityDefinitions={"o": {"type": "oauth2", "flow": "password",
                                                           "tokenUrl": "https://a/token", "scopes": {}}}),
     "/components/securitySchemes/o/flows", {"password": {"tokenUrl": "https://a/token", "scopes": {}}}),
    ("oauth2 application", _swagger(securityDefinitions={"o": {"type": "oauth2", "flow": "application",
                                                              "tokenUrl": "https://a/token", "scopes": {}}}),
     "/components/securitySchemes/o/flows", {"clientCredentials": {"tokenUrl": "https://a/token", "scopes": {}}}),
    ("oauth2 accessCode", _swagger(securityDefinitions={"o": {"type": "oauth2", "flow": "accessCode",
                                                             "authorizationUrl": "https://a/auth",
                                                             "tokenUrl": "https://a/token", "scopes": {}}}),
     "/components/securitySchemes/o/flows",
     {"authorizationCode": {"authorizationUrl": "https://a/auth", "tokenUrl": "https://a/token", "scopes": {}}}),
    ("body parameter, global consumes", _swagger(consumes=["application/xml"], paths=_op(parameters=[
        _ID, {"name": "pet", "in": "body", "required": True, "schema": {"type": "object"}}])),
     "/paths/~1x~1{id}/post/requestBody",
     {"required": True, "content": {"application/xml": {"schema": {"type": "object"}}}}),
    ("body parameter, per-operation consumes", _swagger(consumes=["application/xml"], paths=_op(
        consumes=["text/plain"], parameters=[_ID, {"name": "b", "in": "body", "schema": {"type": "string"}}])),
     "/paths/~1x~1{id}/post/requestBody/content", {"text/plain": {"schema": {"type": "string"}}}),
    ("formData with a file", _swagger(paths=_op(consumes=["multipart/form-data"], parameters=[
        _ID, {"name": "note", "in": "formData", "type": "string"},
        {"name": "upload", "in": "formData", "type": "file", "required": True}])),
     "/paths/~1x~1{id}/post/requestBody",
     {"required": True, "content": {"multipart/form-data": {"schema": {
         "type": "object", "required": ["upload"],
         "properties": {"note": {"type": "string"}, "upload": {"type": "string", "format": "binary"}}}}}}),
    ("formData url-encoded", _swagger(paths=_op(consumes=["application/x-www-form-urlencoded"], parameters=[
        _ID, {"name": "n", "in": "formData", "type": "integer"}])),
     "/paths/~1x~1{id}/post/requestBody",
     {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object",
                                                                   "properties": {"n": {"type": "integer"}}}}}}),
    *[(f"collectionFormat {fmt} in query",
       _swagger(paths=_op(parameters=[_ID, {"name": "q", "in": "query", "type": "array", "items": {"type": "string"},
                                            "collectionFormat": fmt}])),
       "/paths/~1x~1{id}/post/parameters/1",
       {"name": "q", "in": "query", "schema": {"type": "array", "items": {"type": "string"}},
        "style": style, "explode": explode})
      for fmt, style, explode in (("csv", "form", False), ("multi", "form", True), ("ssv", "spaceDelimited", False),
                                  ("pipes", "pipeDelimited", False))],
    ("an array query parameter without collectionFormat is csv", _swagger(paths=_op(parameters=[
        _ID, {"name": "q", "in": "query", "type": "array", "items": {"type": "integer"}}])),
     "/paths/~1x~1{id}/post/parameters/1",
     {"name": "q", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}, "style": "form",
      "explode": False}),
    ("csv in a header", _swagger(paths=_op(parameters=[_ID, {"name": "H", "in": "header", "type": "array",
                                                             "items": {"type": "string"}}])),
     "/paths/~1x~1{id}/post/parameters/1",
     {"name": "H", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}, "style": "simple",
      "explode": False}),
    ("parameter keywords move under schema", _swagger(paths=_op(parameters=[
        _ID, {"name": "n", "in": "query", "type": "integer", "format": "int32", "minimum": 1, "default": 5,
              "enum": [1, 5], "description": "d"}])),
     "/paths/~1x~1{id}/post/parameters/1",
     {"name": "n", "in": "query", "description": "d",
      "schema": {"type": "integer", "format": "int32", "minimum": 1, "default": 5, "enum": [1, 5]}}),
    ("global parameter", _swagger(parameters={"Limit": {"name": "limit", "in": "query", "type": "integer"}},
                                  paths=_op(parameters=[_ID, {"$ref": "#/parameters/Limit"}])),
     "/components/parameters/Limit", {"name": "limit", "in": "query", "schema": {"type": "integer"}}),
    ("reference to a global parameter", _swagger(parameters={"Limit": {"name": "limit", "in": "query", "type": "integer"}},
                                                 paths=_op(parameters=[_ID, {"$ref": "#/parameters/Limit"}])),
     "/paths/~1x~1{id}/post/parameters/1", {"$ref": "#/components/parameters/Limit"}),
    ("global body parameter", _swagger(parameters={"P": {"name": "p", "in": "body", "schema": {"type": "object"}}},
                                       paths=_op(parameters=[_ID, {"$ref": "#/parameters/P"}])),
     "/paths/~1x~1{id}/post/requestBody", {"$ref": "#/components/requestBodies/P"}),
    ("global response", _swagger(responses={"NotFound": {"description": "nf", "schema": {"type": "string"}}},
                                 paths=_op(parameters=[_ID], responses={"404": {"$ref": "#/responses/NotFound"}})),
     "/paths/~1x~1{id}/post/responses/404", {"$ref": "#/components/responses/NotFound"}),
    ("response with schema, headers, produces and examples", _swagger(produces=["application/json"], paths=_op(
        parameters=[_ID], responses={"200": {"description": "ok", "schema": {"$ref": "#/definitions/A"},
                                             "headers": {"X-Rate": {"type": "integer", "description": "r"}},
                                             "examples": {"application/json": {"a": 1}}}}),
        definitions={"A": {"type": "object"}}),
     "/paths/~1x~1{id}/post/responses/200",
     {"description": "ok",
      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}, "example": {"a": 1}}},
      "headers": {"X-Rate": {"description": "r", "schema": {"type": "integer"}}}}),
    ("a file response", _swagger(produces=["application/octet-stream"], paths=_op(
        parameters=[_ID], responses={"200": {"description": "f", "schema": {"type": "file"}}})),
     "/paths/~1x~1{id}/post/responses/200/content",
     {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}),
    ("path-level parameters apply to every operation", _swagger(paths={"/x/{id}": {
        "parameters": [_ID, {"name": "b", "in": "body", "schema": {"type": "string"}}],
        "put": {"responses": {"200": {"description": "ok"}}}}}),
     "/paths/~1x~1{id}/put/requestBody/content/application~1json", {"schema": {"type": "string"}}),
]


@pytest.mark.parametrize(("document", "pointer", "expected"), [row[1:] for row in TABLE], ids=[row[0] for row in TABLE])
def test_each_construct_reads_as_openapi_30_says(document: dict[str, Any], pointer: str, expected: Any) -> None:
    assert _errors(OpenAPIV2SpecValidator(document)) == []  # the row is valid 2.0
    converted = convert(document).document
    assert resolve_pointer(converted, pointer) == expected
    assert _errors(OpenAPIV30SpecValidator(converted)) == []


@pytest.mark.parametrize(("fmt", "where"), [("tsv", "query"), ("multi", "header"), ("pipes", "path")])
def test_a_collection_format_3_0_cannot_say_is_read_as_csv_with_a_warning(fmt: str, where: str) -> None:
    param = {"name": "id" if where == "path" else "p", "in": where, "type": "array", "items": {"type": "string"},
             "collectionFormat": fmt, "required": where == "path"}
    params = [param] if where == "path" else [_ID, param]
    converted = convert(_swagger(paths=_op(parameters=params)))
    index = 0 if where == "path" else 1
    read = converted.document["paths"]["/x/{id}"]["post"]["parameters"][index]
    assert (read["style"], read["explode"]) == ("form" if where == "query" else "simple", False)
    assert [f.message for f in converted.findings] == [
        f"collectionFormat {fmt!r} in {where} has no OpenAPI 3 form: sent comma-separated"]


# --- the class: any valid 2.0 document reads as a valid 3.0 one ------------------------------

_TYPES = st.sampled_from(["string", "integer", "number", "boolean"])


@st.composite
def _parameter(draw: st.DrawFn, index: int) -> dict[str, Any]:
    where = draw(st.sampled_from(["query", "header", "formData"]))
    param: dict[str, Any] = {"name": f"p{index}", "in": where, "required": draw(st.booleans())}
    if draw(st.booleans()):
        param.update(type="array", items={"type": draw(_TYPES)})
        formats = {"query": ["csv", "ssv", "tsv", "pipes", "multi"], "formData": ["csv", "ssv", "tsv", "pipes", "multi"],
                   "header": ["csv", "ssv", "tsv", "pipes"]}[where]
        if draw(st.booleans()):
            param["collectionFormat"] = draw(st.sampled_from(formats))
    elif where == "formData" and draw(st.booleans()):
        param["type"] = "file"
    else:
        param["type"] = draw(_TYPES)
    return param


@st.composite
def _documents(draw: st.DrawFn) -> dict[str, Any]:
    definitions = {f"M{i}": {"type": "object", "x-nullable": draw(st.booleans()),
                             "properties": {"next": {"$ref": f"#/definitions/M{(i + 1) % 3}"},
                                            "f": {"type": draw(_TYPES)}}} for i in range(3)}
    paths: dict[str, Any] = {}
    for n in range(draw(st.integers(1, 4))):
        params = [_ID] + [draw(_parameter(i)) for i in range(draw(st.integers(0, 4)))]
        forms = [p for p in params if p["in"] == "formData"]
        op: dict[str, Any] = {"parameters": params, "responses": {}}
        if any(p.get("type") == "file" for p in forms):
            op["consumes"] = ["multipart/form-data"]
        elif forms:
            op["consumes"] = [draw(st.sampled_from(["multipart/form-data", "application/x-www-form-urlencoded"]))]
        elif draw(st.booleans()):
            params.append({"name": "body", "in": "body", "schema": {"$ref": f"#/definitions/M{n % 3}"}})
        for code in draw(st.lists(st.sampled_from(["200", "201", "404", "default"]), min_size=1, unique=True)):
            response: dict[str, Any] = {"description": code}
            if draw(st.booleans()):
                response["schema"] = draw(st.sampled_from([{"$ref": "#/definitions/M0"}, {"type": "file"},
                                                           {"type": "array", "items": {"$ref": "#/definitions/M1"}}]))
            if draw(st.booleans()):
                response["headers"] = {"X-H": {"type": draw(_TYPES)}}
            op["responses"][code] = response
        paths[f"/r{n}/{{id}}"] = {draw(st.sampled_from(_METHODS)): op}
    return _swagger(paths=paths, definitions=definitions, produces=draw(st.sampled_from(
        [["application/json"], ["application/json", "application/xml"]])),
        securityDefinitions={"k": {"type": "apiKey", "name": "k", "in": "query"}, "b": {"type": "basic"}})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_documents())
def test_every_valid_20_document_reads_as_a_valid_30_one(document: dict[str, Any]) -> None:
    assert _errors(OpenAPIV2SpecValidator(document)) == []
    converted = convert(document).document
    assert _errors(OpenAPIV30SpecValidator(converted)) == []
    for path, item in document["paths"].items():
        for method, op in item.items():
            new = converted["paths"][path][method]
            plain = {(p["in"], p["name"]) for p in op["parameters"] if p["in"] not in ("body", "formData")}
            assert {(p["in"], p["name"]) for p in new.get("parameters", [])} == plain
            sent = {p["name"] for p in op["parameters"] if p["in"] in ("body", "formData")}
            assert ("requestBody" in new) == bool(sent)
            assert set(new["responses"]) == set(op["responses"])


# --- lines in the 2.0 file -------------------------------------------------------------------------

_BAD_DEFAULT = """\
swagger: "2.0"
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - name: limit
          in: query
          type: integer
          default: many
      responses:
        "200":
          description: ok
"""


def test_lenient_warnings_and_strict_errors_name_lines_of_the_20_file(tmp_path: Path) -> None:
    from generator.pipeline import build_checked

    spec = tmp_path / "api.yaml"
    spec.write_text(_BAD_DEFAULT)
    _, warnings = build_checked(spec)
    assert [(w.file, w.where.split(" ")[0]) for w in warnings] == [(str(spec), "10")]
    with pytest.raises(SpecErrors) as raised:
        build_checked(spec, strict=True)
    lines = {(e.where.split(" ")[0], e.message.split(":")[0]) for e in raised.value.errors}
    assert ("10", "invalid Swagger 2.0") in lines  # the 2.0 validator's own complaint, at its line


@pytest.mark.parametrize("name", REAL)
def test_every_converted_component_sits_at_the_line_of_its_20_definition(name: str) -> None:
    from generator.read.parse import Budget, read_document

    path = HERE / name
    _, original = read_document(path, Budget())
    spec = _load(path)
    for component, old in (("schemas", "definitions"), ("parameters", "parameters"), ("responses", "responses"),
                           ("securitySchemes", "securityDefinitions")):
        for key in (spec.document.get("components") or {}).get(component, {}):
            assert spec.positions[f"/components/{component}/{key}"] == original[f"/{old}/{key}"]
    for pointer in [p for p in spec.positions if p.count("/") == 3 and p.startswith("/paths/")]:
        assert spec.positions[pointer] == original[pointer]  # every operation at its own line


def test_an_unknown_swagger_version_is_refused_by_name(tmp_path: Path) -> None:
    spec = tmp_path / "old.json"
    spec.write_text(json.dumps({"swaggerVersion": "1.2", "swagger": "1.2", "apis": []}, indent=1))
    with pytest.raises(SpecError, match=r"Swagger version '1.2' is not supported"):
        load_spec(spec)


def test_a_multi_file_20_spec_validates_with_its_files(tmp_path: Path) -> None:
    shutil.copytree(HERE / "petstore-separate", tmp_path / "p")
    with ref_root_override(tmp_path / "p"):
        spec = load_spec(tmp_path / "p" / "spec" / "swagger.yaml")
        check_spec(spec, strict=True)  # the 2.0 validator reads Pet.yaml, ../common/Error.yaml
    assert {p.name for p in spec.sources} == {"swagger.yaml", "Pet.yaml", "NewPet.yaml", "parameters.yaml",
                                              "Error.yaml"}


def test_refs_are_renamed_wherever_a_schema_can_stand_even_where_20_does_not_allow_one() -> None:
    """Slack's published 2.0 spec writes `items: [...]`: the refs in it must still lead somewhere."""
    document = _swagger(definitions={
        "A": {"type": "object", "properties": {
            "tuple": {"type": "array", "items": [{"type": "null"}, {"$ref": "#/definitions/B"}]},
            "map": {"additionalProperties": {"$ref": "#/definitions/B"}},
            "any": {"anyOf": [{"$ref": "#/definitions/B"}], "not": {"$ref": "#/definitions/B"}}}},
        "B": {"type": "string"}})
    converted = json.dumps(convert(document).document)
    assert "#/definitions/" not in converted
    assert converted.count('"#/components/schemas/B"') == 4


def test_a_valid_20_spec_is_accepted_in_strict_mode_with_no_scheme_given(tmp_path: Path) -> None:
    from generator.pipeline import build_checked

    spec = tmp_path / "api.json"
    spec.write_text(json.dumps(_swagger(host="api.example.com", paths=_op(parameters=[_ID]))))
    _, warnings = build_checked(spec, strict=True)
    assert warnings == ()
    assert load_spec(spec).document["servers"] == [{"url": "https://api.example.com"}]
