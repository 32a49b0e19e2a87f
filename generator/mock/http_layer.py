"""The mock server's HTTP layer: wsgiref's server, hardened against hostile or unusual clients.

- Reads have deadlines: the request line and headers must arrive within `idle_timeout` seconds of
  the connection opening, then the body within `idle_timeout` seconds more. A silent client, or
  one that drips its headers a byte at a time, is disconnected and its thread freed.
- Chunked request bodies are de-chunked and handed on as `wsgi.input_terminated` input.
- Header names reach the application as sent (`RAW_HEADERS`): the environ turns `api_key` into
  `HTTP_API_KEY`, which no longer says whether the client wrote `api_key` or `Api-Key`.
- A body the application left unread is drained for a moment before closing, so that the client
  reads the answer (a 413, a 404) rather than a connection reset.

`read_body` is the application's side: the body, within a size limit, or a `BodyError`; with it
the HTTP-level helpers the application uses (Prefer, Accept, response keys, headers).
"""

from __future__ import annotations

import functools
import io
import re
import socket
import socketserver
import time
from collections.abc import Callable, Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any, cast
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer
from wsgiref.types import WSGIEnvironment

from werkzeug.datastructures import MIMEAccept

from generator.mock.connections import MAX_CONNECTIONS, ConnectionLimit
from generator.mock.data import is_json, media_parts

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

RAW_PATH = "apigen.raw_path"  # environ key: the path before percent-decoding
RAW_HEADERS = "apigen.raw_headers"  # environ key: [(name, value)] as the client wrote them
RECEIVED = "apigen.received"  # environ key: call it once the whole request is read
MAX_BODY = 16 * 1024 * 1024  # bytes
IDLE_TIMEOUT = 30.0  # seconds
_MAX_LINE = 65536  # the request line, as in wsgiref
_CHUNK_LINE = 4096  # a chunk-size line or a trailer line
_MAX_TRAILERS = 100
_DRAIN_SECONDS = 2.0
_READ_SIZE = 64 * 1024


class BodyError(Exception):
    """A request body that cannot be read: too big, malformed, incomplete or too slow."""

    def __init__(self, status: int, summary: str, details: list[str]) -> None:
        super().__init__(summary)
        self.status, self.summary, self.details = status, summary, details


def read_body(environ: WSGIEnvironment, limit: int) -> bytes:
    """The request body, at most `limit` bytes: a bigger Content-Length fails before reading,
    a stream (`wsgi.input_terminated`, e.g. de-chunked) that grows past the limit is cut off.
    Then the server knows the client is done sending (`RECEIVED`: see `connections`)."""
    try:
        return _read_body(environ, limit)
    finally:
        received = environ.get(RECEIVED)
        if callable(received):
            received()


def _read_body(environ: WSGIEnvironment, limit: int) -> bytes:
    stream = environ.get("wsgi.input")
    text = str(environ.get("CONTENT_LENGTH") or "").strip()
    length = int(text) if re.fullmatch(r"[0-9]+", text) else None
    if text and length is None:
        raise BodyError(400, "invalid Content-Length", [f"Content-Length: {text[:40]}"])
    too_big = BodyError(413, "request body too large", [f"the limit is {limit} bytes"])
    if length is not None and length > limit:
        raise too_big
    if environ.get("wsgi.input_terminated"):
        data = _read_up_to(stream, limit + 1)
        if len(data) > limit:
            raise too_big
        return data
    if environ.get("HTTP_TRANSFER_ENCODING"):
        coding = str(environ["HTTP_TRANSFER_ENCODING"])[:40]
        raise BodyError(400, "unreadable request body", [f"Transfer-Encoding: {coding} is not supported"])
    if not length:
        return b""
    data = _read_up_to(stream, length)
    if len(data) < length:
        raise BodyError(400, "incomplete request body", [f"{len(data)} of {length} bytes arrived"])
    return data


def _read_up_to(stream: Any, size: int) -> bytes:
    data = bytearray()
    try:
        while len(data) < size:
            piece = stream.read(min(_READ_SIZE, size - len(data)))
            if not piece:
                break
            data += piece
    except TimeoutError:
        raise BodyError(408, "the request body did not arrive in time", []) from None
    except ValueError as exc:  # chunked framing
        raise BodyError(400, "malformed chunked request body", [str(exc)]) from None
    return bytes(data)


def utf8_problem(content_type: str, body: bytes) -> str | None:
    """Why a JSON body is not UTF-8 (RFC 8259 allows nothing else), or None."""
    if not body or not is_json(content_type):
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"body: not UTF-8 (byte 0x{body[exc.start]:02x} at offset {exc.start}); JSON must be UTF-8"
    return None


def parse_prefer(header: str) -> dict[str, str]:
    """`Prefer: code=404, example=missing` (Prism's syntax) as a dict."""
    prefs = {}
    for part in re.split(r"[,;]", header):
        key, sep, value = part.partition("=")
        if sep:
            prefs[key.strip().lower()] = value.strip().strip('"')
    return prefs


def pick_media_type(documented: list[str], accept: MIMEAccept) -> str:
    """The first documented type the Accept header allows, JSON preferred. If none is
    acceptable the first documented type is used anyway: a mock should answer, not 406."""

    def acceptable(media_key: str) -> bool:
        try:
            return not accept or accept.quality(concrete_media_type(media_key)) > 0
        except ValueError:  # not a type/subtype pair
            return False

    pool = [m for m in documented if acceptable(m)] or documented
    return next((m for m in pool if is_json(m)), pool[0])


def concrete_media_type(media_key: str) -> str:
    """A Content-Type for a documented media type, which may be a range like `*/*`."""
    kind, sub = media_parts(media_key)
    ranges = {"*": "application/json", "application": "application/json", "text": "text/plain"}
    return media_key if sub != "*" else ranges.get(kind, "application/octet-stream")


def join_repeated(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """One entry per header name (case-insensitive), repeated values comma-joined as in the environ."""
    joined: dict[str, tuple[str, str]] = {}
    for name, value in headers:
        first = joined.get(name.lower())
        joined[name.lower()] = (first[0], f"{first[1]},{value}") if first else (name, value)
    return list(joined.values())


def response_key(responses: Mapping[str, Any], wanted: str) -> str | None:
    """The responses key to answer with: the wanted code (or its range, or default), else the
    first documented 2xx, else default, else the first documented response."""
    keys = [str(key) for key in responses]
    if wanted:
        ranges = [f"{wanted[0]}XX", f"{wanted[0]}xx", "default"]
        found = [key for key in (wanted, *ranges) if key in keys]
        return found[0] if found and re.fullmatch(r"[1-5]\d\d", wanted) else None
    success = [key for key in keys if re.fullmatch(r"2(\d\d|XX)", key, re.IGNORECASE)]
    fallback = ["default"] if "default" in keys else keys[:1]
    chosen = success or fallback
    return chosen[0] if chosen else None


def status_of(key: str) -> int:
    """200 for `200`, `2XX` and `default`; 404 for `404`, 400 for `4XX`."""
    return int(key) if key.isdigit() else int(key[0]) * 100 if key[:1].isdigit() else 200


class _DeadlineSocketIO(io.RawIOBase):
    """Reads a socket; each read waits at most until the deadline `start()` set."""

    def __init__(self, sock: socket.socket, timeout: float) -> None:
        super().__init__()
        self._sock, self.timeout = sock, timeout
        self.deadline = time.monotonic() + timeout

    def start(self) -> None:
        self.deadline = time.monotonic() + self.timeout

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the client took too long")
        self._sock.settimeout(min(remaining, self.timeout))
        try:
            return self._sock.recv_into(buffer)
        finally:
            self._sock.settimeout(self.timeout)  # what writes get


class _LengthBody(io.RawIOBase):
    """wsgi.input for a body of Content-Length bytes (None: a length that could not be read)."""

    def __init__(self, stream: io.BufferedIOBase, length: int | None) -> None:
        super().__init__()
        self._stream, self._left = stream, length or 0
        self.known = length is not None

    @property
    def finished(self) -> bool:
        return self.known and self._left == 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._left <= 0 or not len(view):
            return 0
        count = self._stream.readinto(view[: min(len(view), self._left)])
        self._left = self._left - count if count else 0  # early end: the client closed
        return count


class _ChunkedBody(io.RawIOBase):
    """wsgi.input for a chunked body (RFC 9112 7.1): the chunks' data, then the end."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        super().__init__()
        self._stream, self._left, self.finished = stream, 0, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self.finished or not len(view):
            return 0
        if self._left == 0:
            self._left = self._chunk_size()
            if self._left == 0:
                self._trailers()
                self.finished = True
                return 0
        count = self._stream.readinto(view[: min(len(view), self._left)])
        if not count:
            raise ValueError("the body ended inside a chunk")
        self._left -= count
        if self._left == 0 and self._line():
            raise ValueError("a chunk is longer than its size says")
        return count

    def _line(self) -> bytes:
        line = self._stream.readline(_CHUNK_LINE + 1)
        if not line.endswith(b"\n"):
            raise ValueError("a chunk line is too long" if len(line) > _CHUNK_LINE else "the body ended early")
        return line.rstrip(b"\r\n")

    def _chunk_size(self) -> int:
        text = self._line().split(b";", 1)[0].strip()
        if not re.fullmatch(rb"[0-9A-Fa-f]{1,16}", text):
            raise ValueError(f"invalid chunk size {text[:20].decode('latin-1')!r}")
        return int(text, 16)

    def _trailers(self) -> None:
        for _ in range(_MAX_TRAILERS):
            if not self._line():
                return
        raise ValueError("too many trailer lines")


class MockHTTPServer(ConnectionLimit, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], log: Callable[[str], None], idle_timeout: float,
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.log, self.idle_timeout, self.max_connections = log, idle_timeout, max_connections
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can stall on a slow resolver.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)
        self.setup_environ()


class _ServerHandler(ServerHandler):
    """wsgiref's, but a failure to send the answer (the client stopped reading) is one log line."""

    request_handler: RequestHandler

    def log_exception(self, exc_info: Any) -> None:
        self.request_handler.log_message("could not send the answer: %r", exc_info[1])


class RequestHandler(WSGIRequestHandler):
    server: MockHTTPServer

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the socket's plain reader: replaced by one with deadlines
        self.connection.settimeout(self.server.idle_timeout)
        self._reader = _DeadlineSocketIO(self.connection, self.server.idle_timeout)
        self.rfile = io.BufferedReader(self._reader)
        # Until the headers say how long the body is, what follows them is unknown (and drained).
        self._body: _LengthBody | _ChunkedBody = _LengthBody(self.rfile, None)

    def handle(self) -> None:
        """One request per connection (HTTP/1.0), as wsgiref's handler, within the deadlines."""
        try:
            self._handle_request()
        except TimeoutError:
            self.close_connection = True
            self.log_message("closed a connection that took longer than %ss", self.server.idle_timeout)
            return
        except OSError:  # the client went away
            self.close_connection = True
            return
        if not self._body.finished and not self._reader.expired:
            self._drain()

    def _handle_request(self) -> None:
        self._reader.start()
        self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
        if not self.raw_requestline:
            return  # connected and closed without asking anything
        if len(self.raw_requestline) > _MAX_LINE:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():  # an error was sent
            return
        environ = self.get_environ()
        self._reader.start()  # the body gets a deadline of its own
        handler = _ServerHandler(self._body, cast(IO[bytes], self.wfile), self.get_stderr(), environ, multithread=False)
        handler.request_handler = self  # wsgiref's back-pointer for logging
        handler.run(self.server.get_app())  # type: ignore[arg-type]  # set before serving

    def get_environ(self) -> WSGIEnvironment:
        environ = super().get_environ()
        # wsgiref percent-decodes PATH_INFO, which would turn an encoded "/" inside a path
        # parameter into a separator; routing uses the path as sent.
        environ[RAW_PATH] = self.path.split("?", 1)[0]
        environ[RAW_HEADERS] = [(name, value.strip()) for name, value in self.headers.items()]
        environ[RECEIVED] = functools.partial(self.server.received, self.request)
        codings = [c.strip().lower() for v in self.headers.get_all("Transfer-Encoding", []) for c in v.split(",")]
        lengths = list(dict.fromkeys(v.strip() for v in self.headers.get_all("Content-Length", []) if v.strip()))
        if codings and codings[-1] == "chunked":
            self._body = _ChunkedBody(self.rfile)
            environ["wsgi.input_terminated"] = True
            environ.pop("CONTENT_LENGTH", None)  # Transfer-Encoding overrides it (RFC 9112 6.3)
        elif codings:
            self._body = _LengthBody(self.rfile, None)  # the application refuses it
        elif lengths:
            # Differing Content-Length headers join into one invalid value: the application refuses it.
            environ["CONTENT_LENGTH"] = ", ".join(lengths)
            valid = len(lengths) == 1 and re.fullmatch(r"[0-9]+", lengths[0])
            self._body = _LengthBody(self.rfile, int(lengths[0]) if valid else None)
        else:
            self._body = _LengthBody(self.rfile, 0)
        return environ

    def _drain(self) -> None:
        """Read and drop the rest of an unread body for a moment, then let the socket close:
        closing with unread data would reset the connection, and the client might lose the answer."""
        try:
            self.connection.shutdown(socket.SHUT_WR)
            deadline = time.monotonic() + min(_DRAIN_SECONDS, self.server.idle_timeout)
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(_READ_SIZE):
                    break
        except OSError:
            pass

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Method, path (no query string) and status only: no header values, so no credentials.
        # A request line too long to parse (414) leaves no path.
        self.server.log(f"{self.command} {getattr(self, 'path', '').split('?', 1)[0]} {code}")

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log(f"mock: {format % args}")
