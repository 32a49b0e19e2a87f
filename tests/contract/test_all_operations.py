"""Contract tests of every operation of every generated client.

For each spec in specs/, every operation is called through its generated package — the sync API
class over `ApiClient` and the async twin over `AsyncApiClient` — against the spec's mock server,
with every parameter the operation has (required and optional), values built from the spec
(`values.py`), and credentials for the operation's security schemes. The mock validates each
request with openapi-core, so a 4xx from it means the client sent something the spec does not
allow; its answer is a schema-valid body the client must parse into the declared return type.
How a call is made and its answer checked is in `calls.py` (shared with the corpus tests).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from contract.calls import Case, ClientSpec, call_async, call_sync, conforms, spec_operations, started

from conftest import GENERATED, SPECS
from generator.pipeline import build_checked, discover
from generator.read.load import load_spec

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def operations_in_file(path: Path) -> int:
    """How many operations the spec file has, read by PyYAML (not by apigen's loader): path × method.
    Derived from specs/, so adding a spec as README says needs no edit here."""
    document = yaml.safe_load(path.read_text("utf-8"))
    return sum(1 for item in (document.get("paths") or {}).values() for key in item if key in HTTP_METHODS)


SPEC_FILES = sorted(p for p in SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json") and ".settings." not in p.name)


@functools.cache
def load(name: str) -> ClientSpec:
    path = discover(SPECS)[name]
    package = build_checked(path)[0]
    return ClientSpec(name, load_spec(path).document, package, GENERATED / package.package_name)


SPEC_NAMES = sorted(discover(SPECS))
CASES = [case for name in SPEC_NAMES for case in load(name).cases()]


@pytest.fixture(scope="module")
def mock_urls() -> Iterator[dict[str, str]]:
    """One mock server per spec for the whole module, stopped when the module is done."""
    # --strict-wire: each request must also be written exactly as its package's dialect writes it.
    specs = {name: load(name) for name in SPEC_NAMES}
    yield from started({name: spec.document for name, spec in specs.items()},
                       {name: spec.package.wire for name, spec in specs.items()})


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sync_client_call_is_accepted_and_its_answer_parsed(
    case: Case, mock_urls: dict[str, str]) -> None:
    call_sync(case, mock_urls[case.spec.name])


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_async_client_call_is_accepted_and_its_answer_parsed(
    case: Case, mock_urls: dict[str, str], tmp_path: Path) -> None:
    call_async(case, mock_urls[case.spec.name], tmp_path / "upload.bin")


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_operation_of_the_spec_is_covered(name: str) -> None:
    in_spec = set(spec_operations(load(name).document))
    covered = {(c.operation.http_method.lower(), c.operation.path) for c in CASES if c.spec.name == name}
    assert covered == in_spec
    expected = operations_in_file(discover(SPECS)[name])
    assert len([c for c in CASES if c.spec.name == name]) == len(in_spec) == expected


def test_all_specs_are_covered() -> None:
    assert SPEC_NAMES == sorted(p.name.split(".")[0] for p in SPEC_FILES)
    assert len(CASES) == sum(operations_in_file(p) for p in SPEC_FILES)


def test_conforms_rejects_what_the_declared_type_does_not_allow() -> None:
    """The answer check itself can fail: wrong container, wrong item, a value for no content."""
    assert conforms([1, 2], list[int]) and conforms({"a": 1.5}, dict[str, float]) and conforms(None, None)
    assert not conforms({"a": 1}, list[int])
    assert not conforms(["x"], list[int])
    assert not conforms({"a": "x"}, dict[str, float])
    assert not conforms({}, None)
    assert not conforms(True, float)
