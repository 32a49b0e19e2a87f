"""A spec-driven mock HTTP server: validates each request, answers from the spec.

Requests are checked with openapi-core (path, query, headers, cookies, body, security); a valid
one gets the operation's first 2xx response, built from a spec example that matches its schema or
synthesized from the schema (see `mock_data`). `Prefer: code=404` / `Prefer: example=<name>`
pick another documented response or a named example, as in Prism. An invalid one gets the error
response the operation documents (shaped by its schema, the problem in its message property), or
the mock's own `{"error": ..., "details": [...]}`. The HTTP layer, hardened against hostile
clients (size and time limits, chunked bodies), is in `mock_http`.
"""

from __future__ import annotations

import copy
import datetime
import functools
import http.client
import io
import itertools
import json
import re
import signal
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import quote, unquote, urlsplit
from wsgiref.types import StartResponse, WSGIEnvironment

from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from openapi_core.validation.request.exceptions import (
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import Headers, MIMEAccept
from werkzeug.wrappers import Request

from generator.mock.bounded import OverBudget, budget, request_validator_cls
from generator.mock.connections import MAX_CONNECTIONS
from generator.mock.data import (
    Synthesizer,
    deref,
    encode_value,
    header_text,
    is_json,
    media_examples,
    schema_examples,
)
from generator.mock.http_layer import (
    IDLE_TIMEOUT,
    MAX_BODY,
    RAW_HEADERS,
    RAW_PATH,
    BodyError,
    MockHTTPServer,
    concrete_media_type,
    join_repeated,
    parse_prefer,
    pick_media_type,
    read_body,
    response_key,
    status_of,
    utf8_problem,
)
from generator.mock.pages import rule_of, shape_page
from generator.mock.streams import is_stream_media_type, stream_body
from generator.mock.strict_wire import operation_wire_problems
from generator.read import openapi32
from generator.read.spec_walk import HTTP_METHODS

_Headers = list[tuple[str, str]]
Log = Callable[[str], None] | None  # where request lines go; None: stderr
_NONE: Any = object()
_CACHED = 256  # answers kept
CHECK_SECONDS = 2.0
_MESSAGE_WORDS = ("message", "error", "detail", "description", "title")  # where an error summary goes


@dataclass(frozen=True)
class Reply:
    status: int
    headers: _Headers
    body: bytes
    stream: Iterable[bytes] | None = None  # a streaming answer: sent piece by piece instead of body


@dataclass(frozen=True)
class _Route:
    template: str
    regex: re.Pattern[str]
    names: tuple[str, ...]  # path parameter names, in regex group order
    operations: Mapping[str, Mapping[str, Any]]


class _RoutedRequest(WerkzeugOpenAPIRequest):
    """openapi-core's werkzeug request, plus what routing found: the template and its values;
    and the headers as the client named them, when the server kept them (see `mock_http`)."""

    def __init__(self, request: Request, path_pattern: str, path_params: dict[str, str],
                 raw_headers: Iterable[tuple[str, str]] | None) -> None:
        super().__init__(request)
        self.path_pattern = path_pattern
        self.parameters.path = path_params
        if raw_headers is not None:
            # The environ spells `api_key` as HTTP_API_KEY, which werkzeug reads back as `Api-Key`.
            self.parameters.header = Headers(join_repeated(raw_headers))


class MockApp:
    """The WSGI application behind the mock server (usable with any WSGI server)."""

    def __init__(self, document: Mapping[str, Any], max_body: int = MAX_BODY,
                 check_seconds: float = CHECK_SECONDS, strict_wire: str | None = None) -> None:
        self.document = document
        self.max_body = max_body
        self.check_seconds = check_seconds  # time to check one request against the spec
        # A wire dialect (strict_wire.DIALECTS): requests not written canonically in it get 400.
        self.strict_wire = strict_wire
        self.title = str((document.get("info") or {}).get("title") or "API")
        self._routes = _build_routes(document)
        self._base_paths = _base_paths(document)
        # The loader already validated the spec; skipping it again keeps startup fast.
        # Its schema checks replaced by ones that take linear time (see `bounded`).
        config = Config(spec_validator_cls=None, request_validator_cls=request_validator_cls(document),
                        extra_format_validators={"date-time": is_date_time})
        openapi = OpenAPI.from_dict(_validation_document(document), config=config)
        self._validator = openapi.request_validator
        self._openapi = openapi
        self._synthesizer = Synthesizer(document, "response")
        # Answers by (route, method, response, status, media type, example): the client chooses
        # the last two (`Prefer:`), so the oldest are dropped past _CACHED.
        self._cache: OrderedDict[tuple[str, ...], Reply] = OrderedDict()
        self._lock = threading.RLock()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        try:
            reply = self.respond(environ)
        except Exception as exc:  # noqa: BLE001 - a bug in the mock still gets a JSON answer
            reply = _error(500, "the mock server failed on this request", [repr(exc)])
        start_response(f"{reply.status} {http.client.responses.get(reply.status, 'Mock')}", reply.headers)
        if environ.get("REQUEST_METHOD") == "HEAD":
            return []
        return reply.stream if reply.stream is not None else [reply.body]

    def respond(self, environ: WSGIEnvironment) -> Reply:
        raw_path = str(environ.get(RAW_PATH) or quote(Request(environ).path))
        method = str(environ.get("REQUEST_METHOD", "GET")).lower()
        matches = self._match(raw_path)
        routed_path = raw_path
        for base in self._base_paths:  # `/v2/pet` for a server `http://host/v2`: a client's default host
            if not matches and raw_path.startswith(base + "/"):
                matches = self._match(raw_path[len(base):])
                routed_path = raw_path[len(base):]
        if not matches:
            hint = "paths are served as the spec writes them, at the root or below a server's base path"
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
        try:
            body = read_body(environ, self.max_body)
        except BodyError as exc:
            return self._fail(operation, exc.status, exc.summary, exc.details)
        # From here on the body is plain bytes of a known length, however it arrived.
        environ = {**environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
        environ.pop("wsgi.input_terminated", None)
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        request = Request(environ)
        routed = _RoutedRequest(request, route.template, params, environ.get(RAW_HEADERS))
        try:
            with budget(self.check_seconds):
                errors = list(self._validator.iter_errors(routed))
        except OverBudget:
            summary = f"checking the request took longer than {self.check_seconds:g} s"
            return self._fail(operation, 413, summary, ["send a smaller request"])
        if any(isinstance(e, SecurityValidationError) for e in errors):
            return self._fail(operation, 401, "missing credentials", self._security_hints(operation))
        encoding = utf8_problem(request.content_type or "", body) if "requestBody" in operation else None
        if encoding:  # openapi-core's own message for it would fail to decode the body
            errors = [e for e in errors if not isinstance(e, RequestBodyValidationError)]
        if errors or encoding:
            details = [encoding] if encoding else []
            details += [line for e in errors for line in _describe(e)]
            body_errors = sum(isinstance(e, RequestBodyValidationError) for e in errors) + bool(encoding)
            summary = "invalid request"
            if body_errors in (0, len(errors) + bool(encoding)):
                summary += " body" if body_errors else " parameters"
            return self._fail(operation, 400, summary, details)
        if self.strict_wire:
            problems = self._wire_problems(route, operation, routed, routed_path, environ)
            if problems:
                return self._fail(operation, 400, "request not written canonically (--strict-wire)", problems)
        prefer = parse_prefer(request.headers.get("Prefer", ""))
        reply = self._answer(route.template, method, operation, prefer, request.accept_mimetypes)
        return self._paged(reply, operation, route, request, prefer)

    def _paged(self, reply: Reply, operation: Mapping[str, Any], route: _Route, request: Request,
               prefer: dict[str, str]) -> Reply:
        """A paginated operation's 2xx JSON answer as the page the request asked for (`pages.py`)."""
        parameters = [deref(self.document, p) for p in
                      [*(self._path_item(route).get("parameters") or []), *(operation.get("parameters") or [])]]
        rule = rule_of(operation, [p for p in parameters if isinstance(p, Mapping)])
        content_type = dict(reply.headers).get("Content-Type", "")
        if rule is None or not 200 <= reply.status <= 299 or not is_json(content_type):
            return reply
        body = json.dumps(shape_page(json.loads(reply.body), rule, request.args, prefer)).encode()
        headers = [(k, str(len(body)) if k == "Content-Length" else v) for k, v in reply.headers]
        return Reply(reply.status, headers, body)

    def _path_item(self, route: _Route) -> Mapping[str, Any]:
        item = (self.document.get("paths") or {}).get(route.template)
        return deref(self.document, item) if isinstance(item, Mapping) else {}

    def _wire_problems(self, route: _Route, operation: Mapping[str, Any], routed: _RoutedRequest, raw_path: str,
                       environ: WSGIEnvironment) -> list[str]:
        parsed = self._openapi.unmarshal_request(routed).parameters
        raw_headers = environ.get(RAW_HEADERS) or list(routed.parameters.header.items())
        return operation_wire_problems(self.document, route.template, operation, raw_path,
                                       str(environ.get("QUERY_STRING") or ""), raw_headers, parsed,
                                       self.strict_wire or "openapi")

    def _match(self, raw_path: str) -> list[tuple[_Route, dict[str, str]]]:
        """Routes matching the path (as sent, at the mock's root), most specific first."""
        hits = [(route, route.regex.fullmatch(raw_path)) for route in self._routes]
        return [(route, dict(zip(route.names, map(unquote, hit.groups()), strict=True))) for route, hit in hits if hit]

    def _answer(self, route: str, method: str, operation: Any, prefer: dict[str, str], accept: MIMEAccept) -> Reply:
        documented: Mapping[str, Any] = operation.get("responses") or {}
        wanted = prefer.get("code", "")
        key = response_key(documented, wanted)
        if key is None:
            codes = [str(code) for code in documented]
            return self._fail(operation, 400, f"Prefer code={wanted} is not documented here", codes)
        status = int(wanted) if wanted and not key.isdigit() else status_of(key)
        response = deref(self.document, documented[key])
        content: Mapping[str, Any] = response.get("content") or {}
        media_key = pick_media_type(list(content), accept) if content else ""
        example = prefer.get("example", "")
        if 200 <= status <= 299 and is_stream_media_type(media_key):  # made as it is sent: never kept
            media = deref(self.document, content[media_key])
            headers = [*self._response_headers(response), ("Content-Type", concrete_media_type(media_key)),
                       ("Cache-Control", "no-cache")]
            with self._lock:
                items = stream_body(media_key, media, prefer, self._synthesizer.value)
                first = next(items, b"")  # made here, under the lock; the rest as they are sent
            return Reply(status, headers, b"", itertools.chain([first], items))
        cache_key = (route, method, key, str(status), media_key, example)
        with self._lock:  # the synthesizer keeps state while it builds
            reply = self._cache.get(cache_key)
            if reply is None:
                reply = self._build_reply(operation, status, response, media_key, example)
            if reply.status == status:  # errors (an unknown example name) are not kept
                self._cache[cache_key] = reply
                self._cache.move_to_end(cache_key)
                while len(self._cache) > _CACHED:
                    self._cache.popitem(last=False)
        return reply

    def _build_reply(self, operation: Any, status: int, response: Mapping[str, Any], media_key: str,
                     example: str) -> Reply:
        headers = self._response_headers(response)
        if not media_key or status in (204, 304) or status < 200:
            return Reply(status, [*headers, ("Content-Length", "0")], b"")
        media = deref(self.document, response["content"][media_key])
        schema = media.get("schema")
        examples = media_examples(self.document, media)
        if example:
            named = dict(examples)
            if example not in named:
                return self._fail(operation, 400, f"Prefer example={example} is not an example here", list(named))
            value = named[example]  # asked for by name: served as written
        else:
            value = self._sample(schema, examples)
        content_type = concrete_media_type(media_key)
        body = encode_value(value, content_type)
        headers += [("Content-Type", content_type), ("Content-Length", str(len(body)))]
        return Reply(status, headers, body)

    def _sample(self, schema: Any, examples: list[tuple[str, Any]]) -> Any:
        """Spec examples first, but only one the schema accepts (clients must parse it);
        else a value synthesized from the schema."""
        candidates = [v for _, v in examples] + schema_examples(deref(self.document, schema))
        checker = self._synthesizer.checker
        value = next((v for v in candidates if checker.is_valid(schema or {}, v)), _NONE)
        return self._synthesizer.value(schema or {}) if value is _NONE else value

    def _fail(self, operation: Mapping[str, Any], status: int, summary: str, details: list[str]) -> Reply:
        """An error answer: as the operation documents it for the status (the code, its range,
        then default) when that is JSON with a schema, else the mock's own {error, details}."""
        documented = {str(k): v for k, v in (operation.get("responses") or {}).items()}
        code = str(status)
        key = next((k for k in (code, f"{code[0]}XX", f"{code[0]}xx", "default") if k in documented), None)
        response = deref(self.document, documented[key]) if key else {}
        media_key, media = "", {}
        for media_key, media in (response.get("content") or {}).items():
            media = deref(self.document, media)
            if is_json(media_key) and isinstance(media, Mapping) and "schema" in media:
                break
        else:
            return _error(status, summary, details)
        schema = media["schema"]
        checker = self._synthesizer.checker
        with self._lock:  # the synthesizer keeps state while it builds
            base = self._sample(schema, media_examples(self.document, media))
            headers = self._response_headers(response)
            value = _fill_error(copy.deepcopy(base), summary, details, lambda v: checker.is_valid(schema, v))
            if not checker.is_valid(schema, value):
                return _error(status, summary, details)
        content_type = concrete_media_type(media_key)
        body = encode_value(value, content_type)
        return Reply(status, [*headers, ("Content-Type", content_type), ("Content-Length", str(len(body)))], body)

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


# A date-time as RFC 3339 writes it, or as OpenAPI Generator's python clients send it by default
# (`%Y-%m-%dT%H:%M:%S.%f%z`: an offset without its colon): the seeded packages' users send that.
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})")


def is_date_time(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        return not isinstance(value, str)  # a non-string is the type check's to refuse
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _write_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class MockServer:
    """The mock server on a daemon thread; use as a context manager (stops and joins on exit).

    `max_body`: bigger request bodies get 413. `idle_timeout`: seconds a connection may take to
    send its request line and headers, and then its body, before it is closed.
    `max_connections`: how many are served at once (see `connections`)."""

    def __init__(self, document: Mapping[str, Any], host: str = "127.0.0.1", port: int = 0, log: Log = None, *,
                 max_body: int = MAX_BODY, idle_timeout: float = IDLE_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS, strict_wire: str | None = None) -> None:
        self.app = MockApp(document, max_body=max_body, strict_wire=strict_wire)
        self.host, self.port = host, port
        self.idle_timeout, self.max_connections = idle_timeout, max_connections
        self._log = log or _write_stderr
        self._server: MockHTTPServer | None = None
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
        self._server = MockHTTPServer((self.host, self.port), self._log, self.idle_timeout, self.max_connections)
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


def serve_forever(document: Mapping[str, Any], host: str, port: int, announce: Callable[[str], None],
                  strict_wire: str | None = None) -> None:
    """Serve until SIGINT or SIGTERM, then return normally. Call from the main thread."""
    stop = threading.Event()
    signals = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in signals}
    try:
        with MockServer(document, host, port, strict_wire=strict_wire) as server:
            announce(f"Mock server for {server.app.title} listening on {server.url}")
            while not stop.wait(timeout=1.0):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _base_paths(document: Mapping[str, Any]) -> list[str]:
    """The paths of the spec's servers (`/v2` of `http://petstore.swagger.io/v2`), longest first."""
    found = set()
    for server in document.get("servers") or []:
        url = server.get("url") if isinstance(server, Mapping) else None
        if isinstance(url, str):
            path = urlsplit(url).path.rstrip("/")
            if path and "{" not in path:
                found.add(quote(path))
    return sorted(found, key=lambda p: (-len(p), p))


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
    doc = openapi32.view_31(dict(document)) if openapi32.is_32(dict(document)) else copy.deepcopy(dict(document))
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


def _fill_error(value: Any, summary: str, details: list[str], valid: Callable[[Any], bool]) -> Any:
    """The error value with the summary in it (where the schema allows: see `_with_summary`,
    else in an `error` property) and the detail lines in `details` where the schema allows that."""
    if not isinstance(value, dict):
        return summary if valid(summary) else value
    filled = _with_summary(value, summary, valid, nested=False)
    if filled is None:
        filled = {**value, "error": summary} if "error" not in value else value
        filled = filled if valid(filled) else value
    with_details = {**filled, "details": details}
    return with_details if "details" not in filled and valid(with_details) else filled


def _with_summary(value: dict[str, Any], summary: str, valid: Callable[[Any], bool], nested: bool) -> Any:
    """`value` with the summary in a property named like a message (message, error, detail,
    description, title; exact names first), looking one level down too; None if none takes it."""
    names = [str(k) for k in value]
    keys = [k for word in _MESSAGE_WORDS for k in names if k.lower() == word]
    keys = list(dict.fromkeys(keys + [k for word in _MESSAGE_WORDS for k in names if word in k.lower()]))
    for key in keys:
        if valid(candidate := {**value, key: summary}):
            return candidate
    below = [] if nested else list(dict.fromkeys(keys + names))  # e.g. {"error": {"message": ...}}
    for key in below:
        if isinstance(value[key], dict):
            inner = _with_summary(value[key], summary, _inside(valid, value, key), nested=True)
            if inner is not None:
                return {**value, key: inner}
    return None


def _inside(valid: Callable[[Any], bool], outer: dict[str, Any], key: str) -> Callable[[Any], bool]:
    """`valid` for a value placed at `outer[key]`."""
    return lambda inner: valid({**outer, key: inner})


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
    try:
        text = str(error)
        if cause is not None and str(cause) not in text:
            text = f"{text}: {cause}"
    except Exception:  # noqa: BLE001 - some messages quote the body, which may not decode
        text = f"{where}: {type(cause or error).__name__}"
    return [_short(text)]


def _field_path(path: Iterable[Any]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _error(status: int, summary: str, details: list[str], headers: _Headers | None = None) -> Reply:
    body = json.dumps({"error": summary, "details": details}).encode()
    content = [("Content-Type", "application/json"), ("Content-Length", str(len(body)))]
    return Reply(status, [*(headers or []), *content], body)
