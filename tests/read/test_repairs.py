"""The rule: lenient, every openapi-spec-validator complaint is a repair with one warning and the
operation stays in the client; strict, each of them is refused.

Each repair of read/repair_complaints.py and read/repair_paths.py is tested on its own, and the
rule on the whole class: valid specs (3.0 and 3.1) mutated into one or more complaint classes at
once, with values hypothesis picks, must give every operation of the spec lenient and be refused
strict. openapi-spec-validator is the oracle that the mutations are complaints at all: each
mutated spec is checked to be invalid before the generator sees it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate as validator_verdict

from generator.errors import SpecError, SpecErrors
from generator.pipeline import build_checked
from generator.read.repair_complaints import (
    complete_object,
    dedupe_enum,
    drop_undefined_required,
    drop_unexpected_field,
    drop_unresolved_path_parameter,
    drop_value_breaking_its_schema,
    drop_wrong_keyword,
    text_for_reference,
)
from generator.read.repair_paths import repair_path_parameters


def _base(version: str) -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "Shop", "version": "1"},
        "tags": [{"name": "orders", "description": "Orders."}],
        "x-texts": {"intro": "All about orders."},
        "paths": {
            "/orders/{orderId}": {"get": {
                "operationId": "getOrder", "tags": ["orders"],
                "parameters": [{"name": "orderId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Order"}}}}}}},
            "/orders": {"get": {
                "operationId": "listOrders",
                "parameters": [{"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Order"}}}}}}}},
        },
        "components": {"schemas": {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Order": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {
                "state": {"type": "string", "enum": ["open", "closed"]},
                "placed": {"type": "string", "format": "date-time"},
                "count": {"type": "integer", "minimum": 0}}}], "required": ["id"]},
        }},
    }


_ORDER = ("components", "schemas", "Order", "allOf", 1, "properties")
Mutation = Callable[[dict[str, Any], Any], None]


def _at(document: dict[str, Any], *path: Any) -> Any:
    for token in path:
        document = document[token]
    return document


def _bad_default(document: dict[str, Any], text: str) -> None:  # a date-time default "Assigned"
    _at(document, *_ORDER, "placed")["default"] = text


def _repeated_enum(document: dict[str, Any], text: str) -> None:
    _at(document, *_ORDER, "state")["enum"] = ["open", text, "closed", text]


def _undefined_required(document: dict[str, Any], text: str) -> None:
    _at(document, "components", "schemas", "Order")["required"] = ["id", "zz" + text]


def _wrong_typed_keyword(document: dict[str, Any], text: str) -> None:  # another draft's keyword, or a bad bound
    count = _at(document, *_ORDER, "count")
    if document["openapi"].startswith("3.1"):
        count["$recursiveAnchor"] = True
    else:
        count["minimum"] = text


def _text_reference(document: dict[str, Any], text: str) -> None:
    document["tags"][0]["description"] = {"$ref": "#/x-texts/intro"}


def _template_variable_without_parameter(document: dict[str, Any], text: str) -> None:
    document["paths"]["/orders/{orderId}/lines/{line}"] = copy.deepcopy(document["paths"]["/orders/{orderId}"])
    document["paths"]["/orders/{orderId}/lines/{line}"]["get"]["operationId"] = "getLine"


def _parameter_not_in_template(document: dict[str, Any], text: str) -> None:
    document["paths"]["/orders"]["get"]["parameters"].append(
        {"name": "shop", "in": "path", "required": True, "schema": {"type": "string"}})


def _response_without_description(document: dict[str, Any], text: str) -> None:
    response = document["paths"]["/orders"]["get"]["responses"]["200"]
    response["descriptionn"] = response.pop("description")


def _type_typo(document: dict[str, Any], text: str) -> None:
    _at(document, *_ORDER, "count")["type"] = "intger"


MUTATIONS: dict[str, Mutation] = {
    "default breaks its format": _bad_default, "repeated enum value": _repeated_enum,
    "required names an undefined property": _undefined_required, "keyword of the wrong type": _wrong_typed_keyword,
    "$ref where text is wanted": _text_reference, "template variable without parameter":
        _template_variable_without_parameter,
    "path parameter not in template": _parameter_not_in_template,
    "response without description": _response_without_description, "type typo": _type_typo,
}
# What hypothesis writes where a mutation needs text: never a date-time, never a number.
TEXTS = st.text(alphabet=st.characters(categories=("L",), max_codepoint=0x2FF), min_size=1, max_size=12)


def _operations(document: dict[str, Any]) -> int:
    return sum(len(item) for item in document["paths"].values())


# JSON Schema 2020-12 (OpenAPI 3.1) lets an enum repeat a value: only 3.0 complains.
ONLY_30 = {"repeated enum value"}


@st.composite
def _mutations(draw: st.DrawFn) -> tuple[str, list[str]]:
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    names = sorted(n for n in MUTATIONS if version.startswith("3.0") or n not in ONLY_30)
    return version, draw(st.lists(st.sampled_from(names), min_size=1, max_size=4, unique=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=_mutations(), text=TEXTS)
def test_every_complaint_class_gives_a_client_lenient_and_an_error_strict(
        tmp_path_factory: pytest.TempPathFactory, mutation: tuple[str, list[str]], text: str) -> None:
    version, names = mutation
    document = _base(version)
    for name in names:
        MUTATIONS[name](document, text)
    try:
        validator_verdict(copy.deepcopy(document))
        validator_complains = False
    except Exception:  # noqa: BLE001 -- any complaint of the validator's
        validator_complains = True
    # Our own checks see these before the validator does (it says nothing of them, or of a
    # template variable, which we read as the peers do).
    ours = {"$ref where text is wanted", "template variable without parameter"}
    assert validator_complains or set(names) <= ours, f"{names}: the validator accepts the mutated spec"
    spec = tmp_path_factory.mktemp("spec") / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    package, warnings = build_checked(spec, "shop")
    generated = sum(len(api.operations) for api in package.apis)
    # every operation, the one whose path parameter is left out included
    assert generated == _operations(document) and warnings, (names, [str(w) for w in warnings])
    with pytest.raises((SpecError, SpecErrors)):
        build_checked(spec, "shop", strict=True)


# --- each repair on its own --------------------------------------------------------------------

SCHEMA = "/components/schemas/S"


def _doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {"components": {"schemas": {"S": schema}}}


CASES: list[tuple[Any, dict[str, Any], str, str, dict[str, Any] | None]] = [
    # (repair, document, pointer, the validator's message, the document after; None: not claimed)
    (drop_value_breaking_its_schema, _doc({"type": "string", "format": "date-time", "default": "Assigned"}),
     f"{SCHEMA}/default", "'Assigned' is not a 'date-time'", _doc({"type": "string", "format": "date-time"})),
    (drop_value_breaking_its_schema, _doc({"type": "object", "default": {"a": 1}}), f"{SCHEMA}/default/a",
     "1 is not of type 'string'", _doc({"type": "object"})),
    (drop_value_breaking_its_schema, _doc({"type": "object", "properties": {"default": {"type": "string"}}}),
     f"{SCHEMA}/properties/default", "x", None),  # a property named default is not a default
    (drop_undefined_required, _doc({"allOf": [{}], "required": ["a", "b"], "properties": {"a": {}}}),
     f"{SCHEMA}/required", "Required list has not defined properties: ['b']",
     _doc({"allOf": [{}], "required": ["a"], "properties": {"a": {}}})),
    (drop_undefined_required, _doc({"allOf": [{}], "required": ["b"]}), f"{SCHEMA}/required",
     "Required list has not defined properties: ['b']", _doc({"allOf": [{}]})),
    (dedupe_enum, _doc({"enum": [1, True, 1, "a", "a"]}), f"{SCHEMA}/enum", ("[1, True, 1, 'a', 'a'] has non-unique "
     "elements"), _doc({"enum": [1, True, "a"]})),
    (text_for_reference, {"x-t": {"i": "Hi."}, "tags": [{"name": "a", "description": {"$ref": "#/x-t/i"}}]},
     "/tags/0/description", "{'$ref': '#/x-t/i'} is not of type 'string'",
     {"x-t": {"i": "Hi."}, "tags": [{"name": "a", "description": "Hi."}]}),
    (text_for_reference, {"tags": [{"name": "a", "description": {"$ref": "#/nowhere"}}]}, "/tags/0/description",
     "not of type 'string'", {"tags": [{"name": "a"}]}),
    (drop_unexpected_field, {"p": {"parameters": [{"$ref": "#/x", "required": True}]}}, "/p/parameters/0",
     "Unevaluated properties are not allowed ('required' was unexpected)", {"p": {"parameters": [{"$ref": "#/x"}]}}),
    (drop_unresolved_path_parameter, {"paths": {"/a": {"get": {"parameters": [
        {"name": "id", "in": "path"}, {"name": "q", "in": "query"}]}}}}, "/paths/~1a/get",
     "Path parameter 'id' for 'get' operation in '/a' was not resolved",
     {"paths": {"/a": {"get": {"parameters": [{"name": "q", "in": "query"}]}}}}),
    (complete_object, {"r": {"descriptionn": "ok"}}, "/r", ("matches none of the allowed forms: 'description' is a "
     "required property; 'descriptionn' does not match any of the regexes: '^x-'"), {"r": {"description": ""}}),
    (drop_wrong_keyword, _doc({"type": "integer", "$recursiveAnchor": True}), f"{SCHEMA}/$recursiveAnchor",
     "True is not of type 'string'", _doc({"type": "integer"})),
    (drop_wrong_keyword, _doc({"type": "intger"}), f"{SCHEMA}/type", "'intger' is not one of [...]", _doc({})),
    (drop_wrong_keyword, {"paths": {"/a": {"get": {"responses": {"200": {}}}}}}, "/paths/~1a/get/responses/200",
     "x", None),  # a response is not dropped
    (drop_wrong_keyword, {"components": {"securitySchemes": {"k": {"type": "apiKey"}}}},
     "/components/securitySchemes/k/type", "x", None),  # only a schema's type
]


@pytest.mark.parametrize(("repair", "document", "pointer", "message", "after"), CASES,
                         ids=[f"{case[0].__name__}-{i}" for i, case in enumerate(CASES)])
def test_each_repair(repair: Any, document: dict[str, Any], pointer: str, message: str,
                     after: dict[str, Any] | None) -> None:
    before = json.dumps(document, sort_keys=True)
    finding = repair(document, pointer, message)
    if after is None:
        assert finding is None and json.dumps(document, sort_keys=True) == before
    else:
        assert finding is not None and finding.pointer.startswith(pointer.rsplit("/default", 1)[0])
        assert document == after


def test_template_variables_get_string_parameters() -> None:
    document = {"paths": {"/a/{id}/b/{n}": {"parameters": [{"name": "n", "in": "path"}],
                                             "get": {"responses": {}}}}}
    findings = list(repair_path_parameters(document))
    assert [f.pointer for f in findings] == ["/paths/~1a~1{id}~1b~1{n}/get"]
    assert document["paths"]["/a/{id}/b/{n}"]["get"]["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def test_a_text_reference_into_another_file_is_read_as_that_text(tmp_path: Path) -> None:
    (tmp_path / "intro.yml").write_text("introduction: |\n  # Intro\n  Welcome.\n", encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({**_base("3.0.3"), "tags": [
        {"name": "orders", "description": {"$ref": "intro.yml#/introduction"}}]}), encoding="utf-8")
    _package, warnings = build_checked(spec, "shop")
    assert [w.message for w in warnings] == [
        "warning: description is a $ref (intro.yml#/introduction): read as the text it points to"]
    with pytest.raises(SpecErrors):
        build_checked(spec, "shop", strict=True)
