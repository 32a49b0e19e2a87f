"""generator/runtime/_request.py: an operation and its arguments to URL, headers and body bytes."""

from __future__ import annotations

import datetime
import email.parser
import email.policy
import io
import json
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlsplit

import pytest
from pydantic import ValidationError

from generator.runtime import configuration as configuration_module
from generator.runtime._model import ApiModel
from generator.runtime._operation import Operation, Param
from generator.runtime._request import PreparedRequest, prepare
from generator.runtime._wire import encode
from generator.runtime.configuration import Configuration
from generator.runtime.exceptions import ApiTypeError, ApiValueError

HOST = "http://api.test/v1"


class Filter(ApiModel):
    name: str | None = None
    min_age: int | None = None
    vaccinated: bool | None = None


class Pet(ApiModel):
    id: int | None = None
    name: str
    born: datetime.date | None = None
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})


@pytest.fixture
def config() -> Configuration:
    return Configuration(host=HOST)


def call(config: Configuration, operation: Operation[Any], *args: Any, cookie: str | None = None,
         default_headers: dict[str, str] | None = None, **options: Any) -> PreparedRequest:
    return prepare(config, default_headers or {}, cookie, operation, args, options)


def query_of(request: PreparedRequest) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(request.url).query, keep_blank_values=True)


def wire(request: PreparedRequest) -> tuple[bytes | None, dict[str, str]]:
    """The body bytes and headers the request goes out with."""
    return encode(request.method, request.headers, request.body, request.post_params)


# --------------------------------------------------------------------------- parameters


@pytest.mark.parametrize(("value", "segment"), [
    ("a/b", "a%2Fb"), ("..", "%2E%2E"), (".", "%2E"), ("../x", "..%2Fx"), ("a b", "a%20b"), ("é", "%C3%A9"),
    ("a?b#c", "a%3Fb%23c"), (7, "7"), (True, "true"), (datetime.date(2024, 1, 2), "2024-01-02"),
])
def test_path_parameters(config: Configuration, value: Any, segment: str) -> None:
    op: Operation[None] = Operation("GET", "/pets/{petId}/x", params=(Param("pet_id", "path", "petId"),))
    request = call(config, op, value)
    assert request.url == f"{HOST}/pets/{segment}/x"
    assert (request.method, request.body) == ("GET", None)


def test_safe_chars_for_path_params(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/files/{path}", params=(Param("path", "path"),))
    config.safe_chars_for_path_param = "/"
    assert call(config, op, "a/b c").url == f"{HOST}/files/a/b%20c"


QUERY = Operation("GET", "/q", params=(
    Param("tags", "query"),
    Param("ids", "query", explode=False),
    Param("words", "query", style="spaceDelimited", explode=False),
    Param("codes", "query", style="pipeDelimited", explode=False),
    Param("filter", "query", style="deepObject"),
    Param("flat", "query"),
    Param("packed", "query", explode=False),
    Param("since", "query"),
    Param("q", "query"),
))


def test_query_parameters_in_every_style(config: Configuration) -> None:
    since = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    request = call(config, QUERY, ["red", "a&b"], [1, 2], ["big", "dog"], ["a", "b"],
                   Filter(name="rex", min_age=2, vaccinated=True), {"name": "x", "skip": None},
                   Filter(name="y", vaccinated=False), since, "1+1=2")
    assert query_of(request) == [
        ("tags", "red"), ("tags", "a&b"),
        ("ids", "1,2"),
        ("words", "big dog"),
        ("codes", "a|b"),
        ("filter[name]", "rex"), ("filter[min_age]", "2"), ("filter[vaccinated]", "true"),
        ("name", "x"),
        ("packed", "name,y,vaccinated,false"),
        ("since", "2024-01-02T03:04:05+00:00"),
        ("q", "1+1=2"),
    ]
    query = urlsplit(request.url).query
    assert "words=big%20dog" in query and "ids=1,2" in query and "codes=a%7Cb" in query and "q=1%2B1%3D2" in query


def test_query_parameters_given_as_none_are_left_out(config: Configuration) -> None:
    assert call(config, QUERY, None, None, None, None, None, None, None, None, "x").url == f"{HOST}/q?q=x"
    assert call(config, QUERY).url == f"{HOST}/q"


HEADERS = Operation("GET", "/h", params=(Param("trace", "header", "X-Trace"), Param("ids", "header", "X-Ids"),
                                         Param("flag", "header", "X-Flag")))


def test_header_parameters(config: Configuration) -> None:
    request = call(config, HEADERS, "abc\t1", [1, 2], False, default_headers={"User-Agent": "me"})
    assert request.headers == {"User-Agent": "me", "X-Trace": "abc\t1", "X-Ids": "1,2", "X-Flag": "false"}


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "a\nb", "a\rb", "a\x00b", "a\x1fb", "a\x7fb"])
def test_header_values_that_could_end_the_header_are_refused(config: Configuration, value: str) -> None:
    with pytest.raises(ApiValueError, match="X-Trace"):
        call(config, HEADERS, value)
    with pytest.raises(ApiValueError):
        call(config, HEADERS, None, [1, value])
    with pytest.raises(ApiValueError):
        call(config, HEADERS, _headers={"X-Extra": value})


@pytest.mark.parametrize("name", ["X-Bad\r\nName", "X Bad", "X:Bad", "", "X\x00"])
def test_header_names_that_are_not_names_are_refused(config: Configuration, name: str) -> None:
    with pytest.raises(ApiValueError):
        call(config, HEADERS, _headers={name: "v"})


def test_extra_headers_replace_any_of_the_same_name(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/h", accepts=("application/json",))
    request = call(config, op, default_headers={"User-Agent": "me/1"},
                   _headers={"user-agent": "mine/2", "ACCEPT": "text/plain", "X-N": 3})
    assert request.headers == {"user-agent": "mine/2", "ACCEPT": "text/plain", "X-N": "3"}


def test_accept_comes_from_the_operation(config: Configuration) -> None:
    # One media type, as OpenAPI Generator asks: the first JSON one, else the first.
    op: Operation[None] = Operation("GET", "/h", accepts=("application/xml", "application/json", "text/plain"))
    assert call(config, op).headers == {"Accept": "application/json"}
    assert call(config, op, default_headers={"accept": "x/y"}).headers == {"accept": "x/y"}
    text: Operation[None] = Operation("GET", "/h", accepts=("text/plain", "application/xml"))
    assert call(config, text).headers == {"Accept": "text/plain"}


def test_cookie_parameters_are_percent_encoded_after_the_clients_cookie(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/c", params=(Param("session", "cookie"), Param("visits", "cookie")))
    request = call(config, op, "a b;c=d", 3, cookie="pref=dark")
    assert request.headers["Cookie"] == "pref=dark; session=a%20b%3Bc%3Dd; visits=3"


def test_the_clients_cookie_may_not_break_the_header(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/c")
    with pytest.raises(ApiValueError):
        call(config, op, cookie="a=1\r\nX-Evil: 1")


def test_a_required_argument_given_as_none_is_refused(config: Configuration) -> None:
    op: Operation[None] = Operation("POST", "/p", params=(Param("q", "query", required=True), Param("body", "body")))
    with pytest.raises(ApiValueError, match="required argument 'q' is None"):
        call(config, op, None, {"a": 1})
    path_op: Operation[None] = Operation("GET", "/p/{id}", params=(Param("id", "path"),))
    assert path_op.params[0].required  # path parameters always are
    with pytest.raises(ApiValueError, match="'id'"):
        call(config, path_op, None)


def test_an_unknown_option_is_refused(config: Configuration) -> None:
    with pytest.raises(ApiTypeError, match="_bogus"):
        call(config, Operation("GET", "/"), _bogus=1)


def test_without_servers_of_its_own_an_operation_calls_the_configured_host(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/x", name="get_x")
    assert call(config, op).url == f"{HOST}/x"
    assert call(config, op, _host_index=0).url == f"{HOST}/x"
    config.server_index = 0  # the spec's servers are chosen with the configuration, not per call
    assert call(config, op, _host_index=0).url == "http://localhost/x"  # the stand-in package's first


@pytest.mark.parametrize(("index", "error"), [
    (1, "less_than_equal"), (-1, "greater_than_equal"), ("0", "int_type"), (True, "int_type"), (0.0, "int_type"),
])
def test_a_host_index_out_of_range_is_a_validation_error(config: Configuration, index: Any, error: str) -> None:
    with pytest.raises(ValidationError) as caught:
        call(config, Operation("GET", "/x", name="get_x"), _host_index=index)
    assert caught.value.title == "get_x"
    assert [(e["type"], e["loc"]) for e in caught.value.errors()] == [(error, ("_host_index",))]
    with pytest.raises(ValidationError, match="less than or equal to 2"):
        call(config, USERS, _host_index=3)  # three servers: 0 to 2


USERS = Operation("POST", "/user", name="create_user", servers=(
    {"url": "http://localhost/v2", "description": "", "variables": {}},
    {"url": "http://{server}.example.test:{port}/v2/", "description": "with variables", "variables": {
        "server": {"description": "", "default_value": "api", "enum_values": ["api", "qa"]},
        "port": {"description": "", "default_value": "80", "enum_values": []},
    }},
    {"url": "https://third.test", "description": "", "variables": {}},
))


def test_host_index_picks_one_of_the_operations_servers(config: Configuration) -> None:
    assert call(config, USERS).url == "http://localhost/v2/user"  # the first by default
    assert call(config, USERS, _host_index=2).url == "https://third.test/user"
    assert call(config, USERS, _host_index=1).url == "http://api.example.test:80/v2/user"  # defaults
    config.server_operation_variables["create_user"] = {"server": "qa", "port": "8080"}
    assert call(config, USERS, _host_index=1).url == "http://qa.example.test:8080/v2/user"
    config.server_operation_index["create_user"] = 2  # the default index of this operation
    assert call(config, USERS).url == "https://third.test/user"
    assert call(config, USERS, _host_index=0).url == "http://localhost/v2/user"
    assert call(config, Operation("GET", "/x", name="other")).url == f"{HOST}/x"
    config.server_operation_variables["create_user"] = {"server": "prod"}
    with pytest.raises(ValueError, match="'server' must be one of"):
        call(config, USERS, _host_index=1)


def test_ignore_operation_servers(config: Configuration) -> None:
    config.ignore_operation_servers = True
    assert call(config, USERS).url == call(config, USERS, _host_index=2).url == f"{HOST}/user"
    with pytest.raises(ValidationError):
        call(config, USERS, _host_index=3)  # still checked
    built = Configuration(host=HOST, ignore_operation_servers=True, server_operation_index={"create_user": 1})
    assert (built.ignore_operation_servers, built.server_operation_index) == (True, {"create_user": 1})
    assert call(built, USERS).url == f"{HOST}/user"


def test_request_timeout(config: Configuration) -> None:
    op: Operation[None] = Operation("GET", "/x")
    assert call(config, op).timeout == (10.0, 60.0)
    assert call(config, op, _request_timeout=None).timeout == (10.0, 60.0)  # None: the configured
    config.timeout = 3.0
    assert call(config, op).timeout == 3.0
    assert call(config, op, _request_timeout=(1, 2)).timeout == (1, 2)
    assert call(config, op, _request_timeout=(None, 2)).timeout == (None, 2)
    assert call(config, op, _request_timeout=5).timeout == 5
    config.timeout = None
    assert call(config, op).timeout is None


@pytest.mark.parametrize("timeout", ["1.0", (), (1.0, 1.0, 1.0), 0, -1, (0, 1), True, [1, 2], (1, "2")])
def test_a_request_timeout_that_is_not_seconds_is_a_validation_error(config: Configuration, timeout: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        call(config, Operation("GET", "/x", name="get_x"), _request_timeout=timeout)
    assert caught.value.errors()[0]["loc"] == ("_request_timeout",)
    assert "number of seconds greater than 0" in str(caught.value)


# --------------------------------------------------------------------------- bodies


JSON_BODY = Operation("POST", "/p", params=(Param("pet", "body", required=True),),
                      content_types=("text/plain", "application/json"))


def test_json_body_from_a_model_leaves_read_only_fields_out(config: Configuration) -> None:
    request = call(config, JSON_BODY, Pet(id=1, name="Rex", born=datetime.date(2020, 1, 2)))
    assert request.headers["Content-Type"] == "application/json"  # JSON first, wherever it is listed
    assert request.body == {"name": "Rex", "born": "2020-01-02"}  # JSON-ready: the transport dumps it
    assert json.loads(wire(request)[0] or b"") == {"name": "Rex", "born": "2020-01-02"}


def test_json_body_from_a_dict_is_sent_as_given(config: Configuration) -> None:
    request = call(config, JSON_BODY, {"name": "é", "id": 1, "when": datetime.date(2020, 1, 2)})
    # json.dumps as OpenAPI Generator calls it: ASCII, non-ASCII escaped
    assert wire(request)[0] == b'{"name": "\\u00e9", "id": 1, "when": "2020-01-02"}'


@pytest.mark.parametrize(("content_type", "body", "sent"), [
    ("application/json", "text", b'"text"'),  # a JSON string
    ("application/json", b'{"raw": 1}', b'{"raw": 1}'),  # bytes go as they are
    ("application/merge-patch+json", {"a": None}, b'{"a": null}'),
    ("application/x-ndjson", {"a": 1}, b'{"a": 1}'),  # JSON-like: written here, sent as text
    ("text/plain", True, b"true"),
])
def test_json_and_text_bodies(config: Configuration, content_type: str, body: Any, sent: bytes) -> None:
    request = call(config, JSON_BODY, body, _content_type=content_type)
    assert wire(request) == (sent, {"Content-Type": content_type})


def test_content_type_option(config: Configuration) -> None:
    request = call(config, JSON_BODY, "plain words", _content_type="text/plain")
    assert (request.headers["Content-Type"], request.body) == ("text/plain", "plain words")
    assert wire(request)[0] == b"plain words"


@pytest.mark.parametrize("kind", ["bytes", "bytearray", "file object", "path"])
def test_octet_stream_body(config: Configuration, tmp_path: Path, kind: str) -> None:
    content = b"\x00\xff\r\n"
    source = tmp_path / "blob.bin"
    source.write_bytes(content)
    op: Operation[None] = Operation("PUT", "/o", params=(Param("data", "body"),),
                                    content_types=("application/octet-stream",))
    with open(source, "rb") as handle:
        value = {"bytes": content, "bytearray": bytearray(content), "file object": handle, "path": str(source)}[kind]
        request = call(config, op, value)
    assert (request.headers["Content-Type"], request.body) == ("application/octet-stream", content)


def test_a_body_that_cannot_be_sent_as_its_type(config: Configuration) -> None:
    op: Operation[None] = Operation("POST", "/p", params=(Param("b", "body"),), content_types=("application/xml",))
    with pytest.raises(ApiValueError, match="application/xml"):
        call(config, op, 42)
    assert wire(call(config, op, "<a/>"))[0] == b"<a/>"


FORM = Operation("POST", "/f", params=(Param("name", "form"), Param("tags", "form"), Param("meta", "form"),
                                       Param("file", "file")),
                 content_types=("application/x-www-form-urlencoded",))


def test_form_urlencoded_body(config: Configuration) -> None:
    request = call(config, FORM, "a b&c=d", ["x", "y z"], {"k": "v"})
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    # An object field with no `encoding`: style form, explode true (OAS 3.x Encoding Object),
    # so its members are fields of their own, as RFC 6570's {?meta*} writes them.
    assert request.body is None and request.post_params == [
        ("name", "a b&c=d"), ("tags", "x"), ("tags", "y z"), ("k", "v"),
    ]
    assert parse_qsl((wire(request)[0] or b"").decode("ascii"), strict_parsing=True) == [
        ("name", "a b&c=d"), ("tags", "x"), ("tags", "y z"), ("k", "v"),
    ]


def test_multipart_body(config: Configuration, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"some notes")
    op: Operation[None] = Operation("POST", "/m", params=FORM.params, content_types=("multipart/form-data",))
    request = call(config, op, str(notes), ["a", "b"], None, [("r.csv", b"1,2", "text/csv"), b"raw", notes,
                                                                io.BytesIO(b"io")])
    assert request.headers["Content-Type"] == "multipart/form-data"  # the transport adds the boundary
    body, headers = wire(request)
    content_type = headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    raw = f"Content-Type: {content_type}\r\n\r\n".encode() + (body or b"")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts = [(p.get_param("name", header="content-disposition"), p.get_filename(), p.get_content_type(),
              p.get_payload(decode=True)) for p in message.iter_parts()]
    assert parts == [
        ("name", None, "text/plain", str(notes).encode()),  # a text field naming a file is text
        ("tags", None, "text/plain", b"a"), ("tags", None, "text/plain", b"b"),
        ("file", "r.csv", "text/csv", b"1,2"),
        ("file", "file", "application/octet-stream", b"raw"),
        ("file", "notes.txt", "text/plain", b"some notes"),
        ("file", "file", "application/octet-stream", b"io"),
    ]


def test_a_file_of_an_unknown_kind_is_refused(config: Configuration) -> None:
    op: Operation[None] = Operation("POST", "/m", params=(Param("file", "file"),),
                                    content_types=("multipart/form-data",))
    with pytest.raises(ApiTypeError, match="int"):
        call(config, op, 42)


@pytest.mark.parametrize("method, body", [("DELETE", None), ("GET", None), ("POST", b""), ("PUT", b""),
                                          ("PATCH", b"")])
def test_no_body_still_says_its_content_type(config: Configuration, method: str, body: object) -> None:
    """As OpenAPI Generator: a call without its optional body sends the operation's Content-Type,
    and a POST, PUT or PATCH an empty body, so the transport writes `Content-Length: 0`."""
    op = Operation(method, "/d", content_types=("application/xml", "application/json"))
    request = call(config, op)
    assert (request.body, request.headers.get("Content-Type")) == (body, "application/json")
    assert "Content-Type" not in call(config, Operation(method, "/d")).headers


# --------------------------------------------------------------------------- authentication


SCHEMES = (
    ("KeyHeader", "api_key", "header", "X-API-Key"),
    ("KeyQuery", "api_key", "query", "api_key"),
    ("KeyCookie", "api_key", "cookie", "sid"),
    ("Basic", "http_basic", "", ""),
    ("Bearer", "http_bearer", "", ""),
    ("OAuth", "oauth2", "", ""),
)


@pytest.fixture
def schemes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The security schemes of a spec, as a generated `_package.py` lists them."""
    monkeypatch.setattr(configuration_module, "SECURITY_SCHEMES", SCHEMES)


def secured(*names: str) -> Operation[None]:
    return Operation("GET", "/s", params=(Param("q", "query"),), auth=names)


@pytest.mark.usefixtures("schemes")
def test_each_scheme_goes_where_the_spec_says(config: Configuration) -> None:
    config.api_key.update({"KeyHeader": "hk", "api_key": "q k&", "sid": "a+b/c=%2F"})
    config.api_key_prefix["X-API-Key"] = "Token"
    config.username, config.password = "u", "p:w"
    config.access_token = "tok"
    header = call(config, secured("KeyHeader"))
    assert (header.headers, header.secret_headers) == ({"X-API-Key": "Token hk"}, ("X-API-Key",))
    query = call(config, secured("KeyQuery"), "x")
    assert query_of(query) == [("q", "x"), ("api_key", "q k&")]
    assert query.secret_headers == ()
    cookie = call(config, secured("KeyCookie"), cookie="pref=1")
    assert cookie.headers == {"Cookie": "pref=1; sid=a+b/c=%2F"}  # the key byte for byte: no encoding
    assert cookie.secret_headers == ("Cookie",)
    assert call(config, secured("Basic")).headers == {"Authorization": "Basic dTpwOnc="}
    assert call(config, secured("Bearer")).headers == {"Authorization": "Bearer tok"}
    assert call(config, secured("OAuth")).headers == {"Authorization": "Bearer tok"}
    assert call(config, secured()).headers == {}  # an operation without security sends none


@pytest.mark.usefixtures("schemes")
def test_an_unconfigured_scheme_sends_nothing(config: Configuration) -> None:
    request = call(config, secured("KeyHeader", "Bearer"))
    assert (request.headers, request.secret_headers) == ({}, ())


@pytest.mark.usefixtures("schemes")
def test_request_auth_replaces_the_operations_schemes(config: Configuration) -> None:
    config.api_key["KeyHeader"] = "configured"
    request = call(config, secured("KeyHeader"), _request_auth={"in": "header", "key": "X-Other", "value": "v"})
    assert (request.headers, request.secret_headers) == ({"X-Other": "v"}, ("X-Other",))
    request = call(config, secured("KeyHeader"), _request_auth={"in": "cookie", "key": "ses", "value": "s"})
    assert request.headers == {"Cookie": "ses=s"}


@pytest.mark.usefixtures("schemes")
@pytest.mark.parametrize("bad", [";", ",", " ", "\t", "\r\n", "\x00", '"', "\\", "é"])
def test_a_cookie_key_that_cannot_be_sent_as_it_is_is_refused(config: Configuration, bad: str) -> None:
    config.api_key["KeyCookie"] = f"sekrit{bad}admin=1"
    with pytest.raises(ApiValueError, match="'sid'") as caught:
        call(config, secured("KeyCookie"))
    assert "sekrit" not in str(caught.value)


@pytest.mark.parametrize("name", ["a b", "a;b", "a=b", ""])
def test_a_cookie_name_that_is_not_a_name_is_refused(config: Configuration, name: str) -> None:
    with pytest.raises(ApiValueError):
        call(config, secured(), _request_auth={"in": "cookie", "key": name, "value": "v"})


@pytest.mark.usefixtures("schemes")
@pytest.mark.parametrize("scheme", ["KeyHeader", "Bearer"])
@pytest.mark.parametrize("bad", ["\r\nX-Evil: 1", "\n", "\x00", "\x7f"])
def test_a_header_credential_that_could_end_the_header_is_refused(config: Configuration, scheme: str,
                                                                   bad: str) -> None:
    config.api_key["KeyHeader"] = config.access_token = f"sekrit{bad}"
    with pytest.raises(ApiValueError) as caught:
        call(config, secured(scheme))
    assert "sekrit" not in str(caught.value)
