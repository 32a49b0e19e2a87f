"""The runtime of generated packages against a real HTTP server on 127.0.0.1.

A client is generated once per session from tests/contract/spec.yaml (from the templates, so a
runtime fix shows here at once). Every behaviour is checked with the sync client (ApiClient over
urllib3) and the async one (AsyncApiClient over httpx): the `client` fixture runs each call either
way. The server (tests/contract/server.py) records what arrived and answers as scripted, faults
included. Every call is bounded by small timeouts and backoffs, so nothing can hang.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import importlib
import itertools
import json
import logging
import socket
import sys
import time
import traceback
import tracemalloc
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar
from urllib.parse import parse_qsl

import pytest
import urllib3
from contract.server import MIB, ContractServer, Recorded, Reply, json_reply
from pydantic import ValidationError

from generator.emit.write import write_package
from generator.pipeline import generate_files

SPEC = Path(__file__).with_name("spec.yaml")
PACKAGE = "contract_client"
PET = {"id": 1, "name": "Rex", "status": "available", "tags": ["good"]}


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The contract client, generated from the current templates and importable."""
    root = tmp_path_factory.mktemp("contract") / PACKAGE
    name, files = generate_files(SPEC, PACKAGE)
    assert name == PACKAGE
    write_package(root, files)
    sys.path.insert(0, str(root))
    try:
        importlib.import_module(f"{PACKAGE}.exceptions")  # `pkg.exceptions.NotFoundException` etc.
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[module]


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ContractServer, ContractServer]]:
    """The server the client talks to, and a second one (another origin) to redirect to."""
    main, other = ContractServer().start(), ContractServer().start()
    try:
        yield main, other
    finally:
        main.stop()
        other.stop()


@pytest.fixture
def server(servers: tuple[ContractServer, ContractServer]) -> ContractServer:
    for each in servers:
        each.reset()
    return servers[0]


@pytest.fixture
def other(servers: tuple[ContractServer, ContractServer], server: ContractServer) -> ContractServer:
    return servers[1]


@pytest.fixture
def configuration(pkg: ModuleType, server: ContractServer) -> Any:
    config = pkg.Configuration(host=server.url)
    config.retries = 2
    config.retry_backoff = 0.01
    config.retry_max_wait = 2.0
    config.timeout = (2.0, 5.0)
    return config


Call = tuple[str, str, tuple[Any, ...], dict[str, Any]]  # (API class, method, args, kwargs)


class Client:
    """Runs API methods with the sync client or the async one: `client.params.var_path_params(...)`."""

    APIS: ClassVar[dict[str, str]] = {"params": "ParamsApi", "bodies": "BodiesApi", "responses": "ResponsesApi",
                                      "auth": "AuthApi", "transport": "TransportApi"}

    def __init__(self, pkg: ModuleType, mode: str, configuration: Any) -> None:
        self.pkg = pkg
        self.mode = mode
        self.configuration = configuration
        self.client_kwargs: dict[str, Any] = {}  # for ApiClient / AsyncApiClient (cookie=...)

    def __getattr__(self, name: str) -> _Methods:
        if name not in self.APIS:
            raise AttributeError(name)
        return _Methods(self, self.APIS[name])

    def run_many(self, calls: list[Call]) -> list[Any]:
        """Make the calls one after the other on one API client (one connection pool)."""
        if self.mode == "sync":
            with self.pkg.ApiClient(self.configuration, **self.client_kwargs) as api_client:
                return [getattr(getattr(self.pkg, api)(api_client), m)(*a, **k) for api, m, a, k in calls]

        async def run() -> list[Any]:
            async with self.pkg.AsyncApiClient(self.configuration, **self.client_kwargs) as api_client:
                return [await getattr(getattr(self.pkg, "Async" + api)(api_client), m)(*a, **k)
                        for api, m, a, k in calls]

        return asyncio.run(run())


class _Methods:
    """`client.auth.auth_none(...)`: one call on a fresh API client of the client's kind."""

    def __init__(self, client: Client, api: str) -> None:
        self._client, self._api = client, api

    def __getattr__(self, method: str) -> Any:
        return lambda *args, **kwargs: self._client.run_many([(self._api, method, args, kwargs)])[0]


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest, pkg: ModuleType, configuration: Any) -> Client:
    return Client(pkg, request.param, configuration)


def free_port() -> int:
    """A port nothing listens on (bound and released at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def full_text(exc: BaseException) -> str:
    """Everything a traceback of `exc` would show, chained exceptions included."""
    return "".join(traceback.format_exception(exc)) + repr(exc)


# --------------------------------------------------------------------------- parameters


@pytest.mark.parametrize(("value", "encoded"), [
    ("a/b", "a%2Fb"),
    ("..", "%2E%2E"),
    (".", "%2E"),
    ("../etc", "..%2Fetc"),
    ("hello world", "hello%20world"),
    ("café ☕", "caf%C3%A9%20%E2%98%95"),
    ("a?b#c&d=e", "a%3Fb%23c%26d%3De"),
    ("50%", "50%25"),
])
def test_path_parameters_are_one_percent_encoded_segment(client: Client, server: ContractServer, value: str,
                                                         encoded: str) -> None:
    client.params.var_path_params(value, 7)
    assert server.last().target == f"/params/path/{encoded}/7"


def test_query_parameters_in_every_style(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    since = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    client.params.var_query_params(
        tags=["red", "green & blue"],
        ids=[1, 2, 3],
        words=["big", "dog"],
        codes=["a", "b"],
        filter=pkg.Filter(name="rex", min_age=2, vaccinated=True),
        flat={"name": "x", "min_age": 3},
        packed=pkg.Filter(name="y", vaccinated=False),
        active=False,
        since=since,
        q="1+1=2 más",
    )
    request = server.last()
    assert request.query_pairs() == [
        ("tags", "red"), ("tags", "green & blue"),
        ("ids", "1,2,3"),
        ("words", "big dog"),
        ("codes", "a|b"),
        ("filter[name]", "rex"), ("filter[min_age]", "2"), ("filter[vaccinated]", "true"),
        ("name", "x"), ("min_age", "3"),
        ("packed", "name,y,vaccinated,false"),
        ("active", "false"),
        ("since", "2024-01-02T03:04:05+02:00"),
        ("q", "1+1=2 más"),
    ]
    assert "words=big%20dog" in request.query  # spaceDelimited: %20, never `+`


def test_query_parameters_left_out_when_none(client: Client, server: ContractServer) -> None:
    client.params.var_query_params(active=True)
    assert server.last().target == "/params/query?active=true"
    client.params.var_query_params()
    assert server.last().target == "/params/query"


def test_header_parameters(client: Client, server: ContractServer) -> None:
    client.params.var_header_params(x_trace_id="abc-1", x_ids=[1, 2], x_flag=True)
    request = server.last()
    assert (request.header("X-Trace-Id"), request.header("X-Ids"), request.header("X-Flag")) == ("abc-1", "1,2", "true")
    # OpenAPI Generator's User-Agent, as the packages this one replaces send it
    assert request.header("User-Agent") == "OpenAPI-Generator/1.0.0/python"


@pytest.mark.parametrize("call", [
    {"x_trace_id": "a\r\nX-Evil: 1"},
    {"x_trace_id": "a\nb"},
    {"_headers": {"X-Extra": "a\r\nX-Evil: 1"}},
    {"_headers": {"X-Bad\r\nName": "v"}},
])
def test_header_line_breaks_raise_before_any_request(client: Client, server: ContractServer, pkg: ModuleType,
                                                      call: dict[str, Any]) -> None:
    with pytest.raises(pkg.ApiValueError):
        client.params.var_header_params(**call)
    with pytest.raises(ValueError):  # an integer header item that is text: refused as its type
        client.params.var_header_params(x_ids=[1, "2\r3"])
    assert server.seen() == []


def test_api_key_with_line_break_raises_without_showing_it(client: Client, server: ContractServer,
                                                           pkg: ModuleType) -> None:
    client.configuration.api_key["ApiKeyHeader"] = "sekrit\r\nX-Evil: 1"
    with pytest.raises(pkg.ApiValueError) as caught:
        client.auth.auth_header()
    assert "sekrit" not in full_text(caught.value)
    assert server.seen() == []


def test_cookie_parameters(client: Client, server: ContractServer) -> None:
    client.client_kwargs["cookie"] = "pref=dark"
    client.params.cookie_params(session_id="a b;c=d", visits=3)
    assert server.last().cookies() == ["pref=dark", "session_id=a%20b%3Bc%3Dd", "visits=3"]


def test_unknown_keyword_raises_before_any_request(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    # As OpenAPI Generator's validated methods: pydantic's ValidationError, naming the option
    with pytest.raises(ValidationError, match="_bogus"):
        client.auth.auth_none(_bogus=1)
    assert server.seen() == []


@pytest.mark.parametrize("options", [{"_request_timeout": "1.0"}, {"_request_timeout": ()},
                                     {"_request_timeout": (1.0, 1.0, 1.0)}, {"_request_timeout": 0},
                                     {"_host_index": 1}, {"_host_index": -1}, {"_host_index": "0"}])
def test_an_invalid_option_raises_before_any_request(client: Client, server: ContractServer,
                                                     options: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match=next(iter(options))):
        client.auth.auth_none(**options)
    assert server.seen() == []


def test_a_required_argument_given_as_none_raises_before_any_request(client: Client, server: ContractServer,
                                                                      pkg: ModuleType) -> None:
    with pytest.raises(ValueError):  # pydantic's ValidationError, or ApiValueError for an untyped one
        client.bodies.post_json(None)
    assert server.seen() == []


# --------------------------------------------------------------------------- request bodies


def test_json_body_from_a_model(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/bodies/json", json_reply({**PET, "id": 9}, status=201))
    pet = pkg.Pet(id=5, name="Rex", status=pkg.Status.SOLD, tags=["a"],
                  born=datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.UTC))
    created = client.bodies.post_json(pet)
    request = server.last()
    assert (request.method, request.header("Content-Type")) == ("POST", "application/json")
    # readOnly `id` is not sent; enums and date-times go by their wire form
    assert request.json() == {"name": "Rex", "status": "sold", "tags": ["a"], "born": "2020-05-06T07:08:09Z"}
    assert isinstance(created, pkg.Pet) and created.id == 9


def test_json_body_from_a_dict(client: Client, server: ContractServer) -> None:
    server.on("/bodies/json", json_reply(PET, status=201))
    client.bodies.post_json({"name": "Rex", "extra": [1, "é"]})
    request = server.last()
    assert request.json() == {"name": "Rex", "extra": [1, "é"]}
    assert request.header("Content-Type") == "application/json"


def test_content_type_option_picks_another_request_media_type(client: Client, server: ContractServer,
                                                               pkg: ModuleType) -> None:
    client.bodies.patch_json(pkg.Pet(name="a"))
    assert server.last().header("Content-Type") == "application/json"
    client.bodies.patch_json(pkg.Pet(name="b"), _content_type="application/merge-patch+json")
    request = server.last()
    assert (request.header("Content-Type"), request.json()) == ("application/merge-patch+json", {"name": "b"})


def test_json_is_the_default_even_when_not_listed_first(client: Client, server: ContractServer,
                                                         pkg: ModuleType) -> None:
    client.bodies.post_json_listed_second(pkg.Pet(name="a"))
    request = server.last()
    assert (request.header("Content-Type"), request.json()) == ("application/json", {"name": "a"})


def test_text_body(client: Client, server: ContractServer) -> None:
    client.bodies.post_text("héllo\nwörld")
    request = server.last()
    assert (request.header("Content-Type"), request.body) == ("text/plain", "héllo\nwörld".encode())


def test_form_urlencoded_body(client: Client, server: ContractServer) -> None:
    client.bodies.post_form(name="a b&c=d", count=3, flag=True, tags=["x", "y z"], meta={"k": "v"})
    request = server.last()
    assert request.header("Content-Type") == "application/x-www-form-urlencoded"
    # `meta` (an object, no `encoding`): style form, explode true, so its members are fields.
    assert parse_qsl(request.body.decode("ascii"), strict_parsing=True) == [
        ("name", "a b&c=d"), ("count", "3"), ("flag", "true"), ("tags", "x"), ("tags", "y z"), ("k", "v"),
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_apigen_mock_accepts_the_form_and_a_body_less_call(pkg: ModuleType, mode: str) -> None:
    """openapi-core (in `apigen mock`) reads what the client sends for a form with an object
    field, and for an optional JSON body left out (Content-Type said, Content-Length 0)."""
    from generator.mock.server import MockServer
    from generator.pipeline import load_checked

    with MockServer(load_checked(SPEC).document, log=logging.debug) as mock:
        client = Client(pkg, mode, pkg.Configuration(host=mock.url))
        client.bodies.post_form(name="a b&c=d", count=3, flag=True, tags=["x", "y,z"], meta={"k": "v w"})
        client.bodies.post_optional()


def test_a_body_less_call_says_its_content_type(client: Client, server: ContractServer) -> None:
    client.bodies.post_optional()
    request = server.last()
    assert (request.header("Content-Type"), request.header("Content-Length"), request.body) == (
        "application/json", "0", b"")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG fake")
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"some notes")
    return {"photo": photo, "notes": notes}


def test_multipart_files_in_every_form_and_fields(client: Client, server: ContractServer,
                                                  files: dict[str, Path]) -> None:
    with open(files["notes"], "rb") as handle:
        client.bodies.post_multipart(
            description="hi ☕", count=2, tags=["a", "b"], meta={"k": "v"},
            file=str(files["photo"]),
            attachments=[b"raw\x00bytes", handle, ("report.csv", b"a,b\n1,2\n", "text/csv"), ("blob", b"\x01")],
        )
    request = server.last()
    assert request.header("Content-Type").startswith("multipart/form-data; boundary=")
    assert request.form_parts() == [
        ("description", None, "text/plain", "hi ☕".encode()),
        ("count", None, "text/plain", b"2"),
        ("tags", None, "text/plain", b"a"),
        ("tags", None, "text/plain", b"b"),
        ("meta", None, "text/plain", b'{"k": "v"}'),
        ("file", "photo.png", "image/png", b"\x89PNG fake"),
        ("attachments", "file", "application/octet-stream", b"raw\x00bytes"),
        ("attachments", "notes.txt", "text/plain", b"some notes"),
        ("attachments", "report.csv", "text/csv", b"a,b\n1,2\n"),
        ("attachments", "blob", "application/octet-stream", b"\x01"),
    ]


@pytest.mark.parametrize("kind", ["path", "pathlib", "bytes", "file object", "tuple", "tuple with mime"])
def test_multipart_single_file_argument(client: Client, server: ContractServer, files: dict[str, Path],
                                        kind: str) -> None:
    photo = files["photo"]
    content = photo.read_bytes()
    expected = {
        "path": ("photo.png", "image/png"), "pathlib": ("photo.png", "image/png"),
        "bytes": ("file", "application/octet-stream"), "file object": ("photo.png", "image/png"),
        "tuple": ("pic.png", "image/png"), "tuple with mime": ("pic.png", "image/x-custom"),
    }[kind]
    with open(photo, "rb") as handle:
        value = {"path": str(photo), "pathlib": photo, "bytes": content, "file object": handle,
                 "tuple": ("pic.png", content), "tuple with mime": ("pic.png", content, "image/x-custom")}[kind]
        client.bodies.post_multipart(file=value)
    assert server.last().form_parts() == [("file", *expected, content)]


def test_multipart_text_field_naming_an_existing_file_is_sent_as_text(client: Client, server: ContractServer,
                                                                      files: dict[str, Path]) -> None:
    client.bodies.post_multipart(description=str(files["notes"]))
    assert server.last().form_parts() == [("description", None, "text/plain", str(files["notes"]).encode())]


@pytest.mark.parametrize("kind", ["bytes", "bytearray", "file object", "path"])
def test_octet_stream_body(client: Client, server: ContractServer, tmp_path: Path, kind: str) -> None:
    content = b"\x00\xff binary \r\n"
    source = tmp_path / "blob.bin"
    source.write_bytes(content)
    with open(source, "rb") as handle:
        value = {"bytes": content, "bytearray": bytearray(content), "file object": handle, "path": str(source)}[kind]
        client.bodies.put_octet(value)
    request = server.last()
    assert (request.method, request.header("Content-Type"), request.body) == ("PUT", "application/octet-stream",
                                                                              content)


# --------------------------------------------------------------------------- responses


def test_model_response_keeps_unknown_fields_and_enum_values(client: Client, server: ContractServer,
                                                             pkg: ModuleType) -> None:
    server.on("/responses/model", json_reply({"id": 3, "name": "Rex", "status": "retired", "nickname": "R"}))
    pet = client.responses.get_model()
    assert isinstance(pet, pkg.Pet) and (pet.id, pet.name) == (3, "Rex")
    assert (pet.status.name, pet.status.value) == ("UNKNOWN_retired", "retired")
    assert pet.to_dict()["nickname"] == "R"
    assert server.last().header("Accept") == "application/json"


def test_list_map_and_primitive_responses(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/responses/list", json_reply([PET, {"name": "Tom"}]))
    server.on("/responses/map", json_reply({"a": 1, "b": 2}))
    server.on("/responses/primitive", json_reply(42))
    pets = client.responses.get_list()
    assert [type(p) for p in pets] == [pkg.Pet, pkg.Pet] and [p.name for p in pets] == ["Rex", "Tom"]
    assert client.responses.get_map() == {"a": 1, "b": 2}
    assert client.responses.get_primitive() == 42


def test_text_and_binary_responses(client: Client, server: ContractServer) -> None:
    server.on("/responses/text", Reply(200, "héllo\nwörld", content_type="text/plain; charset=utf-8"))
    server.on("/responses/binary", Reply(200, b"\x00\x01\xff", content_type="application/octet-stream"))
    assert client.responses.get_text() == "héllo\nwörld"
    assert server.last().header("Accept") == "text/plain"
    binary = client.responses.get_binary()
    assert (binary, type(binary)) == (b"\x00\x01\xff", bytes)  # bytes, as OpenAPI Generator's; not bytearray
    assert server.last().header("Accept") == "application/octet-stream"


@pytest.mark.parametrize(("wire", "content_type", "text"), [
    (b'{"a": [1, true, null]}', "application/json", '{"a": [1, true, null]}'),  # not str() of a dict
    (b'[1, "x"]', "application/problem+json", '[1, "x"]'),
    (b"42", "application/json", "42"),
    (b'"quoted"', "application/json", "quoted"),  # a JSON string is its value
    (b'"quoted"', "text/plain", '"quoted"'),  # under text, the text as sent
    (b"{not json", "application/json", "{not json"),
    (b"caf\xe9", "text/plain; charset=latin-1", "caf\xe9"),  # by its charset
    (b"\xff\xfe", "application/octet-stream", "\ufffd\ufffd"),
])
def test_a_string_response_is_the_text_as_sent_whatever_its_content_type(
        client: Client, server: ContractServer, wire: bytes, content_type: str, text: str) -> None:
    """`text/plain` declared as a string, served as JSON or anything else: never an error."""
    server.on("/responses/text", Reply(200, wire, content_type=content_type))
    assert client.responses.get_text() == text


def test_no_content(client: Client, server: ContractServer) -> None:
    assert client.responses.delete_empty() is None
    response = client.responses.delete_empty_with_http_info()
    assert (response.status_code, response.data, response.raw_data) == (204, None, b"")
    assert server.last().method == "DELETE"


def test_several_declared_response_media_types(client: Client, server: ContractServer) -> None:
    server.on("/responses/several", json_reply("from json"), Reply(200, "from text", content_type="text/plain"))
    assert client.responses.get_several() == "from json"
    # One media type, as OpenAPI Generator asks: the first JSON one (else the first)
    assert server.last().header("Accept") == "application/json"
    assert client.responses.get_several(_headers={"Accept": "text/plain"}) == "from text"
    assert server.last().header_all("Accept") == ["text/plain"]


@pytest.mark.parametrize(("status", "exception", "declared"), [
    (404, "NotFoundException", True),  # "404": Error
    (500, "ServiceException", True),  # "5XX": Error
    (400, "BadRequestException", False),
    (401, "UnauthorizedException", False),
    (403, "ForbiddenException", False),
    (409, "ConflictException", False),
    (422, "UnprocessableEntityException", False),
    (418, "ApiException", False),
])
def test_error_statuses(client: Client, server: ContractServer, pkg: ModuleType, status: int, exception: str,
                        declared: bool) -> None:
    server.on("/responses/model", json_reply({"code": status, "message": "nope"}, status=status))
    with pytest.raises(pkg.ApiException) as caught:
        client.responses.get_model()
    error = caught.value
    assert type(error) is getattr(pkg.exceptions, exception)
    assert (error.status, error.body) == (status, f'{{"code": {status}, "message": "nope"}}')
    assert error.headers["Content-Type"] == "application/json"
    if declared:
        assert isinstance(error.data, pkg.Error) and (error.data.code, error.data.message) == (status, "nope")
    else:
        assert error.data is None
    assert len(server.seen()) == 1


def test_default_response_declares_the_error_model(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/responses/default", json_reply({"code": 7, "message": "teapot"}, status=418))
    with pytest.raises(pkg.ApiException) as caught:
        client.responses.get_with_default()
    assert caught.value.status == 418 and isinstance(caught.value.data, pkg.Error)
    assert caught.value.data.message == "teapot"


def test_error_body_that_does_not_match_the_model(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/responses/model", Reply(404, "<h1>Not Found</h1>", content_type="text/html"))
    with pytest.raises(pkg.ApiException) as caught:
        client.responses.get_model()
    assert (caught.value.status, caught.value.data, caught.value.body) == (404, None, "<h1>Not Found</h1>")


def test_undocumented_success_status(client: Client, server: ContractServer) -> None:
    server.on("/responses/model", json_reply({"queued": True}, status=202))
    response = client.responses.get_model_with_http_info()
    assert (response.status_code, response.data, response.raw_data) == (202, None, b'{"queued": true}')


@pytest.mark.parametrize("reply", [
    Reply(200, b'{"name": ', content_type="application/json"),
    Reply(200, b'{"id": 1}', content_type="application/json"),  # valid JSON, not a Pet
    Reply(200, "<html>proxy error</html>", content_type="text/html"),
    Reply(200, b"\xff\xfe", content_type="application/json"),
], ids=["truncated json", "wrong shape", "wrong content type", "not utf-8"])
def test_invalid_success_body_raises_decode_error(client: Client, server: ContractServer, pkg: ModuleType,
                                                  reply: Reply) -> None:
    server.on("/responses/model", reply)
    with pytest.raises(pkg.ApiDecodeError) as caught:
        client.responses.get_model()
    assert isinstance(caught.value, pkg.ApiException)
    assert caught.value.status == 200
    assert caught.value.body == reply.payload()[0].decode("utf-8", "replace")


def test_with_http_info(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/responses/model", json_reply(PET, **{"X-Rate": "7"}))
    response = client.responses.get_model_with_http_info()
    assert isinstance(response, pkg.ApiResponse)
    assert response.status_code == 200
    assert response.headers["X-Rate"] == response.headers["x-rate"] == "7"
    assert isinstance(response.data, pkg.Pet) and response.data.name == "Rex"
    assert response.raw_data == b'{"id": 1, "name": "Rex", "status": "available", "tags": ["good"]}'


def test_without_preload_content_sync(pkg: ModuleType, server: ContractServer, configuration: Any) -> None:
    body = bytes(range(256)) * 4
    server.on("/responses/binary", Reply(200, body, content_type="application/octet-stream", fault="hold"))
    configuration.timeout = (2.0, 3.0)  # a client that waited for the whole body would time out
    with pkg.ApiClient(configuration) as api_client:
        response = pkg.ResponsesApi(api_client).get_binary_without_preload_content()
        # urllib3's response itself, unread, as OpenAPI Generator returns it
        assert isinstance(response, urllib3.HTTPResponse) and not response.closed
        assert (response.status, response.headers["Content-Type"]) == (200, "application/octet-stream")
        server.release.set()
        assert response.read(10) == body[:10]
        assert b"".join(response.stream(100)) == body[10:]
        assert response.read() == b"" and response.data == b""
    assert server.held_until_released == [True]


def test_every_call_goes_through_call_api(pkg: ModuleType, server: ContractServer, configuration: Any) -> None:
    """As in OpenAPI Generator's clients, code that wraps `call_api` sees every request, as
    (method, url, header_params, body, post_params) and `_request_timeout`."""
    seen: list[tuple[Any, ...]] = []

    class Recording(pkg.ApiClient):  # type: ignore[name-defined,misc]
        def call_api(self, *args: Any, **kwargs: Any) -> Any:
            seen.append((*args, kwargs))
            return super().call_api(*args, **kwargs)

    server.on("/bodies/json", json_reply({**PET, "id": 9}, status=201))
    with Recording(configuration) as api_client:
        created = pkg.BodiesApi(api_client).post_json(pkg.Pet(name="Rex", tags=["a"]), _request_timeout=4)
        pkg.BodiesApi(api_client).post_form(name="n", tags=["x", "y"])
    assert isinstance(created, pkg.Pet) and created.id == 9
    (method, url, headers, body, post_params, kwargs), form = seen
    assert (method, url, body, post_params, kwargs) == ("POST", server.url + "/bodies/json",
                                                        {"name": "Rex", "tags": ["a"]}, [], {"_request_timeout": 4})
    assert headers["Content-Type"] == "application/json"
    assert (form[3], form[4]) == (None, [("name", "n"), ("tags", "x"), ("tags", "y")])
    assert [r.json() for r in server.seen()[:1]] == [{"name": "Rex", "tags": ["a"]}]


def test_a_stand_in_for_call_api_is_decoded_as_the_operation_declares(pkg: ModuleType, server: ContractServer,
                                                                      configuration: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenAPI Generator's own tests replace `call_api` with an object that has only `status`,
    `data` bytes and a plain dict of `headers` (a lower-case content-type, or none)."""

    class StandIn:
        def __init__(self, status: int, data: bytes, headers: dict[str, str]) -> None:
            self.status, self.data, self.headers = status, data, headers

    answers = [StandIn(200, json.dumps(PET).encode(), {}),
               StandIn(200, b"plain", {"content-type": "text/plain"}),
               StandIn(404, b'{"code": 4, "message": "gone"}', {})]
    monkeypatch.setattr(pkg.ApiClient, "call_api", lambda self, *args, **kwargs: answers.pop(0))
    with pkg.ApiClient(configuration) as api_client:
        api = pkg.ResponsesApi(api_client)
        assert api.get_model().name == "Rex"
        assert api.get_text() == "plain"
        with pytest.raises(pkg.exceptions.NotFoundException) as caught:
            api.get_model()
    assert isinstance(caught.value.data, pkg.Error) and caught.value.data.message == "gone"
    assert server.seen() == []


def test_call_options_reach_the_transport_through_a_wrapped_call_api(pkg: ModuleType, server: ContractServer,
                                                                     configuration: Any) -> None:
    """`_idempotent` and the call's credential headers are not in call_api's signature: they
    still reach the transport when call_api is wrapped."""

    class Wrapping(pkg.ApiClient):  # type: ignore[name-defined,misc]
        def call_api(self, *args: Any, **kwargs: Any) -> Any:
            return super().call_api(*args, **kwargs)

    server.on("/transport/item", Reply(503), json_reply(PET))
    with Wrapping(configuration) as api_client:
        assert pkg.TransportApi(api_client).post_item(pkg.Pet(name="Rex"), _idempotent=True).name == "Rex"
    assert len(server.seen()) == 2


def test_without_preload_content_async(pkg: ModuleType, server: ContractServer, configuration: Any) -> None:
    body = bytes(range(256)) * 4
    server.on("/responses/binary", Reply(200, body, content_type="application/octet-stream", fault="hold"))
    configuration.timeout = (2.0, 3.0)

    async def run() -> tuple[int, bytes]:
        async with pkg.AsyncApiClient(configuration) as api_client:
            response = await pkg.AsyncResponsesApi(api_client).get_binary_without_preload_content()
            status = response.status_code
            server.release.set()
            data = await response.aread()
            await response.aclose()
            return status, data

    assert asyncio.run(run()) == (200, body)
    assert server.held_until_released == [True]


# --------------------------------------------------------------------------- authentication


@pytest.mark.parametrize(("keys", "prefixes", "sent"), [
    ({"ApiKeyHeader": "k1"}, {"ApiKeyHeader": "Token"}, "Token k1"),  # by scheme name
    ({"X-API-Key": "k2"}, {"X-API-Key": "Key"}, "Key k2"),  # by header name
    ({"ApiKeyHeader": "k3"}, {"X-API-Key": "Mixed"}, "Mixed k3"),
    ({"X-API-Key": "k4"}, {}, "k4"),
])
def test_api_key_in_header(client: Client, server: ContractServer, keys: dict[str, str], prefixes: dict[str, str],
                           sent: str) -> None:
    client.configuration.api_key.update(keys)
    client.configuration.api_key_prefix.update(prefixes)
    client.auth.auth_header()
    assert server.last().header_all("X-API-Key") == [sent]


@pytest.mark.parametrize(("name", "prefix", "sent"), [
    ("ApiKeyQuery", None, "q s&=+"), ("api_key", None, "q s&=+"), ("ApiKeyQuery", "Token", "Token q s&=+"),
    ("api_key", "Token", "Token q s&=+"),
])
def test_api_key_in_query(client: Client, server: ContractServer, name: str, prefix: str | None, sent: str) -> None:
    client.configuration.api_key[name] = "q s&=+"
    if prefix:
        client.configuration.api_key_prefix[name] = prefix
    client.auth.auth_query()
    assert server.last().query_pairs() == [("api_key", sent)]


@pytest.mark.parametrize("name", ["ApiKeyCookie", "sid"])
def test_api_key_in_cookie(client: Client, server: ContractServer, name: str) -> None:
    client.configuration.api_key[name] = "c00kie"
    client.auth.auth_cookie()
    assert server.last().cookies() == ["sid=c00kie"]


def test_http_basic(client: Client, server: ContractServer) -> None:
    client.configuration.username, client.configuration.password = "user", "p@ss:wörd"
    client.auth.auth_basic()
    token = base64.b64encode("user:p@ss:wörd".encode()).decode()
    assert server.last().header_all("Authorization") == [f"Basic {token}"]


@pytest.mark.parametrize("operation", ["auth_bearer", "auth_oauth"])
def test_bearer_and_oauth2_access_token(client: Client, server: ContractServer, operation: str) -> None:
    client.configuration.access_token = "t0ken"
    getattr(client.auth, operation)()
    assert server.last().header_all("Authorization") == ["Bearer t0ken"]


def configure_every_credential(configuration: Any) -> None:
    configuration.api_key.update({"ApiKeyHeader": "hk", "ApiKeyQuery": "qk", "ApiKeyCookie": "ck"})
    configuration.username, configuration.password = "u", "p"
    configuration.access_token = "tok"


def test_operation_without_security_sends_no_credential(client: Client, server: ContractServer) -> None:
    configure_every_credential(client.configuration)
    client.auth.auth_none()
    request = server.last()
    assert (request.header("Authorization"), request.header("X-API-Key"), request.header("Cookie")) == (None,) * 3
    assert request.query == ""


def test_operation_sends_only_its_own_schemes(client: Client, server: ContractServer) -> None:
    configure_every_credential(client.configuration)
    client.auth.auth_header()
    request = server.last()
    assert (request.header("X-API-Key"), request.header("Authorization"), request.header("Cookie"),
            request.query) == ("hk", None, None, "")


def test_unconfigured_scheme_sends_nothing(client: Client, server: ContractServer) -> None:
    client.auth.auth_header()
    client.auth.auth_basic()
    client.auth.auth_bearer()
    assert [(r.header("X-API-Key"), r.header("Authorization")) for r in server.seen()] == [(None, None)] * 3


@pytest.mark.parametrize(("auth", "check"), [
    ({"in": "header", "key": "X-Other", "value": "v"}, lambda r: r.header("X-Other") == "v"),
    ({"in": "query", "key": "token", "value": "t t"}, lambda r: r.query_pairs() == [("token", "t t")]),
    ({"in": "cookie", "key": "ses", "value": "s"}, lambda r: r.cookies() == ["ses=s"]),
])
def test_request_auth_replaces_the_operations_schemes(client: Client, server: ContractServer, auth: dict[str, str],
                                                      check: Any) -> None:
    client.configuration.api_key["ApiKeyHeader"] = "configured"
    client.auth.auth_header(_request_auth=auth)
    request = server.last()
    assert request.header("X-API-Key") is None
    assert check(request)


# --------------------------------------------------------------------------- request options


@pytest.mark.parametrize("case", [str.title, str.lower])
def test_extra_headers(client: Client, server: ContractServer, case: Any) -> None:
    server.on("/responses/model", json_reply(PET))
    client.responses.get_model(_headers={"X-Custom": "1", "X-Number": 2, case("User-Agent"): "mine/1",
                                         case("Accept"): "application/json; q=1"})
    request = server.last()
    assert (request.header("X-Custom"), request.header("X-Number")) == ("1", "2")
    # header names are case-insensitive: an extra header replaces the client's own, whatever its case
    assert (request.header_all("User-Agent"), request.header_all("Accept")) == (["mine/1"], ["application/json; q=1"])


def test_server_index_picks_a_server_of_the_spec(client: Client, server: ContractServer, pkg: ModuleType,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    servers = importlib.import_module(f"{PACKAGE}.configuration").SERVERS
    monkeypatch.setitem(servers[0], "url", server.url + "/base")
    monkeypatch.setitem(servers[1], "url", server.url + "/alt")
    host = client.configuration.host
    client.configuration.server_index = 1
    client.auth.auth_none()
    client.configuration.server_index = 0
    client.auth.auth_none(_host_index=0)  # `_host_index` picks among an operation's own servers
    client.configuration.host = host
    client.auth.auth_none()
    assert [r.target for r in server.seen()] == ["/alt/auth/none", "/base/auth/none", "/auth/none"]


def test_request_timeout_in_seconds(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, PET, fault="slow", delay=3.0))
    started = time.monotonic()
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item(_request_timeout=0.3)
    assert time.monotonic() - started < 2.0
    assert caught.value.status == 0 and "timeout" in str(caught.value).lower()
    assert len(server.seen()) == 1  # a read timeout may have reached the server: never retried


def test_request_timeout_as_connect_and_read(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, PET, fault="slow", delay=0.5))
    assert client.transport.get_item(_request_timeout=(0.2, 3.0)).name == "Rex"  # 0.2 is the connect part
    started = time.monotonic()
    with pytest.raises(pkg.ApiException):
        client.transport.get_item(_request_timeout=(3.0, 0.2))
    assert time.monotonic() - started < 2.0


def test_configured_timeout_applies_without_the_option(client: Client, server: ContractServer,
                                                       pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, PET, fault="slow", delay=3.0))
    client.configuration.timeout = 0.3
    started = time.monotonic()
    with pytest.raises(pkg.ApiException):
        client.transport.get_item()
    assert time.monotonic() - started < 2.0


def test_timeout_while_the_body_stalls(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, {**PET, "pad": "x" * 1000}, fault="hold"))
    started = time.monotonic()
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item(_request_timeout=0.3)
    assert caught.value.status == 0
    assert time.monotonic() - started < 2.0


# --------------------------------------------------------------------------- transport faults and retries


def test_connection_pool_is_reused(client: Client, server: ContractServer) -> None:
    client.run_many([("AuthApi", "auth_none", (), {})] * 3)
    assert len({r.client_port for r in server.seen()}) == 1


def test_503_then_success_is_retried(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(503), Reply(503), json_reply(PET))
    assert client.transport.get_item().name == "Rex"
    assert len(server.seen()) == 3


def test_retries_are_bounded(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", json_reply({"code": 503, "message": "busy"}, status=503))
    with pytest.raises(pkg.exceptions.ServiceException) as caught:
        client.transport.get_item()
    assert caught.value.status == 503
    assert len(server.seen()) == 1 + client.configuration.retries


def test_retries_can_be_switched_off(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(503), json_reply(PET))
    client.configuration.retries = 0
    with pytest.raises(pkg.exceptions.ServiceException):
        client.transport.get_item()
    assert len(server.seen()) == 1


def test_500_is_not_retried(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(500), json_reply(PET))
    with pytest.raises(pkg.exceptions.ServiceException):
        client.transport.get_item()
    assert len(server.seen()) == 1


def test_put_is_retried(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(429), json_reply(PET))
    assert client.transport.put_item(pkg.Pet(name="Rex")).name == "Rex"
    assert [(r.method, r.json()) for r in server.seen()] == [("PUT", {"name": "Rex"})] * 2


def test_post_is_not_retried(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(503), json_reply(PET))
    with pytest.raises(pkg.exceptions.ServiceException):
        client.transport.post_item(pkg.Pet(name="Rex"))
    assert len(server.seen()) == 1


def test_post_is_retried_when_idempotent(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(503), json_reply(PET))
    assert client.transport.post_item(pkg.Pet(name="Rex"), _idempotent=True).name == "Rex"
    assert [(r.method, r.json()) for r in server.seen()] == [("POST", {"name": "Rex"})] * 2


def test_connection_reset_is_retried_for_get(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(fault="reset"), json_reply(PET))
    assert client.transport.get_item().name == "Rex"
    assert len(server.seen()) == 2


def test_connection_reset_is_not_retried_for_post(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(fault="reset"), json_reply(PET))
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.post_item(pkg.Pet(name="Rex"))
    assert caught.value.status == 0
    assert len(server.seen()) == 1
    assert client.transport.post_item(pkg.Pet(name="Rex"), _idempotent=True).name == "Rex"


def test_connection_reset_every_time(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(fault="reset"))
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item()
    assert caught.value.status == 0
    assert len(server.seen()) == 1 + client.configuration.retries


def test_connection_refused(client: Client, pkg: ModuleType) -> None:
    client.configuration.host = f"http://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item()
    assert caught.value.status == 0
    assert time.monotonic() - started < 2.0


def test_truncated_body(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, PET, fault="truncate"))
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item()
    assert caught.value.status == 0
    assert type(caught.value) is pkg.ApiException
    assert len(server.seen()) == 1 + client.configuration.retries  # a broken answer to a GET: tried again


def test_truncated_body_then_success(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(200, PET, fault="truncate"), json_reply(PET))
    assert client.transport.get_item().name == "Rex"
    assert len(server.seen()) == 2


def test_retry_after_is_honoured(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(429, headers={"Retry-After": "1"}), json_reply(PET))
    assert client.transport.get_item().name == "Rex"
    first, second = server.seen()
    assert 0.9 <= second.at - first.at < 3.0  # not the 10 ms backoff


def test_retry_after_as_http_date(client: Client, server: ContractServer) -> None:
    past = format_datetime(datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC), usegmt=True)
    server.on("/transport/item", Reply(503, headers={"Retry-After": past}), json_reply(PET))
    client.configuration.retry_backoff = 10.0  # a date in the past means now, not the backoff
    assert client.transport.get_item().name == "Rex"
    first, second = server.seen()
    assert second.at - first.at < 1.0


def test_retry_after_is_capped(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(429, headers={"Retry-After": "3600"}), json_reply(PET))
    client.configuration.retry_max_wait = 0.2
    started = time.monotonic()
    assert client.transport.get_item().name == "Rex"
    assert time.monotonic() - started < 1.5


def test_backoff_grows_between_attempts(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(503))
    client.configuration.retry_backoff = 0.1
    client.configuration.retries = 3
    with pytest.raises(pkg.exceptions.ServiceException):
        client.transport.get_item()
    times = [r.at for r in server.seen()]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(gaps) == 3
    # step n waits 50-100% of 0.1 * 2**n
    assert 0.05 <= gaps[0] < 0.5 and 0.2 <= gaps[2] < 1.0


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_on_the_same_origin_keeps_credentials(client: Client, server: ContractServer, status: int) -> None:
    configure_every_credential(client.configuration)
    server.on("/transport/item", Reply(status, headers={"Location": "/landing"}))
    server.on("/landing", json_reply(PET))
    assert client.transport.get_item().name == "Rex"
    first, landing = server.seen()
    assert landing.path == "/landing"
    for name in ("X-API-Key", "Authorization", "Cookie"):
        assert landing.header(name) == first.header(name) is not None


REDIRECT_CASES = {
    "configured schemes": (configure_every_credential, {}, "transport", "get_item", {}),
    "bearer": (lambda c: setattr(c, "access_token", "tok"), {}, "transport", "get_item_with_bearer", {}),
    "client cookie": (lambda c: None, {"cookie": "session=ck"}, "auth", "auth_none", {}),
    "extra headers": (lambda c: None, {}, "auth", "auth_none",
                      {"_headers": {"authorization": "Bearer tok", "cookie": "session=ck"}}),
    "request auth": (lambda c: None, {}, "auth", "auth_none",
                     {"_request_auth": {"in": "header", "key": "X-Session", "value": "ck"}}),
}
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "cookie", "x-session")


@pytest.mark.parametrize("target", ["other port", "other host name"])
@pytest.mark.parametrize("case", list(REDIRECT_CASES))
def test_redirect_to_another_origin_drops_credentials(client: Client, server: ContractServer,
                                                      other: ContractServer, case: str, target: str) -> None:
    configure, client_kwargs, api, method, options = REDIRECT_CASES[case]
    configure(client.configuration)
    client.client_kwargs.update(client_kwargs)
    path = "/transport/bearer" if method == "get_item_with_bearer" else (
        "/transport/item" if api == "transport" else "/auth/none")
    destination = other if target == "other port" else server
    host = "127.0.0.1" if target == "other port" else "localhost"
    server.on(path, Reply(307, headers={"Location": f"http://{host}:{destination.port}/landing"}))
    destination.on("/landing", json_reply(PET))
    getattr(getattr(client, api), method)(**options)
    first = server.seen(path)[0]
    [landing] = destination.seen("/landing")
    sent = [(k.lower(), v) for k, v in first.headers if k.lower() in CREDENTIAL_HEADERS]
    assert sent, "the first request carried credentials"
    assert [(k, v) for k, v in landing.headers if k.lower() in CREDENTIAL_HEADERS] == []
    assert "api_key" not in landing.target


def test_303_after_post_is_a_get_without_body(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(303, headers={"Location": "/landing"}))
    server.on("/landing", json_reply(PET))
    client.transport.post_item(pkg.Pet(name="Rex"))
    post, landing = server.seen()
    assert (post.method, landing.method, landing.body, landing.header("Content-Type")) == ("POST", "GET", b"", None)


def test_307_after_post_repeats_the_post(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(307, headers={"Location": "/landing"}))
    server.on("/landing", json_reply(PET))
    client.transport.post_item(pkg.Pet(name="Rex"))
    _, landing = server.seen()
    assert (landing.method, landing.json(), landing.header("Content-Type")) == ("POST", {"name": "Rex"},
                                                                                "application/json")


def test_redirect_loop_is_bounded(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(302, headers={"Location": "/transport/item"}))
    with pytest.raises(pkg.ApiException):
        client.transport.get_item()
    assert 2 <= len(server.seen()) <= 10


# --------------------------------------------------------------------------- credentials never shown


SECRETS = {"header": "sekrit-header-1", "query": "sekrit-query-2", "cookie": "sekrit-cookie-3",
           "password": "sekrit-pass-4", "token": "sekrit-token-5"}


@pytest.fixture
def package_logger(pkg: ModuleType) -> Iterator[logging.Logger]:
    """The package's logger, restored after the test (`debug = True` changes it)."""
    logger = logging.getLogger(PACKAGE)
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def secret_values() -> list[str]:
    basic = base64.b64encode(f"user:{SECRETS['password']}".encode()).decode()
    return [*SECRETS.values(), basic]


def assert_no_secret(text: str) -> None:
    for secret in secret_values():
        assert secret not in text


@pytest.fixture
def debug_client(client: Client, package_logger: logging.Logger) -> Client:
    config = client.configuration
    config.api_key.update({"ApiKeyHeader": SECRETS["header"], "ApiKeyQuery": SECRETS["query"],
                           "ApiKeyCookie": SECRETS["cookie"]})
    config.api_key_prefix["ApiKeyHeader"] = "Token"
    config.username, config.password = "user", SECRETS["password"]
    config.access_token = SECRETS["token"]
    config.debug = True
    return client


def test_debug_log_shows_requests_but_no_credential(debug_client: Client, server: ContractServer,
                                                    package_logger: logging.Logger,
                                                    caplog: pytest.LogCaptureFixture,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    server.on("/transport/item", json_reply(PET))
    server.on("/transport/bearer", json_reply({"code": 401, "message": "who?"}, status=401))
    calls = [("AuthApi", name, (), {}) for name in ("auth_header", "auth_query", "auth_cookie", "auth_basic",
                                                    "auth_bearer", "auth_oauth")]
    debug_client.run_many([*calls, ("TransportApi", "get_item", (), {})])
    with pytest.raises(debug_client.pkg.exceptions.UnauthorizedException) as caught:
        debug_client.transport.get_item_with_bearer()
    assert_no_secret(full_text(caught.value))
    records = [r for r in caplog.records if r.name.startswith(PACKAGE)]
    assert len(records) >= len(server.seen()) == 8  # one line per request at least
    assert all("/auth/" in r.getMessage() or "/transport/" in r.getMessage() for r in records)
    assert_no_secret(caplog.text)
    assert_no_secret(capsys.readouterr().err)


@pytest.mark.parametrize("fault", ["refused", "timeout", "truncate", "reset", "error status", "redirect loop"])
def test_exceptions_show_no_credential(debug_client: Client, server: ContractServer, pkg: ModuleType,
                                       package_logger: logging.Logger, caplog: pytest.LogCaptureFixture,
                                       capsys: pytest.CaptureFixture[str], fault: str) -> None:
    debug_client.configuration.retries = 1
    replies = {"timeout": Reply(200, PET, fault="slow", delay=3.0), "truncate": Reply(200, PET, fault="truncate"),
               "reset": Reply(fault="reset"), "error status": json_reply({"code": 1, "message": "x"}, status=400),
               "redirect loop": Reply(302, headers={"Location": "/transport/item"})}
    if fault == "refused":
        debug_client.configuration.host = f"http://127.0.0.1:{free_port()}"
    else:
        server.on("/transport/item", replies[fault])
    with pytest.raises(pkg.ApiException) as caught:
        debug_client.transport.get_item(_request_timeout=0.3)
    assert_no_secret(full_text(caught.value))
    assert_no_secret(caplog.text)
    assert_no_secret(capsys.readouterr().err)


def test_debug_is_off_by_default(client: Client, server: ContractServer, package_logger: logging.Logger,
                                 caplog: pytest.LogCaptureFixture) -> None:
    client.auth.auth_none()
    assert [r for r in caplog.records if r.name.startswith(PACKAGE) and r.levelno < logging.WARNING] == []


# --------------------------------------------------------------------------- hostile servers: size


def gzip_of(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


BOMB = gzip_of(bytes(16 * MIB))  # 16 KiB on the wire, 16 MiB inflated


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """[the most bytes Python held at once inside the block, beyond what it held before]."""
    tracemalloc.start()
    peak = [0]
    try:
        yield peak
    finally:
        peak[0] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


@pytest.fixture
def limited(client: Client) -> Client:
    client.configuration.max_response_size = MIB
    return client


def test_max_response_size_defaults_to_64_mib(pkg: ModuleType) -> None:
    assert pkg.Configuration().max_response_size == 64 * MIB


@pytest.mark.parametrize("reply", [
    Reply(200, BOMB, {"Content-Encoding": "gzip"}, "application/octet-stream"),
    Reply(200, fault="huge", size=1024 * MIB, content_type="application/octet-stream"),
    Reply(200, fault="stream", size=16 * MIB, content_type="application/octet-stream"),
], ids=["gzip bomb", "content-length 1 GiB", "chunked 16 MiB"])
def test_a_body_over_max_response_size_raises_without_being_held(limited: Client, server: ContractServer,
                                                                 pkg: ModuleType, reply: Reply) -> None:
    server.on("/responses/binary", reply)
    with peak_memory() as peak, pytest.raises(pkg.ApiResponseTooLarge) as caught:
        limited.responses.get_binary()
    error = caught.value
    assert isinstance(error, pkg.ApiException) and isinstance(error, pkg.exceptions.ApiResponseTooLarge)
    assert (error.status, error.limit, error.body) == (200, MIB, None)
    assert f"max_response_size ({MIB} bytes)" in str(error)
    # A client and a call take ~2 MiB here; the body read whole would take 16 MiB and more.
    assert peak[0] < 6 * MIB, f"{peak[0] / MIB:.1f} MiB held for a 1 MiB limit"
    assert len(server.seen()) == 1  # not retried: the answer would be the same
    if reply.size:
        wait_for(lambda: server.zeros_sent)
        assert server.zeros_sent[0] < reply.size  # the connection was closed, not read to the end
    server.on("/responses/binary", Reply(200, b"ok", content_type="application/octet-stream"))
    assert limited.responses.get_binary() == b"ok"  # the cut connection is not reused


def test_a_bomb_in_a_redirect_is_not_inflated(limited: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(302, BOMB, {"Content-Encoding": "gzip", "Location": "/landing"}))
    server.on("/landing", json_reply(PET))
    with peak_memory() as peak:
        assert limited.transport.get_item().name == "Rex"
    # Dropped unread, or drained raw (urllib3 2.6.3 and later): never inflated.
    assert peak[0] < 6 * MIB, f"{peak[0] / MIB:.1f} MiB held for a redirect"


def test_an_error_status_over_max_response_size(limited: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/responses/model", Reply(500, fault="stream", size=4 * MIB, content_type="application/json"))
    with pytest.raises(pkg.ApiResponseTooLarge) as caught:
        limited.responses.get_model()
    assert caught.value.status == 500 and caught.value.headers["Content-Type"] == "application/json"


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_a_body_of_exactly_max_response_size_is_read(limited: Client, server: ContractServer, pkg: ModuleType,
                                                     compress: bool) -> None:
    body = bytes(range(256)) * (MIB // 256)
    wire = gzip_of(body) if compress else body
    headers = {"Content-Encoding": "gzip"} if compress else {}
    server.on("/responses/binary", Reply(200, wire, headers, "application/octet-stream"))
    assert limited.responses.get_binary() == body
    limited.configuration.max_response_size = MIB - 1
    with pytest.raises(pkg.ApiResponseTooLarge):
        limited.responses.get_binary()


def test_compressed_bodies_are_inflated(client: Client, server: ContractServer) -> None:
    pet = json.dumps(PET).encode()
    deflate = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS)
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    server.on("/transport/item",
              json_reply(gzip_of(pet[:20]) + gzip_of(pet[20:]), **{"Content-Encoding": "gzip"}),  # two members
              json_reply(deflate.compress(pet) + deflate.flush(), **{"Content-Encoding": "deflate"}),
              json_reply(raw.compress(pet) + raw.flush(), **{"Content-Encoding": "deflate"}))  # no zlib header
    assert [client.transport.get_item().name for _ in range(3)] == ["Rex"] * 3


def test_a_body_that_is_not_what_its_encoding_says(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}, "application/json"))
    with pytest.raises(pkg.ApiException) as caught:
        client.transport.get_item()
    assert caught.value.status == 0 and "DecodeError" in str(caught.value)
    assert len(server.seen()) == 1  # the same would come again


def test_no_limit(client: Client, server: ContractServer) -> None:
    client.configuration.max_response_size = None
    server.on("/responses/binary", Reply(200, BOMB, {"Content-Encoding": "gzip"}, "application/octet-stream"))
    assert client.responses.get_binary() == bytes(16 * MIB)


def test_a_retried_answer_is_not_read_whole(limited: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(503, fault="huge", size=1024 * MIB), json_reply(PET))
    assert limited.transport.get_item().name == "Rex"
    assert len(server.seen()) == 2
    wait_for(lambda: server.zeros_sent)
    assert server.zeros_sent[0] < 64 * MIB  # the connection was dropped, not drained


def wait_for(condition: Any, seconds: float = 5.0) -> None:
    """Until the server has finished what the client walked away from."""
    until = time.monotonic() + seconds
    while not condition() and time.monotonic() < until:
        time.sleep(0.01)


def test_without_preload_content_is_not_limited_sync(pkg: ModuleType, server: ContractServer,
                                                     configuration: Any) -> None:
    body = bytes(range(256)) * 1024
    server.on("/responses/binary", Reply(200, body, content_type="application/octet-stream"))
    configuration.max_response_size = 1024
    with pkg.ApiClient(configuration) as api_client:
        response = pkg.ResponsesApi(api_client).get_binary_without_preload_content()
        assert response.read() == body


def test_without_preload_content_is_not_limited_async(pkg: ModuleType, server: ContractServer,
                                                      configuration: Any) -> None:
    body = bytes(range(256)) * 1024
    server.on("/responses/binary", Reply(200, body, content_type="application/octet-stream"))
    configuration.max_response_size = 1024

    async def run() -> bytes:
        async with pkg.AsyncApiClient(configuration) as api_client:
            response = await pkg.AsyncResponsesApi(api_client).get_binary_without_preload_content()
            try:
                return bytes(await response.aread())
            finally:
                await response.aclose()

    assert asyncio.run(run()) == body


# --------------------------------------------------------------------------- hostile servers: time


TRICKLE = Reply(200, {**PET, "pad": "x" * 200}, fault="trickle", delay=0.05)  # 10+ s, a byte at a time
SLOW_HEADERS = Reply(200, PET, fault="slow headers", delay=0.05)


def timed_out(pkg: ModuleType, call: Any) -> tuple[float, Any]:
    """(seconds the call took, the ApiException it raised)."""
    started = time.monotonic()
    with pytest.raises(pkg.ApiException) as caught:
        call()
    return time.monotonic() - started, caught.value


@pytest.mark.parametrize("reply", [TRICKLE, SLOW_HEADERS], ids=["body", "headers"])
def test_a_number_bounds_the_whole_call(client: Client, server: ContractServer, pkg: ModuleType,
                                        reply: Reply) -> None:
    server.on("/transport/item", reply)
    took, error = timed_out(pkg, lambda: client.transport.get_item(_request_timeout=1))
    assert 0.9 < took < 3.0
    assert type(error) is pkg.ApiException and error.status == 0 and "timed out" in error.reason
    assert len(server.seen()) == 1  # no time left to try again


@pytest.mark.parametrize("reply", [TRICKLE, SLOW_HEADERS], ids=["body", "headers"])
def test_the_read_part_bounds_the_whole_answer(client: Client, server: ContractServer, pkg: ModuleType,
                                               reply: Reply) -> None:
    server.on("/transport/item", reply)
    took, error = timed_out(pkg, lambda: client.transport.get_item(_request_timeout=(2.0, 0.5)))
    assert 0.4 < took < 2.0
    assert error.status == 0 and "timed out" in error.reason and "0.5 s" in error.reason
    assert len(server.seen()) == 1  # a read timeout: the server may have acted on it


def test_the_configured_pair_bounds_a_trickle(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", TRICKLE)
    client.configuration.timeout = (2.0, 0.5)
    took, error = timed_out(pkg, client.transport.get_item)
    assert took < 2.0 and error.status == 0


def test_each_request_of_a_call_gets_the_read_time_anew(client: Client, server: ContractServer) -> None:
    # Four slow answers (a redirect, a 503 to retry, the redirect again, the pet), 0.3 s each:
    # more than 0.8 s in all, within 0.8 s each.
    server.on("/transport/item", Reply(307, headers={"Location": "/landing"}, fault="slow", delay=0.3))
    server.on("/landing", Reply(503, fault="slow", delay=0.3), Reply(200, PET, fault="slow", delay=0.3))
    assert client.transport.get_item(_request_timeout=(2.0, 0.8)).name == "Rex"
    assert [r.path for r in server.seen()] == ["/transport/item", "/landing"] * 2


def test_waits_between_attempts_are_not_read_time(client: Client, server: ContractServer) -> None:
    server.on("/transport/item", Reply(503, headers={"Retry-After": "1"}), json_reply(PET))
    assert client.transport.get_item(_request_timeout=(2.0, 0.5)).name == "Rex"
    assert len(server.seen()) == 2


def test_retries_stop_at_the_deadline(client: Client, server: ContractServer, pkg: ModuleType) -> None:
    server.on("/transport/item", Reply(503, headers={"Retry-After": "1"}), json_reply(PET))
    started = time.monotonic()
    with pytest.raises(pkg.exceptions.ServiceException):  # the answer there was, not a timeout
        client.transport.get_item(_request_timeout=0.5)
    assert time.monotonic() - started < 0.9  # no waiting for a retry that could not be made in time
    assert len(server.seen()) == 1
    assert client.transport.get_item(_request_timeout=5).name == "Rex"  # 1 s fits in 5


def test_a_deadline_ends_with_its_call(client: Client, server: ContractServer) -> None:
    """A call done before its deadline leaves nothing behind to cut the next call short."""
    server.on("/transport/item", Reply(200, PET, fault="slow", delay=0.3), Reply(200, PET, fault="slow", delay=1.0))
    calls = [("TransportApi", "get_item", (), {"_request_timeout": 1.0}), ("TransportApi", "get_item", (), {})]
    assert [pet.name for pet in client.run_many(calls)] == ["Rex", "Rex"]


def test_the_connection_cut_at_a_deadline_is_not_reused(client: Client, server: ContractServer,
                                                        pkg: ModuleType) -> None:
    server.on("/transport/item", TRICKLE, json_reply(PET))
    calls = [("TransportApi", "get_item", (), {"_request_timeout": 0.5}), ("TransportApi", "get_item", (), {})]
    with pytest.raises(pkg.ApiException):
        client.run_many(calls[:1])
    assert [pet.name for pet in client.run_many(calls[1:])] == ["Rex"]


def test_the_async_deadline_is_not_the_callers_cancellation(pkg: ModuleType, server: ContractServer,
                                                            configuration: Any) -> None:
    server.on("/transport/item", TRICKLE)

    async def run() -> str:
        async with pkg.AsyncApiClient(configuration) as api_client:
            api = pkg.AsyncTransportApi(api_client)
            task = asyncio.ensure_future(api.get_item(_request_timeout=5))
            await asyncio.sleep(0.3)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                return "cancelled"
            return "not cancelled"

    assert asyncio.run(run()) == "cancelled"


# --------------------------------------------------------------------------- hostile credentials


@pytest.mark.parametrize("key", ["k; admin=1", "k,admin=1", "k admin", "k\tx", "k\r\nX-Evil: 1", "k\x00", 'k"', "k\\"])
def test_cookie_api_key_that_cannot_be_sent_as_it_is_is_refused(client: Client, server: ContractServer,
                                                                pkg: ModuleType, key: str) -> None:
    client.configuration.api_key["ApiKeyCookie"] = "sekrit" + key
    with pytest.raises(pkg.ApiValueError) as caught:
        client.auth.auth_cookie()
    assert "sekrit" not in full_text(caught.value)
    with pytest.raises(pkg.ApiValueError):
        client.auth.auth_none(_request_auth={"in": "cookie", "key": "ses", "value": key})
    assert server.seen() == []


def test_cookie_api_key_is_sent_byte_for_byte(client: Client, server: ContractServer) -> None:
    client.configuration.api_key["sid"] = "a+b/c=d%2F:!~"
    client.auth.auth_cookie()
    assert server.last().cookies() == ["sid=a+b/c=d%2F:!~"]


@pytest.mark.parametrize("value", ["t\r\nX-Evil: 1", "t\nx", "t\x00", "t\x7f"])
@pytest.mark.parametrize("scheme", ["bearer", "header key"])
def test_header_credentials_with_control_characters_are_refused(client: Client, server: ContractServer,
                                                                pkg: ModuleType, scheme: str, value: str) -> None:
    if scheme == "bearer":
        client.configuration.access_token = "sekrit" + value
        call = client.auth.auth_bearer
    else:
        client.configuration.api_key["ApiKeyHeader"] = "sekrit" + value
        call = client.auth.auth_header
    with pytest.raises(pkg.ApiValueError) as caught:
        call()
    assert "sekrit" not in full_text(caught.value)
    assert server.seen() == []


# --------------------------------------------------------------------------- helpers of the tests


def test_server_records_exactly_what_was_sent(server: ContractServer) -> None:
    """The contract tests trust the server's records: check them with a raw socket."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=2) as sock:
        sock.sendall(b"POST /x/%2E%2E/y?a=%20b HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nContent-Length: 3\r\n"
                     b"Connection: close\r\n\r\nabc")
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 204")
    request: Recorded = server.last()
    assert (request.method, request.target, request.header("x-a"), request.body) == (
        "POST", "/x/%2E%2E/y?a=%20b", "1", b"abc")
    assert request.query_pairs() == [("a", " b")]
