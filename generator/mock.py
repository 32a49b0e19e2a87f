"""A spec-driven mock HTTP server: validates each request, answers from the spec.

Requests are checked with openapi-core (path, query, headers, cookies, body, security); a valid
one gets the operation's first 2xx response, built from a spec example that matches its schema or
synthesized from the schema (see `mock_data`). `Prefer: code=404` / `Prefer: example=<name>`
pick another documented response or a named example, as in Prism.
"""

from __future__ import annotations

import copy
import functools
import http.client
import json
import re
import signal
import socket
import socketserver
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import quote, unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.types import StartResponse, WSGIEnvironment

from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import MIMEAccept
from werkzeug.wrappers import Request

from generator.mock_data import (
    Synthesizer,
    deref,
    encode_value,
    header_text,
    is_json,
    media_examples,
    media_parts,
    schema_examples,
)
from generator.spec_walk import HTTP_METHODS

_RAW_PATH = "apigen.raw_path"  # environ key: the path before percent-decoding
_Headers = list[tuple[str, str]]
Log = Callable[[str], None] | None  # where request lines go; None: stderr
_NONE: Any = object()


@dataclass(frozen=True)
class Reply:
    status: int
    headers: _Headers
    body: bytes


@dataclass(frozen=True)
class _Route:
    template: str
    regex: re.Pattern[str]
    names: tuple[str, ...]  # path parameter names, in regex group order
    operations: Mapping[str, Mapping[str, Any]]


class _RoutedRequest(WerkzeugOpenAPIRequest):
    """openapi-core's werkzeug request, plus what routing found: the template and its values."""

    def __init__(self, request: Request, path_pattern: str, path_params: dict[str, str]) -> None:
        super().__init__(request)
        self.path_pattern = path_pattern
        self.parameters.path = path_params


class MockApp:
    """The WSGI application behind the mock server (usable with any WSGI server)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.title = str((document.get("info") or {}).get("title") or "API")
        self._routes = _build_routes(document)
        # The loader already validated the spec; skipping it again keeps startup fast.
        config = Config(spec_validator_cls=None)
        openapi = OpenAPI.from_dict(_validation_document(document), config=config)
        self._validator = openapi.request_validator
        self._synthesizer = Synthesizer(document, "response")
        self._cache: dict[tuple[str, ...], Reply] = {}
        self._lock = threading.Lock()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        try:
            reply = self.respond(environ)
        except Exception as exc:  # noqa: BLE001 - a bug in the mock still gets a JSON answer
            reply = _error(500, "the mock server failed on this request", [repr(exc)])
        start_response(f"{reply.status} {http.client.responses.get(reply.status, 'Mock')}", reply.headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [reply.body]

    def respond(self, environ: WSGIEnvironment) -> Reply:
        request = Request(environ)
        raw_path = str(environ.get(_RAW_PATH) or quote(request.path))
        method = request.method.lower()
        matches = self._match(raw_path)
        if not matches:
            hint = "paths are served as the spec writes them, without a server's base path"
            return _error(404, f"no path of the spec matches {unquote(raw_path)}", [hint])
        for route, params in matches:
            operation = route.operations.get(method)
            if operation is not None:
                break
        else:
            allowed = sorted({m.upper() for route, _ in matches for m in route.operations})
            summary = f"{method.upper()} is not allowed on {unquote(raw_path)}"
            details = [f"allowed: {', '.join(allowed)}"]
            return _error(405, summary, details, [("Allow", ", ".join(allowed))])
        errors = list(self._validator.iter_errors(_RoutedRequest(request, route.template, params)))
        if any(isinstance(e, SecurityValidationError) for e in errors):
            return _error(401, "missing credentials", self._security_hints(operation))
        if errors:
            details = [line for e in errors for line in _describe(e)]
            body_errors = sum(isinstance(e, RequestBodyValidationError) for e in errors)
            summary = "invalid request"
            if body_errors in (0, len(errors)):
                summary += " body" if body_errors else " parameters"
            return _error(400, summary, details)
        prefer = _parse_prefer(request.headers.get("Prefer", ""))
        return self._answer(route.template, method, operation, prefer, request.accept_mimetypes)

    def _match(self, raw_path: str) -> list[tuple[_Route, dict[str, str]]]:
        """Routes matching the path (as sent, at the mock's root), most specific first."""
        hits = [(route, route.regex.fullmatch(raw_path)) for route in self._routes]
        return [(route, dict(zip(route.names, map(unquote, hit.groups()), strict=True))) for route, hit in hits if hit]

    def _answer(self, route: str, method: str, operation: Any, prefer: dict[str, str], accept: MIMEAccept) -> Reply:
        documented: Mapping[str, Any] = operation.get("responses") or {}
        wanted = prefer.get("code", "")
        key = _response_key(documented, wanted)
        if key is None:
            codes = [str(code) for code in documented]
            return _error(400, f"Prefer code={wanted} is not documented here", codes)
        status = int(wanted) if wanted and not key.isdigit() else _status_of(key)
        response = deref(self.document, documented[key])
        content: Mapping[str, Any] = response.get("content") or {}
        media_key = _pick_media_type(list(content), accept) if content else ""
        example = prefer.get("example", "")
        cache_key = (route, method, key, str(status), media_key, example)
        with self._lock:  # the synthesizer keeps state while it builds
            reply = self._cache.get(cache_key)
            if reply is None:
                reply = self._build_reply(status, response, media_key, example)
            if reply.status == status:  # errors (an unknown example name) are not kept
                self._cache[cache_key] = reply
        return reply

    def _build_reply(self, status: int, response: Mapping[str, Any], media_key: str, example: str) -> Reply:
        headers = self._response_headers(response)
        if not media_key or status in (204, 304) or status < 200:
            return Reply(status, [*headers, ("Content-Length", "0")], b"")
        media = deref(self.document, response["content"][media_key])
        schema = media.get("schema")
        examples = media_examples(self.document, media)
        if example:
            named = dict(examples)
            if example not in named:
                return _error(400, f"Prefer example={example} is not an example here", list(named))
            value = named[example]  # asked for by name: served as written
        else:
            # Spec examples first, but only one the schema accepts: clients must parse it.
            candidates = [v for _, v in examples] + schema_examples(deref(self.document, schema))
            checker = self._synthesizer.checker
            value = next((v for v in candidates if checker.is_valid(schema or {}, v)), _NONE)
            if value is _NONE:
                value = self._synthesizer.value(schema or {})
        content_type = _concrete_media_type(media_key)
        body = encode_value(value, content_type)
        headers += [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        return Reply(status, headers, body)

    def _response_headers(self, response: Mapping[str, Any]) -> _Headers:
        headers: _Headers = []
        for name, header in (response.get("headers") or {}).items():
            header = deref(self.document, header)
            if str(name).lower() in ("content-type", "content-length"):
                continue
            schema = header.get("schema")
            if schema is None:  # a header may describe its value by `content` instead
                media = next(iter((header.get("content") or {}).values()), None)
                schema = media.get("schema") if isinstance(media, Mapping) else None
            value = header.get("example")
            if value is None:
                value = self._synthesizer.value(schema or {"type": "string"}, str(name))
            headers.append((str(name), header_text(value)))
        return headers

    def _security_hints(self, operation: Mapping[str, Any]) -> list[str]:
        """One line per accepted combination of credentials, e.g. "send header 'X-Key'"."""
        requirements = operation.get("security", self.document.get("security")) or []
        schemes = (self.document.get("components") or {}).get("securitySchemes") or {}

        def where(name: str) -> str:
            scheme = deref(self.document, schemes.get(name, {}))
            if scheme.get("type") == "apiKey":
                return f"{scheme.get('in')} '{scheme.get('name')}' ({name})"
            return f"header 'Authorization: {scheme.get('scheme', 'bearer')} ...' ({name})"

        return ["send " + " and ".join(map(where, requirement)) for requirement in requirements]


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], log: Callable[[str], None]) -> None:
        self.log = log
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls socket.getfqdn(), which can stall on a slow resolver.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)
        self.setup_environ()


class _RequestHandler(WSGIRequestHandler):
    server: _ThreadingServer

    def get_environ(self) -> WSGIEnvironment:
        environ = super().get_environ()
        # wsgiref percent-decodes PATH_INFO, which would turn an encoded "/" inside a path
        # parameter into a separator; routing uses the path as sent.
        environ[_RAW_PATH] = self.path.split("?", 1)[0]
        return environ

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        # Method, path (no query string) and status only: no header values, so no credentials.
        self.server.log(f"{self.command} {self.path.split('?', 1)[0]} {code}")

    def log_message(self, format: str, *args: Any) -> None:
        self.server.log(f"mock: {format % args}")


def _write_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class MockServer:
    """The mock server on a daemon thread; use as a context manager (stops and joins on exit)."""

    def __init__(self, document: Mapping[str, Any], host: str = "127.0.0.1", port: int = 0, log: Log = None) -> None:
        self.app, self.host, self.port = MockApp(document), host, port
        self._log = log or _write_stderr
        self._server: _ThreadingServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock server is not started")
        return f"http://{f'[{self.host}]' if ':' in self.host else self.host}:{self.port}"

    def start(self) -> Self:
        """Bind (port 0 picks a free port, read back into `port`) and serve in the background."""
        if self._server is not None:
            raise RuntimeError("the mock server is already started")
        self._server = _ThreadingServer((self.host, self.port), self._log)
        self._server.set_app(self.app)
        self.port = int(self._server.server_address[1])
        # A short poll interval makes stop() (and so Ctrl-C) take effect at once.
        serve = functools.partial(self._server.serve_forever, poll_interval=0.05)
        self._thread = threading.Thread(target=serve, name="apigen-mock", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def serve_forever(document: Mapping[str, Any], host: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve until SIGINT or SIGTERM, then return normally. Call from the main thread."""
    stop = threading.Event()
    signals = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in signals}
    try:
        with MockServer(document, host, port) as server:
            announce(f"Mock server for {server.app.title} listening on {server.url}")
            while not stop.wait(timeout=1.0):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _build_routes(document: Mapping[str, Any]) -> list[_Route]:
    routes = []
    for template, item in (document.get("paths") or {}).items():
        item = deref(document, item)
        pieces = re.split(r"\{([^{}/]+)\}", str(template))
        regex = "".join(re.escape(piece) if i % 2 == 0 else "([^/]+)" for i, piece in enumerate(pieces))
        operations = {m: item[m] for m in HTTP_METHODS if isinstance(item.get(m), Mapping)}
        routes.append(_Route(str(template), re.compile(regex), tuple(pieces[1::2]), operations))
    # Concrete paths win over templated ones (OpenAPI's rule): fewer parameters first.
    return sorted(routes, key=lambda r: (len(r.names), -len(r.template)))


def _validation_document(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of the spec that openapi-core can check requests against on any host."""
    doc = copy.deepcopy(dict(document))
    # openapi-core matches the full URL against `servers`; the mock serves at the root.
    doc["servers"] = [{"url": "/"}]
    for item in (doc.get("paths") or {}).values():
        item.pop("servers", None)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                item[method].pop("servers", None)
    for scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).values():
        if scheme.get("type") == "http":
            # openapi-core compares the Authorization scheme case-sensitively with this value.
            scheme["scheme"] = str(scheme.get("scheme", "")).lower()
        elif scheme.get("type") in ("oauth2", "openIdConnect"):
            # openapi-core accepts these without a credential; their tokens are bearer tokens.
            scheme.clear()
            scheme.update(type="http", scheme="bearer")
    return doc


def _describe(error: Exception) -> list[str]:
    """Readable lines for one openapi-core error, naming the parameter or body field."""
    if isinstance(error, ParameterValidationError):
        where = f"{error.location} parameter '{error.name}'"
    elif isinstance(error, RequestBodyValidationError):
        where = "body"
    else:
        where = "request"
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if schema_errors:
        return [f"{where}{_field_path(e.absolute_path)}: {_short(e.message)}" for e in schema_errors]
    text = str(error)
    if cause is not None and str(cause) not in text:
        text = f"{text}: {cause}"
    return [_short(text)]


def _field_path(path: Iterable[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _error(status: int, summary: str, details: list[str], headers: _Headers | None = None) -> Reply:
    body = json.dumps({"error": summary, "details": details}).encode()
    content = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    return Reply(status, [*(headers or []), *content], body)


def _parse_prefer(header: str) -> dict[str, str]:
    """`Prefer: code=404, example=missing` (Prism's syntax) as a dict."""
    prefs = {}
    for part in re.split(r"[,;]", header):
        key, sep, value = part.partition("=")
        if sep:
            prefs[key.strip().lower()] = value.strip().strip('"')
    return prefs


def _response_key(responses: Mapping[str, Any], wanted: str) -> str | None:
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


def _status_of(key: str) -> int:
    """200 for `200`, `2XX` and `default`; 404 for `404`, 400 for `4XX`."""
    return int(key) if key.isdigit() else int(key[0]) * 100 if key[:1].isdigit() else 200


def _pick_media_type(documented: list[str], accept: MIMEAccept) -> str:
    """The first documented type the Accept header allows, JSON preferred. If none is
    acceptable the first documented type is used anyway: a mock should answer, not 406."""

    def acceptable(media_key: str) -> bool:
        try:
            return not accept or accept.quality(_concrete_media_type(media_key)) > 0
        except ValueError:  # not a type/subtype pair
            return False

    pool = [m for m in documented if acceptable(m)] or documented
    return next((m for m in pool if is_json(m)), pool[0])


def _concrete_media_type(media_key: str) -> str:
    """A Content-Type for a documented media type, which may be a range like `*/*`."""
    kind, sub = media_parts(media_key)
    ranges = {"*": "application/json", "application": "application/json", "text": "text/plain"}
    return media_key if sub != "*" else ranges.get(kind, "application/octet-stream")
