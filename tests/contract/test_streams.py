"""Streaming answers through a generated client, sync and async, against a server on 127.0.0.1.

The client is the golden `streams` case (server-sent events without an item type, NDJSON lines
typed by their schema). The server sends the first item and holds the rest back until the test
has received it, so a client that read the whole answer first would never see it in time.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
import sys
import threading
import time
from collections.abc import Iterator
from types import ModuleType

import pytest

from conftest import GOLDEN_CASES, golden_package

N = 1000
GOLDEN = GOLDEN_CASES / "streams"


class ScriptedStream:
    """One connection at a time: answers `status` with `items` (bytes), chunked, holding all but
    the first back until `go` is set; notes whether the client hung up before the end."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.go = threading.Event()
        self.hung_up = threading.Event()
        self.requests: list[bytes] = []
        self.status = "200 OK"
        self.content_type = "text/event-stream"
        self.items: list[bytes] = []
        self.thread: threading.Thread | None = None

    def serve_once(self) -> None:
        self.go.clear()
        self.hung_up.clear()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(10)
            self.requests.append(conn.recv(65536))
            head = (f"HTTP/1.1 {self.status}\r\nContent-Type: {self.content_type}\r\n"
                    "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
            try:
                conn.sendall(head.encode())
                for n, item in enumerate(self.items):
                    if n == 1 and not self.go.wait(10):
                        return
                    conn.sendall(f"{len(item):x}\r\n".encode() + item + b"\r\n")
                conn.sendall(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):  # not a timeout: the client hung up
                self.hung_up.set()
            except OSError:
                return

    def close(self) -> None:
        self.go.set()
        if self.thread is not None:
            self.thread.join(10)
        self.listener.close()


@pytest.fixture(scope="module")
def pkg() -> Iterator[ModuleType]:
    root = golden_package("streams")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("golden_streams")
    finally:
        sys.path.remove(str(root))


@pytest.fixture
def server() -> Iterator[ScriptedStream]:
    s = ScriptedStream()
    yield s
    s.close()


def _events() -> list[bytes]:
    return [f"event: tick\nid: {n}\ndata: {{\"n\": {n}}}\n\n".encode() for n in range(N)]


def _lines() -> list[bytes]:
    return [json.dumps({"n": n, "label": f"#{n}"}).encode() + b"\n" for n in range(N)]


def _config(pkg: ModuleType, server: ScriptedStream) -> object:
    return pkg.Configuration(host=f"http://127.0.0.1:{server.port}", retries=0)


def test_events_arrive_one_by_one_sync(pkg: ModuleType, server: ScriptedStream) -> None:
    server.items = _events()
    server.serve_once()
    with pkg.ApiClient(_config(pkg, server)) as client, pkg.DefaultApi(client).list_events_stream(topic="a") as stream:
        first = next(stream)
        assert not server.go.is_set(), "the first event must arrive before the rest is sent"
        server.go.set()
        rest = list(stream)
    assert (first.event, first.id, first.json()) == ("tick", "0", {"n": 0})
    assert [e.json()["n"] for e in rest] == list(range(1, N))
    assert b"Accept: text/event-stream" in server.requests[0]
    assert b"GET /events?topic=a " in server.requests[0]


def test_lines_are_typed_items_async(pkg: ModuleType, server: ScriptedStream) -> None:
    server.items, server.content_type = _lines(), "application/x-ndjson"
    server.serve_once()

    async def run() -> list[object]:
        async with pkg.AsyncApiClient(_config(pkg, server)) as client:
            stream = await pkg.AsyncDefaultApi(client).list_lines_stream()
            got = []
            async with stream:
                async for tick in stream:
                    got.append(tick)
                    if tick.n == 0:
                        assert not server.go.is_set()
                        server.go.set()
            return got

    ticks = asyncio.run(run())
    assert all(isinstance(t, pkg.Tick) for t in ticks)
    assert [(t.n, t.label) for t in ticks] == [(n, f"#{n}") for n in range(N)]


@pytest.mark.parametrize("mode", ["sync-dropped", "sync-with", "async"])
def test_leaving_early_closes_the_connection(pkg: ModuleType, server: ScriptedStream, mode: str) -> None:
    # 4 MB in all: more than the sockets buffer, so the server is still sending when we leave
    server.items = [f"id: {n}\ndata: {'x' * 4000}\n\n".encode() for n in range(N)]
    server.serve_once()
    server.go.set()
    # Asked while the client is still open: closing the client would close its connections anyway.
    if mode == "sync-dropped":  # the loop held the only reference
        with pkg.ApiClient(_config(pkg, server)) as client:
            for event in pkg.DefaultApi(client).list_events_stream():
                if event.id == "3":
                    break
            assert server.hung_up.wait(10)
    elif mode == "sync-with":  # the stream is still referenced: leaving the block closes it
        with pkg.ApiClient(_config(pkg, server)) as client:
            with pkg.DefaultApi(client).list_events_stream() as stream:
                for event in stream:
                    if event.id == "3":
                        break
            assert server.hung_up.wait(10)
            assert stream.status == 200
    else:
        async def run() -> bool:
            async with pkg.AsyncApiClient(_config(pkg, server)) as client:
                async with await pkg.AsyncDefaultApi(client).list_events_stream() as stream:
                    async for event in stream:
                        if event.id == "3":
                            break
                return await asyncio.to_thread(server.hung_up.wait, 10)
        assert asyncio.run(run())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_error_status_raises_before_iteration(pkg: ModuleType, server: ScriptedStream, mode: str) -> None:
    server.status, server.content_type = "404 Not Found", "application/json"
    server.items = [b'{"message": "no such topic"}']
    server.serve_once()
    with pytest.raises(pkg.ApiException) as raised:
        if mode == "sync":
            with pkg.ApiClient(_config(pkg, server)) as client:
                pkg.DefaultApi(client).list_events_stream(topic="x")
        else:
            async def run() -> None:
                async with pkg.AsyncApiClient(_config(pkg, server)) as client:
                    await pkg.AsyncDefaultApi(client).list_events_stream(topic="x")
            asyncio.run(run())
    assert raised.value.status == 404
    assert raised.value.data.message == "no such topic"


def test_an_item_of_the_wrong_shape_raises_a_decode_error(pkg: ModuleType, server: ScriptedStream) -> None:
    server.items, server.content_type = [b'{"n": 1}\n', b'{"n": "many"}\n'], "application/x-ndjson"
    server.serve_once()
    server.go.set()
    with pkg.ApiClient(_config(pkg, server)) as client:
        stream = pkg.DefaultApi(client).list_lines_stream()
        assert next(stream).n == 1
        with pytest.raises(pkg.ApiException) as raised:
            next(stream)
    assert "streamed item is not a valid Tick" in str(raised.value.reason)


def test_one_item_is_bounded_by_max_response_size(pkg: ModuleType, server: ScriptedStream) -> None:
    server.items = [b"data: " + b"x" * 5000 + b"\n\n"] * 3
    server.serve_once()
    server.go.set()
    config = _config(pkg, server)
    config.max_response_size = 1000
    with pkg.ApiClient(config) as client, pytest.raises(pkg.ApiException) as raised:
        list(pkg.DefaultApi(client).list_events_stream())
    assert "max_response_size" in str(raised.value.reason)


# ------------------------------------------------------------------ through `apigen mock`


@pytest.fixture(scope="module")
def mock() -> Iterator[str]:
    from generator.mock.server import MockServer
    from generator.read.load import load_spec, read_settings

    spec = GOLDEN / "spec.yaml"
    with MockServer(load_spec(spec, read_settings(spec, None)).document, log=lambda line: None) as server:
        yield server.url


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation", ["list_events_stream", "list_lines_stream"])
def test_the_mock_streams_items_as_it_makes_them(pkg: ModuleType, mock: str, mode: str, operation: str) -> None:
    """1,000 items 3 ms apart: the first reaches the caller long before the last is sent."""
    headers = {"Prefer": "items=1000, interval=3"}
    config = pkg.Configuration(host=mock, retries=0)
    start = time.perf_counter()
    if mode == "sync":
        with pkg.ApiClient(config) as client, getattr(pkg.DefaultApi(client), operation)(_headers=headers) as stream:
            first_at = None
            items = []
            for item in stream:
                first_at = first_at or time.perf_counter()
                items.append(item)
    else:
        async def run() -> tuple[float | None, list[object]]:
            async with pkg.AsyncApiClient(config) as client:
                got, first = [], None
                async with await getattr(pkg.AsyncDefaultApi(client), operation)(_headers=headers) as stream:
                    async for item in stream:
                        first = first or time.perf_counter()
                        got.append(item)
                return first, got
        first_at, items = asyncio.run(run())
    total = time.perf_counter() - start
    assert len(items) == 1000 and total >= 2.9
    assert first_at is not None and first_at - start < total / 3
    if operation == "list_lines_stream":
        assert all(isinstance(item, pkg.Tick) for item in items)
    else:
        assert [item.id for item in items[:3]] == ["0", "1", "2"]
