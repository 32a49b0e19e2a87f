"""A small programmable HTTP server for the runtime contract tests.

It binds 127.0.0.1 on a free port, records every request exactly as it arrived (method, raw
target, headers, body, client port, time) and answers with replies scripted per path, including
faults: a connection reset, a slow answer, a truncated body, a body that stalls half way, and
hostile ones: a body or headers sent a byte at a time, a body far larger than it should be.

Every wait on the server side is bounded and cut short by `stop()`, so no test can hang on it.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# How long a handler waits at most for anything (a stalled reply, an idle keep-alive connection).
MAX_WAIT = 5.0


@dataclass
class Reply:
    """One scripted answer. A dict or list body is sent as JSON."""

    status: int = 204
    body: bytes | str | dict[str, Any] | list[Any] | int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    # "" | "reset" (RST, no answer) | "slow" (answer after `delay`) | "truncate" (Content-Length
    # larger than the body, then close) | "hold" (half the body, then wait for `release`)
    # | "trickle" (the body a byte every `delay`) | "slow headers" (the headers a byte every
    # `delay`) | "huge" (`size` zero bytes, announced by Content-Length) | "stream" (`size` zero
    # bytes, chunked: no length announced). Each sends for MAX_WAIT at most.
    fault: str = ""
    delay: float = 0.0
    size: int = 0

    def payload(self) -> tuple[bytes, str | None]:
        if self.body is None:
            return b"", self.content_type
        if isinstance(self.body, bytes):
            return self.body, self.content_type
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), self.content_type or "text/plain; charset=utf-8"
        return json.dumps(self.body).encode("utf-8"), self.content_type or "application/json"


def json_reply(body: Any, status: int = 200, **headers: str) -> Reply:
    return Reply(status, body, dict(headers), "application/json")


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str  # the raw request target: path and query exactly as sent
    headers: tuple[tuple[str, str], ...]
    body: bytes
    client_port: int
    at: float  # time.monotonic() when the request was complete

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> str:
        return urlsplit(self.target).query

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query, keep_blank_values=True, strict_parsing=bool(self.query))

    def header(self, name: str) -> str | None:
        values = self.header_all(name)
        return values[0] if values else None

    def header_all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def cookies(self) -> list[str]:
        return [c.strip() for value in self.header_all("Cookie") for c in value.split(";")]

    def json(self) -> Any:
        return json.loads(self.body)

    def form_parts(self) -> list[tuple[str, str | None, str, bytes]]:
        """(field name, filename, content type, content) of each part of a multipart body."""
        content_type = self.header("Content-Type") or ""
        raw = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1") + self.body
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
        assert message.is_multipart(), content_type
        parts = []
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            parts.append((str(name), part.get_filename(), part.get_content_type(), part.get_payload(decode=True)))
        return parts


class ContractServer:
    """Start with `start()`, stop with `stop()`; `on(path, ...)` scripts the replies for a path."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._httpd = _Server((host, 0), _Handler)
        self._httpd.owner = self
        self.host = host
        self.port = self._httpd.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self.stopping = threading.Event()
        self.release = threading.Event()  # lets a "hold" reply send the rest of its body
        self.held_until_released: list[bool] = []  # per finished "hold" reply: was it released?
        self.zeros_sent: list[int] = []  # per finished "huge" or "stream" reply: bytes sent
        self._lock = threading.Lock()
        self._generation = 0  # bumped by reset(): late events of an earlier test are not recorded
        self._script: dict[str, list[Reply]] = {}
        self._requests: list[Recorded] = []
        self._connections: set[socket.socket] = set()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=f"server-{self.port}", daemon=True
        )

    def start(self) -> ContractServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.release.set()
        self._httpd.shutdown()
        with self._lock:
            live = list(self._connections)
        for conn in live:  # wake handlers blocked on idle keep-alive connections
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._httpd.server_close()
        self._thread.join(MAX_WAIT)

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self._requests.clear()
            self.held_until_released.clear()
            self.zeros_sent.clear()
            self._generation += 1
        self.release.clear()

    def on(self, path: str, *replies: Reply) -> None:
        """Answer requests to `path` with these replies in turn; the last one repeats."""
        assert replies
        with self._lock:
            self._script[path] = list(replies)

    def seen(self, path: str | None = None) -> list[Recorded]:
        with self._lock:
            return [r for r in self._requests if path is None or r.path == path]

    def last(self) -> Recorded:
        seen = self.seen()
        assert seen, "the server saw no request"
        return seen[-1]

    def _record(self, request: Recorded) -> tuple[Reply, int]:
        with self._lock:
            self._requests.append(request)
            replies = self._script.get(request.path)
            reply = Reply() if not replies else replies.pop(0) if len(replies) > 1 else replies[0]
            return reply, self._generation

    def _held(self, generation: int, released: bool) -> None:
        with self._lock:
            if generation == self._generation:
                self.held_until_released.append(released)

    def _sent(self, generation: int, size: int) -> None:
        with self._lock:
            if generation == self._generation:
                self.zeros_sent.append(size)

    def _track(self, conn: socket.socket, alive: bool) -> None:
        with self._lock:
            (self._connections.add if alive else self._connections.discard)(conn)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: ContractServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so connection pooling can be observed
    timeout = MAX_WAIT
    server: _Server
    generation = 0  # of the test the reply being sent belongs to

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, True)

    def finish(self) -> None:
        self.server.owner._track(self.connection, False)
        try:
            super().finish()
        except OSError:
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except OSError:  # the client went away (timed out, reset): nothing to answer
            self.close_connection = True

    def _serve(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        reply, generation = owner._record(
            Recorded(self.command, self.path, tuple(self.headers.items()), body, self.client_address[1], time.monotonic())
        )
        if reply.fault == "reset":
            self._reset()
            return
        if reply.fault == "slow" and owner.stopping.wait(reply.delay):
            self.close_connection = True
            return
        data, content_type = reply.payload()
        if reply.fault in _HOSTILE:
            self.close_connection = True
            self.generation = generation
            _HOSTILE[reply.fault](self, reply, data, content_type)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if content_type:
            self.send_header("Content-Type", content_type)
        if reply.fault == "truncate":
            self.send_header("Content-Length", str(len(data) + 100))
            self.end_headers()
            self.wfile.write(data)
            self.close_connection = True
            return
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if reply.fault == "hold":
            half = len(data) // 2
            self.wfile.write(data[:half])
            self.wfile.flush()
            owner._held(generation, owner.release.wait(MAX_WAIT) and not owner.stopping.is_set())
            self.wfile.write(data[half:])
            return
        if self.command != "HEAD":
            self.wfile.write(data)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                chunk = self.rfile.read(size + 2)[:size]
                if not size:
                    return b"".join(chunks)
                chunks.append(chunk)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _reset(self) -> None:
        """Drop the connection with a TCP RST instead of an answer."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()  # the socket closes (with the RST) once its file is closed too
        self.connection.close()

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve


MIB = 1024 * 1024
_ZEROS = bytes(64 * 1024)


def _head(reply: Reply, content_type: str | None, *fields: tuple[str, str]) -> bytes:
    """Status line and headers of a hostile reply, as bytes."""
    lines = [f"HTTP/1.1 {reply.status} Hostile", *(f"{k}: {v}" for k, v in reply.headers.items())]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{k}: {v}" for k, v in fields]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _drip(handler: _Handler, data: bytes, delay: float) -> None:
    """Send `data` a byte every `delay` seconds, for MAX_WAIT at most or until stopped."""
    owner = handler.server.owner
    until = time.monotonic() + MAX_WAIT
    for i in range(len(data)):
        handler.wfile.write(data[i:i + 1])
        handler.wfile.flush()
        if owner.stopping.wait(delay) or time.monotonic() > until:
            return


def _trickle(handler: _Handler, reply: Reply, data: bytes, content_type: str | None) -> None:
    handler.wfile.write(_head(reply, content_type, ("Content-Length", str(len(data)))))
    _drip(handler, data, reply.delay)


def _slow_headers(handler: _Handler, reply: Reply, data: bytes, content_type: str | None) -> None:
    head = _head(reply, content_type, ("X-Padding", "p" * 2000), ("Content-Length", str(len(data))))
    _drip(handler, head + data, reply.delay)


def _huge(handler: _Handler, reply: Reply, data: bytes, content_type: str | None) -> None:
    """`size` bytes announced; sent while the client reads, for MAX_WAIT at most."""
    handler.wfile.write(_head(reply, content_type, ("Content-Length", str(reply.size))))
    _send_zeros(handler, reply.size, chunked=False)


def _stream(handler: _Handler, reply: Reply, data: bytes, content_type: str | None) -> None:
    handler.wfile.write(_head(reply, content_type, ("Transfer-Encoding", "chunked")))
    _send_zeros(handler, reply.size, chunked=True)
    handler.wfile.write(b"0\r\n\r\n")


def _send_zeros(handler: _Handler, size: int, chunked: bool) -> None:
    """Send `size` zero bytes while the client takes them (for MAX_WAIT at most); record how many."""
    owner = handler.server.owner
    until = time.monotonic() + MAX_WAIT
    sent = 0
    try:
        while sent < size and not owner.stopping.is_set() and time.monotonic() < until:
            block = _ZEROS[:size - sent]
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
            sent += len(block)
    finally:
        owner._sent(handler.generation, sent)


_HOSTILE = {"trickle": _trickle, "slow headers": _slow_headers, "huge": _huge, "stream": _stream}
