"""The mock server under request floods: hostile patterns, a 100k-item uniqueItems body, idle
connections by the hundred and thousands of `Prefer:` variants, while a second client keeps
asking. Every flood is bounded in count and time; every server binds 127.0.0.1 and is stopped by
the test that started it.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.mock.bounded import searches, unique
from generator.mock.server import MockServer

HOSTILE = r"^(a+)+$"
VALUE = "a" * 30 + "!"


def spec(pattern: str = HOSTILE) -> dict[str, Any]:
    text = {"type": "string", "pattern": pattern}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"},
                                                                       "example": "pong"}}},
          "400": {"description": "bad", "content": {"application/json": {
              "schema": {"type": "object", "properties": {"message": {"type": "string"}}},
              "examples": {"one": {"value": {"message": "x"}}}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Flood", "version": "1"},
        "paths": {
            "/ping": {"get": {"responses": ok}},
            "/items/{code}": {"get": {
                "parameters": [{"name": "code", "in": "path", "required": True, "schema": text},
                               {"name": "q", "in": "query", "schema": text},
                               {"name": "X-Tag", "in": "header", "schema": text}],
                "responses": ok}},
            "/sets": {"post": {
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "array", "uniqueItems": True,
                    "items": {"type": "object", "properties": {"id": {"type": "integer"}, "name": text},
                              "additionalProperties": {"type": "integer"}}}}}},
                "responses": ok}},
        },
    }


@pytest.fixture
def mock() -> Iterator[MockServer]:
    with MockServer(spec(), log=lambda line: None, idle_timeout=20.0) as server:
        yield server


def ask(server: MockServer, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
        timeout: float = 20.0) -> tuple[int, float]:
    """(status, seconds) of one request on a new connection."""
    started = time.monotonic()
    conn = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        data = None if body is None else json.dumps(body).encode()
        conn.request(method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    finally:
        conn.close()


def while_flooded(attack: Callable[[threading.Event], None], attackers: int, server: MockServer,
                  seconds: float = 3.0) -> list[float]:
    """Run `attack` on `attackers` threads for `seconds`, pinging meanwhile: each ping's time."""
    stop = threading.Event()
    threads = [threading.Thread(target=attack, args=(stop,), daemon=True) for _ in range(attackers)]
    for thread in threads:
        thread.start()
    times = []
    try:
        time.sleep(0.2)
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            status, took = ask(server, "GET", "/ping", timeout=10.0)
            assert status == 200
            times.append(took)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
    return times


@pytest.mark.parametrize(("where", "path", "headers", "body"), [
    ("path", f"/items/{VALUE}", {}, None),
    ("query", f"/items/aaa?q={'a' * 40}!", {}, None),
    ("header", "/items/aaa", {"X-Tag": VALUE}, None),
    ("body property", "/sets", {}, [{"id": 1, "name": VALUE}]),
    ("additional property name", "/sets", {}, [{"id": 1, VALUE: "not an integer"}]),
])
def test_a_hostile_value_is_refused_at_once(mock: MockServer, where: str, path: str, headers: dict[str, str],
                                            body: Any) -> None:
    status, took = ask(mock, "POST" if body is not None else "GET", path, body, headers)
    assert status == 400 and took < 2.0, (where, took)


def test_a_second_client_is_served_during_a_flood_of_hostile_requests(mock: MockServer) -> None:
    big = [{"id": i} for i in range(100_000)]
    bodies_answered: list[tuple[int, float]] = []

    def attack(stop: threading.Event) -> None:
        while not stop.is_set():
            ask(mock, "GET", f"/items/{VALUE}?q={VALUE}")

    def big_bodies(stop: threading.Event) -> None:
        while not stop.is_set():
            bodies_answered.append(ask(mock, "POST", "/sets", [*big, {"id": 7}]))

    times = while_flooded(attack, 6, mock, seconds=2.0)
    assert len(times) >= 5 and max(times) < 2.0, times
    times = while_flooded(big_bodies, 2, mock, seconds=2.0)
    # Refused as repeating items (400), or once checking it outlasts its budget (413).
    assert bodies_answered and all(status in (400, 413) for status, _ in bodies_answered)
    assert max(took for _, took in bodies_answered) < mock.app.check_seconds + 10.0
    assert len(times) >= 3 and max(times) < 5.0, times


def test_checking_a_request_stops_at_its_time_budget(mock: MockServer) -> None:
    mock.app.check_seconds = 0.3
    status, _ = ask(mock, "POST", "/sets", [{"id": 1}, {"id": 2}])
    assert status == 200  # a small request is checked well within it
    # 300k items take ~40 s to check on a busy 2-core machine: stopped after 0.3 s (the rest of
    # the time is encoding, sending and parsing the 6 MB body).
    status, took = ask(mock, "POST", "/sets", [{"id": i, "name": "a"} for i in range(300_000)])
    assert status == 413 and took < 0.3 + 12.0, took


def test_idle_connections_do_not_lock_others_out(mock: MockServer) -> None:
    before = threading.active_count()
    idle = []
    try:
        for _ in range(3 * mock.max_connections):
            idle.append(socket.create_connection((mock.host, mock.port), timeout=5))
            idle[-1].sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        time.sleep(0.5)
        status, took = ask(mock, "GET", "/ping", timeout=5.0)
        assert status == 200 and took < 2.0
        # Threads are bounded by the connection limit (dropped ones end at once), not the flood.
        assert threading.active_count() - before <= 2 * mock.max_connections + 2
    finally:
        for conn in idle:
            conn.close()


def test_long_answers_at_the_limit_make_room_for_a_new_client() -> None:
    document = spec()
    document["paths"]["/events"] = {"get": {"responses": {"200": {
        "description": "events", "content": {"text/event-stream": {"schema": {"type": "string"}}}}}}}
    with MockServer(document, log=lambda line: None, max_connections=8) as server:
        streams = []
        try:
            for _ in range(8):  # each holds its connection for ~28 hours if left alone
                conn = socket.create_connection((server.host, server.port), timeout=5)
                conn.sendall(b"GET /events HTTP/1.1\r\nHost: x\r\nPrefer: items=100000, interval=1000\r\n\r\n")
                assert conn.recv(1024).startswith(b"HTTP/1.")
                streams.append(conn)
            status, took = ask(server, "GET", "/ping", timeout=5.0)
            assert status == 200 and took < 2.0
            streams[0].settimeout(5)
            assert _drained(streams[0])  # the oldest answer was cut to make room
        finally:
            for conn in streams:
                conn.close()


def _drained(conn: socket.socket) -> bool:
    """Whether the server closed the connection (reading to its end within the timeout)."""
    try:
        while conn.recv(65536):
            pass
    except TimeoutError:
        return False
    except OSError:
        return True
    return True


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def test_prefer_variants_do_not_grow_the_cache(mock: MockServer) -> None:
    for i in range(300):  # warm up
        ask(mock, "GET", "/ping", headers={"Prefer": f"code=400, example=warm{i}"})
    before = rss_bytes()
    for i in range(3000):
        status, _ = ask(mock, "GET", "/ping", headers={"Prefer": f"code=400, example={'x' * 2000}{i}"})
        assert status == 400
    assert len(mock.app._cache) <= 256
    assert rss_bytes() - before < 30 * 1024 * 1024


# --------------------------------------------------------------------------- the checks themselves

@settings(max_examples=200, deadline=None)
@given(pattern=st.sampled_from([r"^(a+)+$", r"(a|a)*b", r"^(\w+\s?)*$", r"(x+x+)+y", r"^(a|aa)+$", r"[ab]{2,}c"]),
       value=st.text(alphabet="abxy !", max_size=10))
def test_a_pattern_decides_as_pythons_re_does_on_short_values(pattern: str, value: str) -> None:
    import re

    assert searches(pattern, value) is (re.search(pattern, value) is not None)


JSON = st.recursive(st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from([1.0, 0.0, "a", ""]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("kl"), inner,
                                                                                  max_size=2), max_leaves=6)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(JSON, max_size=6))
def test_unique_decides_as_jsonschema_does(items: list[Any]) -> None:
    from jsonschema._utils import uniq  # type: ignore[import-untyped]

    assert unique(items) is uniq(items)
