"""The mock server: valid requests get schema-valid answers, invalid ones a precise error.

Every operation of every spec in specs/ is called with a request built from the spec (path
parameters, required parameters, a body, credentials); openapi-core then checks each answer
against the response schema, as a generated client would parse it.
"""

from __future__ import annotations

import base64
import copy
import functools
import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import urllib3
from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.testing import MockRequest, MockResponse

from generator.mock.data import Synthesizer, deref, media_examples
from generator.mock.server import HTTP_METHODS, MockServer
from generator.read.load import load_spec

ROOT = Path(__file__).resolve().parents[2]
SPEC_NAMES = ("oden", "ubiops", "pieces_os_client", "pytm4srv")
SECRET = "s3cr3t-credential"
HTTP = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(total=10))


@functools.cache
def document(name: str) -> dict[str, Any]:
    if name == "inline":
        return INLINE
    return load_spec(ROOT / "specs" / f"{name}.yaml").document


def operations(name: str) -> list[tuple[str, str, str]]:
    paths = document(name)["paths"]
    return [(name, m, t) for t, item in paths.items() for m in HTTP_METHODS if m in item]


@functools.cache
def reference_validator(name: str) -> OpenAPI:
    """An openapi-core app of the unmodified spec, except servers: the mock serves at /."""
    doc = copy.deepcopy(document(name))
    doc["servers"] = [{"url": "/"}]
    return OpenAPI.from_dict(doc, config=Config(spec_validator_cls=None))


@dataclass
class Call:
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None

    def send(self, server: MockServer) -> urllib3.BaseHTTPResponse:
        headers = dict(self.headers)
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        url = server.url + self.path + (f"?{urlencode(self.query)}" if self.query else "")
        return HTTP.request(self.method.upper(), url, headers=headers, body=self.body)


def text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return ",".join(text(v) for v in value)
    return str(value)


def add_credentials(doc: Mapping[str, Any], operation: Mapping[str, Any], call: Call) -> None:
    """Satisfy the first security requirement (any value is accepted)."""
    requirements = operation.get("security", doc.get("security")) or [{}]
    schemes = doc.get("components", {}).get("securitySchemes", {})
    for name in requirements[0]:
        scheme = schemes[name]
        if scheme["type"] == "apiKey":
            where = {"header": call.headers, "cookie": call.cookies}.get(scheme["in"])
            if where is None:
                call.query.append((scheme["name"], SECRET))
            else:
                where[scheme["name"]] = SECRET
        elif scheme.get("scheme", "").lower() == "basic":
            token = base64.b64encode(f"user:{SECRET}".encode()).decode()
            call.headers["Authorization"] = f"Basic {token}"
        else:
            call.headers["Authorization"] = f"Bearer {SECRET}"


def add_body(doc: Mapping[str, Any], request_body: Mapping[str, Any], call: Call) -> None:
    """The first media type's first valid example, else a synthesized value."""
    content_type, media = next(iter(request_body["content"].items()))
    synthesizer = Synthesizer(doc, "request")
    schema = media.get("schema", {})
    valid = [v for _, v in media_examples(doc, media) if synthesizer.checker.is_valid(schema, v)]
    value = valid[0] if valid else synthesizer.value(schema)
    if content_type == "multipart/form-data":
        fields = {k: (f"{k}.bin", v.encode()) if isinstance(v, str) else json.dumps(v) for k, v in value.items()}
        call.body, call.headers["Content-Type"] = urllib3.encode_multipart_formdata(fields)
    elif content_type.startswith("text/"):
        call.body, call.headers["Content-Type"] = text(value).encode(), content_type
    else:
        call.body, call.headers["Content-Type"] = json.dumps(value).encode(), content_type


def valid_call(name: str, method: str, template: str) -> Call:
    """A request the spec accepts: path values, required parameters, a body, credentials."""
    doc = document(name)
    item = doc["paths"][template]
    operation = item[method]
    synthesizer = Synthesizer(doc, "request")
    call = Call(method, template)
    params = {}
    for param in [*item.get("parameters", []), *operation.get("parameters", [])]:
        param = deref(doc, param)
        params[param["name"], param["in"]] = param
    for (param_name, where), param in params.items():
        if where != "path" and not param.get("required"):
            continue
        value = text(synthesizer.value(param.get("schema", {}), param_name))
        if where == "path":
            call.path = call.path.replace("{" + param_name + "}", quote(value, safe=""))
        elif where == "query":
            call.query.append((param_name, value))
        else:
            (call.headers if where == "header" else call.cookies)[param_name] = value
    if "requestBody" in operation:
        add_body(doc, deref(doc, operation["requestBody"]), call)
    add_credentials(doc, operation, call)
    return call


def assert_schema_valid(name: str, template: str, call: Call, response: Any) -> None:
    """openapi-core's own response validation, as a generated client would need."""
    request = MockRequest("http://mock", call.method, template, path_pattern=template)
    checked = MockResponse(
        response.data,
        status_code=response.status,
        headers=dict(response.headers),
        content_type=response.headers.get("Content-Type", ""),
    )
    reference_validator(name).validate_response(request, checked)


@pytest.fixture(scope="module")
def logs() -> list[str]:
    return []


@pytest.fixture(scope="module")
def servers(logs: list[str]) -> Iterator[dict[str, MockServer]]:
    started: dict[str, MockServer] = {}
    try:
        for name in (*SPEC_NAMES, "inline"):
            started[name] = MockServer(document(name), port=0, log=logs.append).start()
        yield started
    finally:
        for server in started.values():
            server.stop()


ALL_OPERATIONS = [op for name in SPEC_NAMES for op in operations(name)]


@pytest.mark.parametrize(
    ("name", "method", "template"), ALL_OPERATIONS, ids=[f"{n}:{m} {t}" for n, m, t in ALL_OPERATIONS]
)
def test_every_operation_answers_its_first_2xx_with_a_schema_valid_body(
    servers: dict[str, MockServer], name: str, method: str, template: str
) -> None:
    call = valid_call(name, method, template)
    response = call.send(servers[name])
    responses = document(name)["paths"][template][method]["responses"]
    first_2xx = next(code for code in responses if str(code).startswith("2"))
    assert response.status == int(first_2xx), response.data
    assert_schema_valid(name, template, call, response)
    if response.status == 204:
        assert response.data == b""
    assert call.send(servers[name]).data == response.data  # same request, same bytes


def test_invalid_body_gets_400_naming_the_field(servers: dict[str, MockServer]) -> None:
    call = valid_call("pytm4srv", "put", "/api/machines/holds/schedules/")
    call.body = json.dumps({**json.loads(call.body or b"{}"), "machine_id": "twelve"}).encode()
    response = call.send(servers["pytm4srv"])
    assert response.status == 400
    answer = response.json()
    assert answer["error"] == "invalid request body"
    assert any("machine_id" in line and "integer" in line for line in answer["details"]), answer


def test_missing_required_query_parameter_gets_400(servers: dict[str, MockServer]) -> None:
    call = valid_call("ubiops", "get", "/projects/{project_name}/metrics/{metric}")
    call.query = [(k, v) for k, v in call.query if k != "start_time"]
    response = call.send(servers["ubiops"])
    assert response.status == 400
    assert any("start_time" in line for line in response.json()["details"]), response.data


# pytm4srv documents no security (its seed shows none), so it has nothing to refuse.
@pytest.mark.parametrize("name", [name for name in SPEC_NAMES if name != "pytm4srv"])
def test_missing_credentials_get_401(servers: dict[str, MockServer], name: str) -> None:
    _, method, template = operations(name)[0]
    call = valid_call(name, method, template)
    call.headers.pop("Authorization", None)
    call.headers.pop("X-Application-ID", None)
    call.cookies.clear()
    response = call.send(servers[name])
    assert response.status == 401, response.data
    assert response.json()["error"] == "missing credentials"
    assert response.json()["details"]


def test_paths_are_served_at_the_root_and_below_a_servers_base_path() -> None:
    # A client left at its default host calls http://host/v2/pet for a server `http://host/v2`.
    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
           "servers": [{"url": "http://{env}.example.com/v2", "variables": {"env": {"default": "api"}}},
                       {"url": "/{tenant}/api", "variables": {"tenant": {"default": "t"}}}],
           "paths": {"/pet": {"get": {"responses": {"200": {"description": "ok", "content": {
               "application/json": {"schema": {"type": "string"}, "example": "rex"}}}}}}}}
    with MockServer(doc, port=0, log=lambda line: None) as server:
        statuses = {path: HTTP.request("GET", server.url + path).status
                    for path in ("/pet", "/v2/pet", "/v3/pet", "/v2", "/t/api/pet")}
    # A templated base path (`/{tenant}/api`) is not guessed.
    assert statuses == {"/pet": 200, "/v2/pet": 200, "/v3/pet": 404, "/v2": 404, "/t/api/pet": 404}


def test_unknown_path_gets_404_and_wrong_method_405(servers: dict[str, MockServer]) -> None:
    server = servers["pytm4srv"]
    missing = Call("get", "/api/nowhere", cookies={"session": SECRET}).send(server)
    assert missing.status == 404
    assert "/api/nowhere" in missing.json()["error"]
    wrong = Call("put", "/api/machines/holds/7", cookies={"session": SECRET}).send(server)
    assert wrong.status == 405
    assert wrong.headers["Allow"] == "DELETE, GET, PATCH"
    assert "PUT" in wrong.json()["error"]


def test_prefer_code_picks_a_documented_response(servers: dict[str, MockServer]) -> None:
    template = "/api/machines/holds/{hold_id}"
    call = valid_call("pytm4srv", "get", template)
    call.headers["Prefer"] = "code=404"
    response = call.send(servers["pytm4srv"])
    assert response.status == 404
    assert response.json() == {"error": "Hold 42 not found"}  # the schema's property example
    assert_schema_valid("pytm4srv", template, call, response)
    for undocumented in ("code=418", "code=abc"):
        call.headers["Prefer"] = undocumented
        assert call.send(servers["pytm4srv"]).status == 400


def test_request_log_has_method_path_status_but_no_credentials(servers: dict[str, MockServer], logs: list[str]) -> None:
    call = valid_call("ubiops", "get", "/projects/{project_name}")
    assert call.send(servers["ubiops"]).status == 200
    assert f"GET {call.path} 200" in logs
    assert not [line for line in logs if SECRET in line]


# A small OpenAPI 3.1 spec for what the four real specs do not use: http auth, an apiKey in
# the query, named examples, content negotiation, recursion, oneOf with a discriminator, anyOf,
# type lists with null, response headers and binary bodies.
INLINE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Inline", "version": "1"},
    "security": [{"basic": []}, {"bearer": []}, {"key": []}],
    "components": {
        "securitySchemes": {
            "basic": {"type": "http", "scheme": "basic"},
            "bearer": {"type": "http", "scheme": "Bearer"},
            "key": {"type": "apiKey", "in": "query", "name": "api_key"},
        },
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name", "children"],
                "properties": {
                    "name": {"type": "string", "minLength": 3, "maxLength": 5},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    "parent": {"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
                },
            },
            "Cat": {
                "type": "object",
                "required": ["kind", "lives"],
                "properties": {
                    "kind": {"const": "cat"},
                    "lives": {"type": "integer", "minimum": 7, "exclusiveMaximum": 10},
                },
            },
            "Dog": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"enum": ["dog"]}, "born": {"type": ["string", "null"]}},
            },
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
                },
            },
            # The first option's natural value matches the second too: not a valid oneOf.
            "Shape": {
                "oneOf": [
                    {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}},
                    {"type": "object", "properties": {"a": {"type": "string"}}},
                ]
            },
            "Tagged": {
                "allOf": [
                    {"$ref": "#/components/schemas/Dog"},
                    {
                        "type": "object",
                        "required": ["tags", "at"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid", "readOnly": True},
                            "password": {"type": "string", "writeOnly": True},
                            "at": {"type": "string", "format": "date-time"},
                            "tags": {
                                "type": "array",
                                "minItems": 3,
                                "uniqueItems": True,
                                "items": {"type": "string", "format": "email"},
                            },
                            "extra": {"type": "object", "additionalProperties": {"type": "number"}},
                        },
                    },
                ]
            },
        },
    },
    "paths": {
        "/pets/{pet_id}": {
            "get": {
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "a pet",
                        "headers": {"X-Rate-Limit": {"required": True, "schema": {"type": "integer"}}},
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Pet"},
                                "examples": {
                                    "cat": {"value": {"kind": "cat", "lives": 9}},
                                    "dog": {"value": {"kind": "dog", "born": None}},
                                },
                            }
                        },
                    }
                },
            }
        },
        "/tree": {
            "get": {
                "responses": {
                    "200": {
                        "description": "recursive data",
                        "content": {
                            "text/plain": {"schema": {"type": "string"}},
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Node"},
                                "example": {"name": "x"},  # invalid: must not be served
                            },
                        },
                    }
                }
            }
        },
        "/tagged": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tagged"}}},
                },
                "responses": {
                    "400": {"description": "documented before the 2xx"},
                    "201": {
                        "description": "created",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tagged"}}},
                    },
                },
            }
        },
        "/blob": {
            "get": {
                "security": [],
                "responses": {
                    "200": {
                        "description": "bytes",
                        # No schema: under 3.1 openapi-core 0.23.1 rejects bytes for
                        # {type: string, format: binary} (3.0 accepts them).
                        "content": {"application/octet-stream": {}},
                    }
                },
            }
        },
    },
}


@pytest.mark.parametrize(("name", "method", "template"), operations("inline"))
def test_openapi_31_features_answer_schema_valid(
    servers: dict[str, MockServer], name: str, method: str, template: str
) -> None:
    call = valid_call(name, method, template)
    response = call.send(servers[name])
    assert response.status == (201 if method == "post" else 200), response.data
    assert_schema_valid(name, template, call, response)


def test_http_and_query_credentials(servers: dict[str, MockServer]) -> None:
    call = Call("get", "/pets/1")
    assert call.send(servers["inline"]).status == 401
    basic = base64.b64encode(b"u:p").decode()
    for headers, query in [
        ({"Authorization": f"Basic {basic}"}, []),
        ({"Authorization": "bearer abc"}, []),
        ({}, [("api_key", SECRET)]),
    ]:
        assert Call("get", "/pets/1", headers=headers, query=query).send(servers["inline"]).status == 200


def test_prefer_example_and_accept(servers: dict[str, MockServer]) -> None:
    server = servers["inline"]
    auth = {"Authorization": "Bearer t"}
    dog = Call("get", "/pets/1", headers={**auth, "Prefer": "example=dog"}).send(server)
    assert dog.json() == {"kind": "dog", "born": None}
    assert dog.headers["X-Rate-Limit"] == "1"
    unknown = Call("get", "/pets/1", headers={**auth, "Prefer": "example=cow"}).send(server)
    assert unknown.status == 400 and unknown.json()["details"] == ["cat", "dog"]
    as_text = Call("get", "/tree", headers={**auth, "Accept": "text/plain"}).send(server)
    assert as_text.headers["Content-Type"] == "text/plain" and as_text.data
    as_json = Call("get", "/tree", headers={**auth, "Accept": "*/*"}).send(server)
    assert as_json.headers["Content-Type"] == "application/json"
    blob = Call("get", "/blob").send(server)
    assert blob.headers["Content-Type"] == "application/octet-stream" and blob.data


def test_synthesis_honours_constraints() -> None:
    synthesizer = Synthesizer(INLINE, "response")
    tagged_ref = {"$ref": "#/components/schemas/Tagged"}
    tagged = synthesizer.value(tagged_ref)
    assert tagged["kind"] == "dog"
    assert len(tagged["tags"]) == 3 == len(set(tagged["tags"]))
    assert all("@" in tag for tag in tagged["tags"])
    assert "password" not in tagged  # writeOnly
    assert "id" not in Synthesizer(INLINE, "request").value(tagged_ref)  # readOnly
    node = synthesizer.value({"$ref": "#/components/schemas/Node"})
    assert 3 <= len(node["name"]) <= 5
    shape = {"$ref": "#/components/schemas/Shape"}
    assert synthesizer.checker.is_valid(shape, synthesizer.value(shape))
    assert synthesizer.value({"$ref": "#/components/schemas/Cat"})["lives"] in (7, 8, 9)


SERVE = (
    "import sys; from pathlib import Path; from generator.read.load import load_spec; "
    "from generator.mock.server import serve_forever; "
    "serve_forever(load_spec(Path(sys.argv[1])).document, '127.0.0.1', 0, "
    "lambda line: print(line, flush=True))"
)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_forever_stops_cleanly_on_signal(sig: signal.Signals) -> None:
    spec = ROOT / "specs" / "pytm4srv.yaml"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        ready, _, _ = select.select([process.stdout], [], [], 15)
        assert ready, "the server did not announce itself"
        assert process.stdout is not None
        announcement = process.stdout.readline().strip()
        assert announcement.startswith("Mock server for pytm4srv machine holds API listening on")
        url = announcement.rsplit(" ", 1)[1]
        assert HTTP.request("GET", url + "/api/machines/holds/").status == 200  # it serves
        sent = time.monotonic()
        process.send_signal(sig)
        assert process.wait(timeout=2) == 0
        assert time.monotonic() - sent < 2
        assert process.stderr is not None
        assert "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("value, valid", [
    ("2013-10-20T19:20:30.000000+0100", True),  # OpenAPI Generator's default datetime_format
    ("2013-10-20T19:20:30+01:00", True),
    ("2013-10-20T19:20:30.5Z", True),
    ("2013-13-20T19:20:30Z", False),
    ("2013-10-20", False),
    ("yesterday", False),
])
def test_query_date_times_as_rfc_3339_or_as_openapi_generator_sends_them(value: str, valid: bool) -> None:
    from generator.mock.server import is_date_time

    assert is_date_time(value) is valid
