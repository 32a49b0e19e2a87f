"""Calling a generated client's operations against the mock server, for any spec.

Shared by the contract tests of the curated specs (`test_all_operations.py`) and the corpus
tests (`tests/corpus/`): arguments for every parameter of an operation, built from the spec
(`values.py`: its examples first, else values synthesized from its schemas); credentials for
exactly the operation's security schemes; the call through the generated sync or async client;
and the check that the answer parsed into the declared return type.

A `ClientSpec` is one spec with what was generated from it: the document the mock serves (as the
generator read it), the IR of the package (names, parameters, types) and the folder the import
package is in. A `Case` is one operation of it, with the API class that has it.
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
from urllib.parse import unquote

import pytest
from contract.values import SpecValues

from generator.ir.nodes import Location, Operation, Package, Parameter
from generator.ir.typetree import (
    Binary,
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
from generator.mock.data import deref
from generator.mock.server import MockServer

# The operations of a path item (OpenAPI 3.0 and 3.1), in the order the tests list them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
API_KEY = "test-key"
FILE_CONTENT = b"contract test file \x00\x01\x02"


@dataclass(frozen=True, eq=False)
class ClientSpec:
    name: str  # for test ids and messages
    document: Mapping[str, Any]  # what the mock serves and values are built from
    package: Package  # the IR of the generated package
    root: Path  # the distribution folder: the import package is `root / package.package_name`

    @functools.cached_property
    def values(self) -> SpecValues:
        return SpecValues(self.document)

    def import_package(self) -> types.ModuleType:
        if str(self.root) not in sys.path:
            sys.path.insert(0, str(self.root))
        return importlib.import_module(self.package.package_name)

    def cases(self) -> list[Case]:
        """Every operation of the package, API class by API class."""
        return [Case(self, api.name, op) for api in self.package.apis for op in api.operations]


@dataclass(frozen=True, eq=False)
class Case:
    spec: ClientSpec
    api: str  # the sync API class name; the async one is `Async<api>`
    operation: Operation

    @property
    def id(self) -> str:
        return f"{self.spec.name}/{self.api}.{self.operation.method_name}"


# --- the operations of a spec, read from the spec itself ----------------------------------------


def _local_ref(document: Mapping[str, Any], node: Any) -> Any:
    """A path item as written, or the one its `$ref` (a chain of them) points to in the document."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        assert ref.startswith("#/") and ref not in seen, f"path item $ref {ref!r} does not resolve in the document"
        seen.add(ref)
        node = document
        for token in ref[2:].split("/"):
            token = unquote(token).replace("~1", "/").replace("~0", "~")
            assert isinstance(node, Mapping) and token in node, f"path item $ref {ref!r} points to nothing"
            node = node[token]
    return node


def spec_operations(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(method, path) of every operation of a spec, in spec order: each path × each HTTP method
    its path item has (the path item followed through `$ref`s)."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        item = _local_ref(document, item)
        found += [(method, str(path)) for method in HTTP_METHODS if isinstance(item.get(method), Mapping)]
    return found


# --- arguments -------------------------------------------------------------------------------


def spec_operation(document: Mapping[str, Any], operation: Operation) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation object of the spec, and its parameters (path-level ones included)."""
    item = deref(document, document["paths"][operation.path])
    raw = item[operation.http_method.lower()]
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*item.get("parameters", []), *raw.get("parameters", [])]:
        parameter = deref(document, parameter)
        merged[parameter["name"], parameter["in"]] = parameter
    return raw, list(merged.values())


def wire_value(case: Case, parameter: Parameter) -> Any:
    """A JSON value the spec accepts for one parameter of the operation (a copy: spec examples
    are shared by every test)."""
    return copy.deepcopy(_wire_value(case, parameter))


def _wire_value(case: Case, parameter: Parameter) -> Any:
    document = case.spec.document
    raw, raw_parameters = spec_operation(document, case.operation)
    values = case.spec.values
    if parameter.location in (Location.BODY, Location.FORM):
        request_body = deref(document, raw["requestBody"])
        media_type = case.operation.body_media_types[0]
        media = deref(document, request_body["content"][media_type])
        if parameter.location is Location.BODY:
            return values.for_media(media, parameter.wire_name).value
        properties = deref(document, media.get("schema", {})).get("properties", {})
        if parameter.wire_name in properties:
            return values.for_schema(properties[parameter.wire_name], parameter.wire_name).value
        body = values.for_media(media).value  # a oneOf/anyOf/allOf of objects: a valid body's field
        return body.get(parameter.wire_name) if isinstance(body, dict) else None
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
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in case.operation.parameters:
        plain = strip(parameter.type)
        if isinstance(plain, Binary) or is_file_upload(plain):
            value = file_arg
        else:
            value = python_value(wire_value(case, parameter), parameter.type)
            if as_models and isinstance(plain, ModelRef) and plain.kind is not ModelKind.ENUM and isinstance(value, dict):
                value = getattr(package, plain.name).from_dict(value)
        if parameter.required:
            positional.append(value)
        else:
            keywords[parameter.name] = value
    return positional, keywords


def configuration(case: Case, package: types.ModuleType, host: str) -> Any:
    """A configuration with credentials for exactly the operation's security schemes."""
    # Operations with servers of their own (box's /authorize) are sent to the mock too.
    config = package.Configuration(host=host, ignore_operation_servers=True)
    if case.spec.package.wire == "openapi-generator":
        # OpenAPI Generator's default datetime_format writes the offset as +0000, which is not an
        # RFC 3339 date-time, so openapi-core refuses it; servers written against OpenAPI
        # Generator take it, and tests/og/test_og_wire.py checks the dialect sends it. Here the
        # spec's own format, for the UTC values the contract tests use.
        config.datetime_format = "%Y-%m-%dT%H:%M:%S.%fZ"
    schemes = {scheme.name: scheme for scheme in case.spec.package.security_schemes}
    for name in case.operation.auth:
        if name not in schemes:  # a scheme the client does not send (HTTP signature): warned about
            continue
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
        return bytes
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


# --- the calls ---------------------------------------------------------------------------------


def _discard(line: str) -> None:
    """The mock's request log: a 4xx answer carries its own explanation, which the test shows."""


def mock_server(document: Mapping[str, Any], strict_wire: str | None = None) -> MockServer:
    """A mock server for the document on a free port, not yet started (a context manager);
    `strict_wire`: the package's wire dialect, to refuse requests not written canonically in it."""
    return MockServer(document, log=_discard, strict_wire=strict_wire)


def call_sync(case: Case, host: str) -> Any:
    """Call the operation through the sync API class with every parameter; fail the test with
    the server's explanation if it rejects the call, else return the parsed answer, checked."""
    package = case.spec.import_package()
    args, kwargs = arguments(case, package, FILE_CONTENT, as_models=True)
    config = configuration(case, package, host)
    with package.ApiClient(config) as api_client:
        method = getattr(getattr(package, case.api)(api_client), case.operation.method_name)
        try:
            result = method(*args, **kwargs)
        except package.ApiException as error:
            pytest.fail(rejected(case, error))
    check_answer(case, package, result)
    return result


def call_async(case: Case, host: str, upload: Path) -> Any:
    """The same through the async twin over `AsyncApiClient`; a file upload is sent from the
    path `upload` (written here) and model bodies go as plain dicts."""
    package = case.spec.import_package()
    upload.write_bytes(FILE_CONTENT)
    args, kwargs = arguments(case, package, str(upload), as_models=False)
    config = configuration(case, package, host)

    async def call() -> Any:
        async with package.AsyncApiClient(config) as api_client:
            method = getattr(getattr(package, f"Async{case.api}")(api_client), case.operation.method_name)
            return await method(*args, **kwargs)

    try:
        result = asyncio.run(call())
    except package.ApiException as error:
        pytest.fail(rejected(case, error))
    check_answer(case, package, result)
    return result


def started(documents: Mapping[str, Mapping[str, Any]],
            dialects: Mapping[str, str] | None = None) -> Iterator[dict[str, str]]:
    """Start one mock server per document, yield their URLs by key, and stop them all after
    (for a generator fixture: `yield from started(...)`); `dialects` by key: --strict-wire."""
    servers: list[MockServer] = []
    try:
        for key, document in documents.items():
            servers.append(mock_server(document, (dialects or {}).get(key)).start())
        yield {key: server.url for key, server in zip(documents, servers, strict=True)}
    finally:
        for server in servers:
            server.stop()
