"""Contract tests of every operation of every generated client.

For each spec in specs/, every operation is called through its generated package — the sync API
class over `ApiClient` and the async twin over `AsyncApiClient` — against the spec's mock server,
with every parameter the operation has (required and optional), values built from the spec
(`values.py`), and credentials for the operation's security schemes. The mock validates each
request with openapi-core, so a 4xx from it means the client sent something the spec does not
allow; its answer is a schema-valid body the client must parse into the declared return type.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import decimal
import functools
import importlib
import sys
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from contract.values import SpecValues

from conftest import GENERATED, SPECS
from generator.ir import Location, Operation, Package, Parameter
from generator.load import load_spec
from generator.mock import HTTP_METHODS, MockServer
from generator.mock_data import deref
from generator.pipeline import build_checked, discover
from generator.typetree import (
    Binary,
    BinaryRole,
    Constrained,
    DictOf,
    FreeForm,
    ListOf,
    ModelKind,
    ModelRef,
    Nullable,
    Primitive,
    Scalar,
    TypeNode,
    UnionOf,
    is_file_upload,
    strip,
)

# How many operations each spec has (its seed documentation's count): the test covers them all.
EXPECTED_OPERATIONS = {"oden": 27, "ubiops": 125, "pieces_os_client": 5, "pytm4srv": 10}
API_KEY = "test-key"
FILE_CONTENT = b"contract test file \x00\x01\x02"


@dataclass(frozen=True)
class Spec:
    name: str
    document: Mapping[str, Any]
    package: Package

    @property
    def root(self) -> Path:
        return GENERATED / self.package.package_name


@functools.cache
def load(name: str) -> Spec:
    path = discover(SPECS)[name]
    return Spec(name, load_spec(path).document, build_checked(path)[0])


@functools.cache
def values_for(name: str) -> SpecValues:
    return SpecValues(load(name).document)


@dataclass(frozen=True)
class Case:
    spec: str
    api: str  # the sync API class name; the async one is `Async<api>`
    operation: Operation

    @property
    def id(self) -> str:
        return f"{self.spec}/{self.api}.{self.operation.method_name}"


SPEC_NAMES = sorted(discover(SPECS))
CASES = [Case(name, api.name, op) for name in SPEC_NAMES for api in load(name).package.apis for op in api.operations]


def import_package(spec: Spec) -> types.ModuleType:
    if str(spec.root) not in sys.path:
        sys.path.insert(0, str(spec.root))
    return importlib.import_module(spec.package.package_name)


def _discard(line: str) -> None:
    """The mock's request log: a 4xx answer carries its own explanation, which the test shows."""


@pytest.fixture(scope="module")
def mock_urls() -> Iterator[dict[str, str]]:
    """One mock server per spec for the whole module, stopped when the module is done."""
    started: list[MockServer] = []
    try:
        for name in SPEC_NAMES:
            started.append(MockServer(load(name).document, log=_discard).start())
        yield {name: server.url for name, server in zip(SPEC_NAMES, started, strict=True)}
    finally:
        for server in started:
            server.stop()


# --- arguments -------------------------------------------------------------------------------


def spec_operation(spec: Spec, operation: Operation) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation object of the spec, and its parameters (path-level ones included)."""
    item = deref(spec.document, spec.document["paths"][operation.path])
    raw = item[operation.http_method.lower()]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*item.get("parameters", []), *raw.get("parameters", [])]:
        parameter = deref(spec.document, parameter)
        merged[parameter["name"], parameter["in"]] = parameter
    return raw, list(merged.values())


def wire_value(spec: Spec, case: Case, parameter: Parameter) -> Any:
    """A JSON value the spec accepts for one parameter of the operation (a copy: spec examples
    are shared by every test)."""
    return copy.deepcopy(_wire_value(spec, case, parameter))


def _wire_value(spec: Spec, case: Case, parameter: Parameter) -> Any:
    raw, raw_parameters = spec_operation(spec, case.operation)
    values = values_for(spec.name)
    if parameter.location in (Location.BODY, Location.FORM):
        request_body = deref(spec.document, raw["requestBody"])
        media_type = case.operation.body_media_types[0]
        media = deref(spec.document, request_body["content"][media_type])
        if parameter.location is Location.BODY:
            return values.for_media(media, parameter.wire_name).value
        properties = deref(spec.document, media.get("schema", {})).get("properties", {})
        return values.for_schema(properties[parameter.wire_name], parameter.wire_name).value
    found = [p for p in raw_parameters if (p["name"], p["in"]) == (parameter.wire_name, parameter.location.value)]
    assert found, f"{case.id}: parameter {parameter.wire_name!r} ({parameter.location.value}) is not in the spec"
    return values.for_parameter(found[0]).value


def python_value(value: Any, node: TypeNode) -> Any:
    """The JSON value as the Python type the signature declares (dates and times parsed)."""
    node = strip(node)
    parse = {Scalar.DATETIME: datetime.datetime.fromisoformat, Scalar.DATE: datetime.date.fromisoformat}
    if isinstance(node, Primitive) and node.scalar in parse and isinstance(value, str):
        return parse[node.scalar](value)
    if isinstance(node, ListOf) and isinstance(value, list):
        return [python_value(item, node.item) for item in value]
    return value


def arguments(case: Case, package: types.ModuleType, file_arg: Any, as_models: bool) -> tuple[list[Any], dict[str, Any]]:
    """Required parameters positionally (signature order), optional ones as keywords.
    `as_models`: model-typed bodies are passed as model instances, else as plain dicts."""
    spec = load(case.spec)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in case.operation.parameters:
        plain = strip(parameter.type)
        if isinstance(plain, Binary) or is_file_upload(plain):
            value = file_arg
        else:
            value = python_value(wire_value(spec, case, parameter), parameter.type)
            if as_models and isinstance(plain, ModelRef) and plain.kind is not ModelKind.ENUM and isinstance(value, dict):
                value = getattr(package, plain.name).from_dict(value)
        if parameter.required:
            positional.append(value)
        else:
            keywords[parameter.name] = value
    return positional, keywords


def configuration(case: Case, package: types.ModuleType, host: str) -> Any:
    """A configuration with credentials for exactly the operation's security schemes."""
    config = package.Configuration(host=host)
    schemes = {scheme.name: scheme for scheme in load(case.spec).package.security_schemes}
    for name in case.operation.auth:
        kind = schemes[name].kind
        if kind == "api_key":
            config.api_key[name] = API_KEY
        elif kind == "http_basic":
            config.username, config.password = "user", API_KEY
        else:  # bearer, oauth2, openid: a bearer token
            config.access_token = API_KEY
    return config


# --- the declared return type -----------------------------------------------------------------


_SCALAR_TYPES = {Scalar.STR: str, Scalar.INT: int, Scalar.FLOAT: float, Scalar.BOOL: bool,
                 Scalar.DATE: datetime.date, Scalar.DATETIME: datetime.datetime, Scalar.DECIMAL: decimal.Decimal}


def python_type(node: TypeNode, package: types.ModuleType) -> Any:
    """The Python type a type tree stands for, with the package's own model classes."""
    if isinstance(node, (Nullable, Constrained)):
        inner = python_type(node.inner, package)
        return typing.Optional[inner] if isinstance(node, Nullable) else inner  # noqa: UP045 -- built at run time
    if isinstance(node, Primitive):
        return _SCALAR_TYPES[node.scalar]
    if isinstance(node, ListOf):
        return list[python_type(node.item, package)]  # type: ignore[misc]
    if isinstance(node, DictOf):
        return dict[str, python_type(node.value, package)]  # type: ignore[misc]
    if isinstance(node, UnionOf):
        return typing.Union[tuple(python_type(m, package) for m in node.members)]  # noqa: UP007 -- built at run time
    if isinstance(node, ModelRef):
        return getattr(package, node.name)
    if isinstance(node, Binary):
        return bytearray if node.role is BinaryRole.RESPONSE else bytes
    if isinstance(node, FreeForm):
        return dict[str, Any]
    return Any


def declared_type(case: Case, package: types.ModuleType) -> Any:
    returns = case.operation.returns
    return None if returns is None else python_type(returns, package)


def conforms(value: Any, declared: Any) -> bool:
    """Whether a parsed value is an instance of the declared type, items and values included."""
    if declared is None:
        return value is None
    if declared in (Any, object):
        return True
    origin, args = typing.get_origin(declared), typing.get_args(declared)
    if origin is typing.Union:
        return any(conforms(value, option) for option in args)
    if origin is list:
        return isinstance(value, list) and all(conforms(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            isinstance(k, str) and conforms(v, args[1]) for k, v in value.items()
        )
    if declared is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, declared)


def check_answer(case: Case, package: types.ModuleType, result: Any) -> None:
    declared = declared_type(case, package)
    assert conforms(result, declared), (
        f"{case.id}: the answer parsed as {type(result).__name__} {result!r:.300}, "
        f"declared {case.operation.returns or 'None'}"
    )


def rejected(case: Case, error: Exception) -> str:
    """The failure message: the mock's answer (a JSON body naming each problem) as it came."""
    status = getattr(error, "status", "?")
    body = getattr(error, "body", None)
    return f"{case.id}: the call raised {type(error).__name__} (status {status}): {body or error}"


# --- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sync_client_call_is_accepted_and_its_answer_parsed(
    case: Case, mock_urls: dict[str, str]) -> None:
    package = import_package(load(case.spec))
    args, kwargs = arguments(case, package, FILE_CONTENT, as_models=True)
    config = configuration(case, package, mock_urls[case.spec])
    with package.ApiClient(config) as api_client:
        method = getattr(getattr(package, case.api)(api_client), case.operation.method_name)
        try:
            result = method(*args, **kwargs)
        except package.ApiException as error:
            pytest.fail(rejected(case, error))
    check_answer(case, package, result)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_async_client_call_is_accepted_and_its_answer_parsed(
    case: Case, mock_urls: dict[str, str], tmp_path: Path) -> None:
    package = import_package(load(case.spec))
    upload = tmp_path / "upload.bin"
    upload.write_bytes(FILE_CONTENT)
    args, kwargs = arguments(case, package, str(upload), as_models=False)
    config = configuration(case, package, mock_urls[case.spec])

    async def call() -> Any:
        async with package.AsyncApiClient(config) as api_client:
            method = getattr(getattr(package, f"Async{case.api}")(api_client), case.operation.method_name)
            return await method(*args, **kwargs)

    try:
        result = asyncio.run(call())
    except package.ApiException as error:
        pytest.fail(rejected(case, error))
    check_answer(case, package, result)


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_operation_of_the_spec_is_covered(name: str) -> None:
    document = load(name).document
    in_spec = {(method, template) for template, item in document["paths"].items()
               for method in HTTP_METHODS if method in deref(document, item)}
    covered = {(c.operation.http_method.lower(), c.operation.path) for c in CASES if c.spec == name}
    assert covered == in_spec
    assert len([c for c in CASES if c.spec == name]) == len(in_spec) == EXPECTED_OPERATIONS[name]


def test_all_specs_are_covered() -> None:
    assert sorted(EXPECTED_OPERATIONS) == SPEC_NAMES
    assert len(CASES) == sum(EXPECTED_OPERATIONS.values()) == 167


def test_conforms_rejects_what_the_declared_type_does_not_allow() -> None:
    """The answer check itself can fail: wrong container, wrong item, a value for no content."""
    assert conforms([1, 2], list[int]) and conforms({"a": 1.5}, dict[str, float]) and conforms(None, None)
    assert not conforms({"a": 1}, list[int])
    assert not conforms(["x"], list[int])
    assert not conforms({"a": "x"}, dict[str, float])
    assert not conforms({}, None)
    assert not conforms(True, float)
