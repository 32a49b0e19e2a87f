"""The recursive-union family (golden case `recursive_unions`) through its client, sync and async.

oneOf and anyOf, with and without a discriminator, inside and outside a reference cycle, in lists,
maps and nullable fields. Oracles that are not ours: the mock validates every request body with
openapi-core, and the encoding property checks what the models send with openapi-schema-validator
(the mock's `SchemaChecker`). Decoding is checked against the spec's own examples, nested several
levels through each cycle.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from contract.calls import Case, ClientSpec, call_async, call_sync, started
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import GOLDEN_CASES, golden_package
from generator.ir import naming
from generator.mock.data import SchemaChecker
from generator.pipeline import build_checked
from generator.read.load import load_spec
from schema_strategy import SchemaStrategies

SPEC = GOLDEN_CASES / "recursive_unions" / "spec.yaml"


@functools.cache
def client() -> ClientSpec:
    package = build_checked(SPEC)[0]
    return ClientSpec("recursive_unions", load_spec(SPEC).document, package, golden_package("recursive_unions"))


CASES = client().cases()
DOCUMENT = client().document
SCHEMAS = sorted(DOCUMENT["components"]["schemas"])


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    for urls in started({"mock": DOCUMENT}):
        yield urls["mock"]


def _example(case: Case) -> Any:
    """The example of the operation's 200 answer: what the mock sends back."""
    raw = DOCUMENT["paths"][case.operation.path][case.operation.http_method.lower()]
    return raw["responses"]["200"]["content"]["application/json"]["example"]


def _as_data(value: Any) -> Any:
    """A parsed answer as JSON data: models by their to_dict, containers item by item."""
    if isinstance(value, list):
        return [_as_data(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_data(item) for key, item in value.items()}
    return json.loads(value.to_json())


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sync_call_sends_a_valid_body_and_decodes_the_nested_answer(case: Case, mock_url: str) -> None:
    assert _as_data(call_sync(case, mock_url)) == _example(case)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_async_call_sends_a_valid_body_and_decodes_the_nested_answer(
        case: Case, mock_url: str, tmp_path: Path) -> None:
    assert _as_data(call_async(case, mock_url, tmp_path / "upload.bin")) == _example(case)


def test_the_family_is_all_here() -> None:
    """Every kind the issue names: a union schema's kind and discriminator, and whether a model
    of it is reached again from its own members (a cycle)."""
    package = client().import_package()
    kinds = set()
    for name in SCHEMAS:
        schema = DOCUMENT["components"]["schemas"][name]
        for key in ("oneOf", "anyOf"):
            if key in schema:
                cls = getattr(package, naming.class_name(name))
                kinds.add((key, "discriminator" in schema, _in_cycle(name)))
                assert cls.from_dict(None).actual_instance is None
    assert kinds == {(k, d, c) for k in ("oneOf", "anyOf") for d in (True, False) for c in (True, False)}


def _in_cycle(name: str) -> bool:
    """Whether schema `name` reaches itself through `$ref`s."""
    target = f"#/components/schemas/{name}"
    seen: set[str] = set()
    stack = [DOCUMENT["components"]["schemas"][name]]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref == target:
                return True
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                stack.append(DOCUMENT["components"]["schemas"][ref.rsplit("/", 1)[-1]])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


@pytest.mark.parametrize("name", SCHEMAS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_random_instances_encode_to_what_the_schema_accepts(name: str, data: st.DataObject) -> None:
    """Any value the schema allows, read into its model, is sent as that same value, and an
    independent validator accepts what is sent."""
    cls = getattr(client().import_package(), naming.class_name(name))
    schema = {"$ref": f"#/components/schemas/{name}"}
    value = data.draw(SchemaStrategies(DOCUMENT).value(schema))
    sent = cls.from_dict(value).to_wire() if value is not None else None
    assert SchemaChecker(DOCUMENT, "request").errors(schema, sent) == []
    assert sent == value


def test_a_union_built_in_code_is_sent_as_its_member_async_too(mock_url: str) -> None:
    """Models built by hand (wrappers around members whose lists hold wrappers) go on the wire
    as the spec's JSON, and the answer comes back as the member its discriminator names."""
    package = client().import_package()
    cat = package.Cat(pet_type="cat", name="Tom", friends=[package.Pet(package.Dog(pet_type="dog"))])
    pet = package.Pet(cat)
    assert json.loads(pet.to_json()) == {"petType": "cat", "name": "Tom", "friends": [{"petType": "dog"}]}
    configuration = package.Configuration(host=mock_url)
    with package.ApiClient(configuration) as api_client:
        answer = package.DefaultApi(api_client).add_pet(pet)
    assert isinstance(answer.actual_instance, package.Cat)
    assert isinstance(answer.actual_instance.friends[0].actual_instance.pack["alpha"].actual_instance, package.Cat)

    async def call() -> Any:
        async with package.AsyncApiClient(configuration) as api_client:
            return await package.AsyncDefaultApi(api_client).add_pet(pet)

    assert asyncio.run(call()) == answer
