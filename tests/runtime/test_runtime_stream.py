"""generator/runtime/_stream.py: server-sent events and JSON sequences, decoded as they arrive.

The SSE cases are the WHATWG HTML standard's own examples ("9.2.6 Interpreting an event
stream" and "9.2.5 Parsing an event stream", https://html.spec.whatwg.org/multipage/server-sent-events.html),
plus the rules stated there one by one; a property test feeds every stream in random pieces and
must get the events of the stream fed whole, and events serialized by the standard's grammar
must come back as they were.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest
import urllib3
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.runtime._stream import (
    AsyncStream,
    EventTooLarge,
    JSONSequenceDecoder,
    ServerSentEvent,
    SSEDecoder,
    Stream,
    response_chunks,
)

E = ServerSentEvent

# (stream, the events it dispatches): from the standard's examples, then rule by rule.
WHATWG = [
    ("data: YHOO\ndata: +2\ndata: 10\n\n", [E("YHOO\n+2\n10")]),
    (": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n",
     [E("first event", id="1"), E("second event", id=""), E(" third event", id="")]),
    ("data\n\ndata\ndata\n\ndata:", [E(""), E("\n")]),
    ("data:test\n\ndata: test\n\n", [E("test"), E("test")]),
    ("event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n",
     [E("73857293", "add"), E("2153", "remove"), E("113411", "add")]),
    # line ends: CRLF, CR, LF, mixed
    ("data: a\r\ndata: b\r\n\r\n", [E("a\nb")]),
    ("data: a\rdata: b\r\r", [E("a\nb")]),
    ("data: a\r\ndata: b\rdata: c\n\r\n", [E("a\nb\nc")]),
    # a BOM at the start is dropped, anywhere else it is data
    ("\ufeffdata: x\n\n", [E("x")]),
    ("data: \ufeffx\n\n", [E("\ufeffx")]),
    # no data, no event; the event type does not outlive its event
    ("event: ping\n\ndata: x\n\n", [E("x")]),
    ("event: a\ndata: 1\n\ndata: 2\n\n", [E("1", "a"), E("2")]),
    # id persists, NUL in an id is ignored; retry only as digits
    ("id: 7\ndata: a\n\ndata: b\n\nid: x\0y\ndata: c\n\n", [E("a", id="7"), E("b", id="7"), E("c", id="7")]),
    ("retry: 1500\ndata: a\n\nretry: 15x\ndata: b\n\n", [E("a", retry=1500), E("b")]),
    # only one space after the colon is removed; unknown fields and comments are ignored
    ("data:   x\nfoo: bar\n: comment\n\n", [E("  x")]),
    ("data: a:b: c\n\n", [E("a:b: c")]),
    # the stream ends before the blank line: that event is discarded
    ("data: complete\n\ndata: cut off", [E("complete")]),
]


def _decode_whole(stream: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return decoder.feed(stream) + decoder.finish()


def _decode_in(pieces: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = []
    for piece in pieces:
        events += decoder.feed(piece)
    return events + decoder.finish()


@pytest.mark.parametrize("stream, expected", WHATWG)
def test_whatwg_examples_and_rules(stream: str, expected: list[ServerSentEvent]) -> None:
    assert _decode_whole(stream.encode()) == expected


@pytest.mark.parametrize("stream, expected", WHATWG)
def test_every_split_of_the_examples_gives_the_same_events(stream: str, expected: list[ServerSentEvent]) -> None:
    data = stream.encode()
    for cut in range(len(data) + 1):
        assert _decode_in([data[:cut], data[cut:]]) == expected, cut
    assert _decode_in([data[i:i + 1] for i in range(len(data))]) == expected


_TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=20)


@st.composite
def _events(draw: st.DrawFn) -> tuple[bytes, list[ServerSentEvent]]:
    """Events written by the standard's grammar, with every line end, comments, BOM."""
    out, expected, last_id = [], [], ""
    if draw(st.booleans()):
        out.append("\ufeff")
    for _ in range(draw(st.integers(0, 5))):
        end = draw(st.sampled_from(["\n", "\r", "\r\n"]))
        lines = draw(st.lists(_TEXT, min_size=1, max_size=4))
        event = draw(st.sampled_from(["", "update", "done"]))
        new_id = draw(st.one_of(st.none(), _TEXT.filter(lambda s: "\0" not in s)))
        if draw(st.booleans()):
            out.append(":" + draw(_TEXT) + end)
        if event:
            out.append(f"event: {event}{end}")
        if new_id is not None:
            out.append(f"id: {new_id}{end}")
            last_id = new_id
        out.extend(f"data: {line}{end}" for line in lines)
        out.append(end)
        expected.append(E("\n".join(lines), event or "message", last_id))
    return "".join(out).encode(), expected


@settings(max_examples=200, deadline=None)
@given(_events(), st.lists(st.integers(0, 200), max_size=8))
def test_events_come_back_as_written_in_any_pieces(case: tuple[bytes, list[ServerSentEvent]], cuts: list[int]) -> None:
    data, expected = case
    points = sorted({min(c, len(data)) for c in cuts})
    pieces = [data[a:b] for a, b in zip([0, *points], [*points, len(data)])]
    assert _decode_in(pieces) == expected


def test_utf8_split_inside_a_character_is_decoded_whole() -> None:
    data = "data: café ☕\n\n".encode()
    assert _decode_in([data[i:i + 1] for i in range(len(data))]) == [E("café ☕")]


def test_one_event_is_bounded_not_the_stream() -> None:
    decoder = SSEDecoder(max_event_size=100)
    events = []
    for _ in range(1000):  # 1,000 events of 60 bytes: far more than the limit in all
        events += decoder.feed(b"data: " + b"x" * 50 + b"\n\n")
    assert len(events) == 1000
    with pytest.raises(EventTooLarge):
        decoder.feed(b"data: " + b"y" * 60 + b"\ndata: " + b"y" * 60 + b"\n")
    with pytest.raises(EventTooLarge):  # one endless line, no line end ever
        long_line = SSEDecoder(max_event_size=100)
        for _ in range(10):
            long_line.feed(b"z" * 20)


JSON_CASES = [
    (b'{"a": 1}\n{"a": 2}\n', [{"a": 1}, {"a": 2}]),
    (b'{"a": 1}\r\n\r\n  \n[1, 2]\n"s"\n', [{"a": 1}, [1, 2], "s"]),
    (b'{"a": 1}\n{"last": true}', [{"a": 1}, {"last": True}]),  # no final line end
    (b'\x1e{"a": 1}\n\x1e{"a": 2}\n', [{"a": 1}, {"a": 2}]),  # RFC 7464 json-seq
    (b'\x1e[1]\n\x1e2\n', [[1], 2]),
]


@pytest.mark.parametrize("stream, expected", JSON_CASES)
def test_json_lines_and_sequences(stream: bytes, expected: list[object]) -> None:
    for cut in range(len(stream) + 1):
        decoder = JSONSequenceDecoder()
        items = decoder.feed(stream[:cut]) + decoder.feed(stream[cut:]) + decoder.finish()
        assert items == expected, cut


@settings(max_examples=100, deadline=None)
@given(st.lists(st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                             lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
                             max_leaves=8), max_size=6),
       st.lists(st.integers(0, 300), max_size=6))
def test_any_json_values_come_back_in_any_pieces(values: list[object], cuts: list[int]) -> None:
    data = "".join(json.dumps(v) + "\n" for v in values).encode()
    points = sorted({min(c, len(data)) for c in cuts})
    decoder = JSONSequenceDecoder()
    items = []
    for a, b in zip([0, *points], [*points, len(data)]):
        items += decoder.feed(data[a:b])
    assert items + decoder.finish() == values


class _Server:
    """A server on 127.0.0.1 that sends one event, then the next only when told to."""

    def __init__(self, events: int) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.events = events
        self.go = threading.Event()
        self.closed_early = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(10)
        conn, _ = self.listener.accept()
        with conn:
            conn.settimeout(10)
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                for n in range(self.events):
                    if n == 1 and not self.go.wait(10):
                        return
                    payload = f"id: {n}\ndata: {{\"n\": {n}}}\n\n".encode()
                    conn.sendall(f"{len(payload):x}\r\n".encode() + payload + b"\r\n")
                conn.sendall(b"0\r\n\r\n")
            except OSError:
                self.closed_early.set()
                return
            conn.settimeout(2)
            try:
                if conn.recv(1) == b"":
                    self.closed_early.set()
            except OSError:
                self.closed_early.set()

    def close(self) -> None:
        self.go.set()
        self.thread.join(10)
        self.listener.close()


@pytest.fixture
def server() -> Iterator[_Server]:
    s = _Server(events=1000)
    yield s
    s.close()


def test_the_first_event_arrives_before_the_last_is_sent(server: _Server) -> None:
    http = urllib3.PoolManager()
    response = http.request("GET", f"http://127.0.0.1:{server.port}/", preload_content=False)
    with Stream(response_chunks(response), SSEDecoder(), lambda e: e.json(), response.release_conn) as stream:
        first = next(stream)
        assert first == {"n": 0}
        assert not server.go.is_set()  # the server is still holding event 1 back
        server.go.set()
        rest = list(stream)
    assert [item["n"] for item in rest] == list(range(1, 1000))


def test_leaving_the_loop_early_closes_the_connection(server: _Server) -> None:
    server.go.set()
    http = urllib3.PoolManager()
    response = http.request("GET", f"http://127.0.0.1:{server.port}/", preload_content=False)

    def close() -> None:
        response.close()  # what the client does for a stream not read to the end
    for item in Stream(response_chunks(response), SSEDecoder(), lambda e: e.json(), close):
        if item["n"] == 2:
            break
    assert server.closed_early.wait(10)


def test_a_sentinel_ends_the_stream() -> None:
    chunks = iter([b"data: 1\n\ndata: [DONE]\n\ndata: 3\n\n"])
    closed = []
    stream = Stream(chunks, SSEDecoder(), lambda e: e.data, lambda: closed.append(True), sentinel="[DONE]")
    assert list(stream) == ["1"]
    assert closed == [True]


def test_async_stream_delivers_incrementally_and_closes(server: _Server) -> None:
    async def run() -> list[int]:
        async with httpx.AsyncClient() as client:
            request = client.build_request("GET", f"http://127.0.0.1:{server.port}/")
            response = await client.send(request, stream=True)
            stream = AsyncStream(response.aiter_bytes(), SSEDecoder(), lambda e: e.json()["n"], response.aclose)
            seen = []
            async with stream:
                async for n in stream:
                    seen.append(n)
                    if n == 0:
                        assert not server.go.is_set()
                        server.go.set()
                    if n == 5:
                        break
            assert response.is_closed
            return seen
    assert asyncio.run(run()) == [0, 1, 2, 3, 4, 5]
    assert server.closed_early.wait(10)
