"""The mock server against hostile or unusual clients: bodies that are too big, chunked, not
UTF-8 or malformed; connections that say nothing or drip their headers; header names with `_`;
and error answers shaped as the spec documents them.

Every test starts its own server on 127.0.0.1 (port 0) and stops it; raw sockets send what
ordinary clients would not.
"""

from __future__ import annotations

import http.client
import json
import select
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from generator.mock.data import SchemaChecker, resolve_ref
from generator.mock.server import MockServer

# A Petstore-like OpenAPI 3.0 spec: an `api_key` header credential, a header parameter with
# `_` in its name, and error responses documented in each of the ways the mock must follow.
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Hostile", "version": "1"},
    "components": {
        "securitySchemes": {"api_key": {"type": "apiKey", "in": "header", "name": "api_key"}},
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
            },
            # Closed: no room for the mock's own `details`.
            "Error": {
                "type": "object",
                "required": ["code", "message"],
                "additionalProperties": False,
                "properties": {"code": {"type": "integer", "format": "int32"}, "message": {"type": "string"}},
            },
            "GenericError": {
                "type": "object",
                "required": ["error", "retryable"],
                "properties": {"error": {"type": "string"}, "retryable": {"type": "boolean"}},
            },
            "Nested": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
                    }
                },
            },
            "Coded": {"type": "object", "required": ["code"], "properties": {"code": {"type": "integer"}}},
        },
    },
    "paths": {
        "/pets": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                },
                "responses": {
                    "201": {
                        "description": "created",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "400": {
                        "description": "invalid",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                },
            }
        },
        "/pets/{pet_id}": {
            "get": {
                "security": [{"api_key": []}],
                "parameters": [
                    {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "trace_id", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "a pet",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    },
                    "401": {
                        "description": "no credentials",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GenericError"}}},
                    },
                },
            }
        },
        "/orders": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {
                    "201": {"description": "created"},
                    "4XX": {
                        "description": "client error",
                        "content": {
                            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Nested"}}
                        },
                    },
                },
            }
        },
        "/codes": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {
                    "201": {"description": "created"},
                    "default": {
                        "description": "anything else",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Coded"}}},
                    },
                },
            }
        },
        "/plain": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"201": {"description": "created"}, "400": {"description": "no body documented"}},
            }
        },
    },
}
LIMIT = 1024  # max_body of the servers here


@contextmanager
def serving(idle_timeout: float = 30.0, logs: list[str] | None = None) -> Iterator[MockServer]:
    server = MockServer(SPEC, log=(logs if logs is not None else []).append, max_body=LIMIT, idle_timeout=idle_timeout)
    with server:
        yield server


def connect(server: MockServer) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=10)


def exchange(server: MockServer, data: bytes) -> tuple[int, bytes]:
    """Send raw bytes, read the answer as an HTTP client would: (status, body)."""
    with connect(server) as sock:
        sock.sendall(data)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, response.read()


def request(server: MockServer, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
            chunked: bool = False) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        response = connection.getresponse()
        data = response.read()
        return response.status, json.loads(data) if data else None
    finally:
        connection.close()


def closed_by_server(sock: socket.socket, drip: bytes = b"", patience: float = 10.0) -> bytes | None:
    """What the server sent before closing the connection while the client sent `drip` one
    byte at a time (every 0.1 s) or, with nothing to drip, just waited; None if still open."""
    end = time.monotonic() + patience
    sent, received = 0, b""
    while time.monotonic() < end:
        if sent < len(drip):
            try:
                sock.sendall(drip[sent : sent + 1])
            except OSError:  # reset or broken pipe: closed
                return received
            sent += 1
        readable, _, _ = select.select([sock], [], [], 0.1)
        if readable:
            try:
                piece = sock.recv(65536)
            except ConnectionError:
                return received
            if not piece:
                return received
            received += piece
    return None


def json_headers(length: int | None = None, path: str = "/plain") -> bytes:
    framing = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    return f"POST {path} HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n{framing}\r\n\r\n".encode()


# 1. Bodies that are not UTF-8


def test_json_body_not_utf8_gets_400_naming_the_problem() -> None:
    with serving() as server:
        status, answer = request(server, "POST", "/plain", b'{"name": "\xff\xfe"}', {"Content-Type": "application/json"})
    assert status == 400, answer
    assert answer["error"] == "invalid request body"
    assert any("UTF-8" in line and "0xff" in line for line in answer["details"]), answer


# 2. Body size


def test_content_length_over_the_limit_gets_413_without_reading_the_body() -> None:
    with serving() as server:
        # The body is never sent: a server that tried to read it would wait, not answer.
        status, body = exchange(server, json_headers(LIMIT + 1))
    assert status == 413
    assert json.loads(body)["error"] == "request body too large"
    assert f"{LIMIT} bytes" in json.loads(body)["details"][0]


def test_body_at_the_limit_is_read() -> None:
    with serving() as server:
        pet = json.dumps({"name": "n" * (LIMIT - 12)}).encode()
        assert len(pet) == LIMIT
        assert request(server, "POST", "/pets", pet, {"Content-Type": "application/json"})[0] == 201


def test_chunked_body_growing_past_the_limit_is_cut_off_with_413() -> None:
    with serving() as server, connect(server) as sock:
        chunk = b"x" * 1000
        # Two chunks are past the limit; the body never ends, yet the answer comes.
        sock.sendall(json_headers() + b"3e8\r\n" + chunk + b"\r\n3e8\r\n" + chunk + b"\r\n")
        response = http.client.HTTPResponse(sock)
        response.begin()
        assert response.status == 413
        assert json.loads(response.read())["error"] == "request body too large"


def test_client_still_sending_a_big_body_reads_the_413_rather_than_a_reset() -> None:
    with serving() as server:
        # More than the sockets buffer: closing with it unread would reset the connection
        # while the client is still sending (BrokenPipeError), so the server drains it first.
        status, answer = request(server, "POST", "/pets", b"x" * 8 * 1024 * 1024, {"Content-Type": "application/json"})
    assert status == 413, answer


# 3. Idle and slow connections


def test_idle_connection_is_closed_after_the_idle_timeout() -> None:
    logs: list[str] = []
    with serving(idle_timeout=0.5, logs=logs) as server, connect(server) as sock:
        assert closed_by_server(sock) == b""
    assert any("closed a connection that took longer than 0.5s" in line for line in logs), logs


def test_slowloris_headers_do_not_hold_the_connection() -> None:
    headers = b"GET /pets/1 HTTP/1.1\r\nHost: mock\r\n" + b"".join(b"X-Pad-%d: %d\r\n" % (i, i) for i in range(20))
    with serving(idle_timeout=0.5) as server, connect(server) as sock:
        # One byte every 0.1 s never leaves the connection idle for 0.5 s; the headers
        # still must be complete within 0.5 s of connecting.
        assert closed_by_server(sock, drip=headers + b"\r\n") == b""


def test_slow_body_does_not_hold_the_connection() -> None:
    with serving(idle_timeout=0.5) as server, connect(server) as sock:
        sock.sendall(json_headers(200))
        answer = closed_by_server(sock, drip=b'{"name": "' + b"n" * 188 + b'"}')
    assert answer is not None and answer.startswith(b"HTTP/1.0 408 "), answer


def test_idle_timeout_leaves_prompt_clients_alone() -> None:
    with serving(idle_timeout=1.0) as server:
        time.sleep(1.1)  # the timeout is per connection, not counted from the server's start
        pet = json.dumps({"name": "rex"}).encode()
        assert request(server, "POST", "/pets", pet, {"Content-Type": "application/json"})[0] == 201


# 4. Chunked bodies


def test_chunked_body_is_read_and_validated() -> None:
    with serving() as server:
        pieces = [b'{"name": ', b'"rex", "tag": ', b'"dog"}']
        status, answer = request(server, "POST", "/pets", iter(pieces), {"Content-Type": "application/json"}, True)
        assert status == 201, answer
        assert "name" in answer
        status, answer = request(server, "POST", "/plain", iter([b'{"tag": 1}']), {"Content-Type": "application/json"},
                                 True)
        assert status == 400
        assert any("name" in line for line in answer["details"]), answer
        assert any("tag" in line and "string" in line for line in answer["details"]), answer


def test_chunked_body_with_trailers_and_extensions() -> None:
    body = b'{"name": "rex"}'
    chunked = b"%x;ext=1\r\n%s\r\n0\r\nX-Checksum: 1\r\n\r\n" % (len(body), body)
    with serving() as server:
        assert exchange(server, json_headers(None, "/pets") + chunked)[0] == 201


@pytest.mark.parametrize(
    ("framing", "body", "problem"),
    [
        (b"Transfer-Encoding: chunked", b"zz\r\n{}\r\n0\r\n\r\n", "invalid chunk size"),
        (b"Transfer-Encoding: chunked", b"2\r\n{}}\r\n0\r\n\r\n", "longer than its size"),
        (b"Transfer-Encoding: gzip", b"{}", "Transfer-Encoding"),
        (b"Content-Length: 2\r\nContent-Length: 3", b"{}", "Content-Length"),
        (b"Content-Length: -2", b"{}", "Content-Length"),
    ],
    ids=["chunk-size", "chunk-overrun", "unknown-coding", "two-lengths", "negative-length"],
)
def test_malformed_framing_gets_400(framing: bytes, body: bytes, problem: str) -> None:
    head = b"POST /plain HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n" + framing + b"\r\n\r\n"
    with serving() as server:
        status, answer = exchange(server, head + body)
    assert status == 400
    assert problem in json.dumps(json.loads(answer)), answer


def test_body_shorter_than_content_length_gets_400() -> None:
    with serving() as server, connect(server) as sock:
        sock.sendall(json_headers(10) + b"{}")
        sock.shutdown(socket.SHUT_WR)  # the client stops sending
        response = http.client.HTTPResponse(sock)
        response.begin()
        assert response.status == 400
        assert "2 of 10 bytes" in response.read().decode()


# 5. Header names with "_"


def test_header_names_with_underscores_reach_validation() -> None:
    with serving() as server:
        # Header names are case-insensitive: API_KEY is api_key.
        assert request(server, "GET", "/pets/1", headers={"API_KEY": "k", "trace_id": "t"})[0] == 200
        assert request(server, "GET", "/pets/1", headers={"api_key": "k", "Trace_Id": "t"})[0] == 200
        # ... but "-" is not "_": Api-Key is another header.
        status, answer = request(server, "GET", "/pets/1", headers={"Api-Key": "k", "trace_id": "t"})
        assert status == 401, answer
        status, answer = request(server, "GET", "/pets/1", headers={"api_key": "k", "Trace-Id": "t"})
        assert status == 400
        assert any("trace_id" in line for line in answer["details"]), answer


# 6. Error answers as the spec documents them


def checker() -> SchemaChecker:
    return SchemaChecker(SPEC, "response")


def schema(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_400_follows_a_closed_error_schema() -> None:
    with serving() as server:
        status, answer = request(server, "POST", "/pets", b'{"tag": 1}', {"Content-Type": "application/json"})
    assert status == 400
    assert answer["message"] == "invalid request body"
    assert checker().is_valid(schema("Error"), answer), answer  # so no `details` here


def test_401_follows_the_documented_schema_with_details() -> None:
    with serving() as server:
        status, answer = request(server, "GET", "/pets/1", headers={"trace_id": "t"})
    assert status == 401
    assert answer["error"] == "missing credentials"
    assert isinstance(answer["retryable"], bool)
    assert answer["details"] == ["send header 'api_key' (api_key)"]
    assert checker().is_valid(schema("GenericError"), answer), answer


def test_4xx_range_with_the_message_one_level_down() -> None:
    with serving() as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("POST", "/orders", body=b'{"tag": 1}', headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        connection.close()
    assert response.status == 400
    assert response.getheader("Content-Type") == "application/problem+json"
    assert answer["error"]["message"] == "invalid request body"
    assert checker().is_valid(schema("Nested"), answer), answer


def test_default_response_without_a_message_property() -> None:
    with serving() as server:
        status, answer = request(server, "POST", "/codes", b'{"tag": 1}', {"Content-Type": "application/json"})
        too_big, big_answer = exchange(server, json_headers(LIMIT + 1, "/codes"))
    assert status == 400
    assert isinstance(answer["code"], int)
    assert answer["error"] == "invalid request body" and answer["details"], answer
    assert checker().is_valid(schema("Coded"), answer), answer
    assert too_big == 413 and "code" in json.loads(big_answer)


def test_undocumented_error_body_keeps_the_mock_format() -> None:
    with serving() as server:
        status, answer = request(server, "POST", "/plain", b'{"tag": 1}', {"Content-Type": "application/json"})
    assert status == 400
    assert set(answer) == {"error", "details"}


# 7. References


def test_resolve_ref_follows_json_pointer_rules() -> None:
    document = {"a/b": {"c~d": [{"e f": 1}]}, "p": {"%": 2}}
    assert resolve_ref(document, "#/a~1b/c~0d/0/e%20f") == 1
    assert resolve_ref(document, "#/p/%25") == 2
    assert resolve_ref(document, "#") is document
    with pytest.raises(KeyError):
        resolve_ref(document, "#/a~1b/missing")
    with pytest.raises(ValueError):
        resolve_ref(document, "other.yaml#/a")


def test_request_line_too_long_gets_414() -> None:
    logs: list[str] = []
    with serving(logs=logs) as server:
        status, _ = exchange(server, b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n")
    assert status == 414
    assert " 414" in logs[-1], logs
