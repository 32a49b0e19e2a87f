"""generator/runtime/_compat.py and _deserialize.py: ApiClient's OpenAPI Generator methods."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import sys
import types
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pydantic import BaseModel, SecretStr

from generator.runtime import configuration as configuration_module
from generator.runtime._deserialize import parse_type
from generator.runtime._model import ApiModel
from generator.runtime.api_client import ApiClient
from generator.runtime.api_response import ApiResponse
from generator.runtime.configuration import Configuration
from generator.runtime.exceptions import ApiException, ApiValueError, NotFoundException

HOST = "http://api.test/v1"


class Status(str, enum.Enum):
    AVAILABLE = "available"
    SOLD = "sold"


class Level(int, enum.Enum):
    LOW = 0
    HIGH = 1


class Tag(ApiModel):
    id: int | None = None
    name: str | None = None


class Pet(ApiModel):
    id: int | None = None
    name: str
    status: Status | None = None
    tags: list[Tag] | None = None
    born: datetime.date | None = None
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})


@pytest.fixture
def models(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The package's `models` module, as a generated package has it."""
    module = types.ModuleType("generator.runtime.models")
    module.Pet, module.Tag, module.Status = Pet, Tag, Status  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "generator.runtime.models", module)
    yield


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[ApiClient]:
    monkeypatch.setattr(configuration_module, "SECURITY_SCHEMES", (
        ("KeyHeader", "api_key", "header", "X-API-Key"), ("KeyQuery", "api_key", "query", "key"),
        ("KeyCookie", "api_key", "cookie", "sid"), ("OAuth", "oauth2", "", ""),
    ))
    with ApiClient(Configuration(host=HOST)) as api_client:
        yield api_client


# --------------------------------------------------------------------------- param_serialize


def test_param_serialize_builds_what_call_api_takes(client: ApiClient) -> None:
    client.configuration.access_token = "tok"
    client.cookie = "pref=1"
    method, url, headers, body, post_params = client.param_serialize(
        "POST", "/pets/{petId}/{name}",
        path_params={"petId": 5, "name": "a b/c"},
        query_params=[("tags", ["x", "y"]), ("flag", True), ("q", "1+1")],
        header_params={"User-Agent": "caller", "X-Ids": [1, 2]},
        body=Pet(name="Rex", status=Status.SOLD, tags=[Tag(id=1)]),
        auth_settings=["OAuth", "unconfigured"],
        collection_formats={"tags": "multi", "X-Ids": "csv"},
    )
    assert (method, post_params) == ("POST", [])
    assert url == f"{HOST}/pets/5/a%20b%2Fc?tags=x&tags=y&flag=true&q=1%2B1"
    # the client's default headers win over the caller's, as in OpenAPI Generator
    assert headers == {"User-Agent": client.user_agent, "X-Ids": "1,2", "Cookie": "pref=1",
                       "Authorization": "Bearer tok"}
    assert body == {"name": "Rex", "status": "sold", "tags": [{"id": 1}]}


def test_param_serialize_hosts_forms_and_files(client: ApiClient, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"png")
    client.configuration.safe_chars_for_path_param = "/"
    _, url, _, body, post_params = client.param_serialize(
        "POST", "/files/{path}", path_params={"path": "a/b"}, post_params={"note": "n", "n": 3},
        files={"file": str(photo), "raw": b"\x00", "many": [("x.csv", b"1,2"), b"z"]},
        _host="https://other.test/v2",
    )
    assert (url, body) == ("https://other.test/v2/files/a/b", None)
    assert post_params == [("note", "n"), ("n", 3), ("file", ("photo.png", b"png", "image/png")),
                           ("raw", ("raw", b"\x00", "application/octet-stream")),
                           ("many", ("x.csv", b"1,2", "text/csv")),
                           ("many", ("many", b"z", "application/octet-stream"))]
    client.configuration.ignore_operation_servers = True
    assert client.param_serialize("GET", "/x", _host="https://other.test")[1] == f"{HOST}/x"


def test_param_serialize_refuses_header_line_breaks(client: ApiClient) -> None:
    with pytest.raises(ApiValueError):
        client.param_serialize("GET", "/x", header_params={"X-A": "a\r\nX-Evil: 1"})


# --------------------------------------------------------------------------- authentication


def test_update_params_for_auth(client: ApiClient) -> None:
    config = client.configuration
    config.api_key.update({"KeyHeader": "hk", "KeyQuery": "qk", "KeyCookie": "ck"})
    config.api_key_prefix["KeyHeader"] = "PREFIX"
    headers: dict[str, Any] = {"test1": "value1", "Cookie": "a=1"}
    queries: list[tuple[str, str]] = []
    client.update_params_for_auth(headers, queries, ["KeyHeader", "KeyQuery", "KeyCookie", "unknown"],
                                  None, None, None)
    assert headers == {"test1": "value1", "X-API-Key": "PREFIX hk", "Cookie": "a=1; sid=ck"}
    assert queries == [("key", "qk")]
    client.update_params_for_auth(headers, queries, [], None, None, None)  # no schemes: nothing
    client.update_params_for_auth(headers, queries, ["KeyHeader"], "/x", "GET", None,
                                  request_auth={"in": "header", "key": "X-Other", "value": "v", "type": "api_key"})
    assert headers["X-Other"] == "v"
    with pytest.raises(ApiValueError, match="must be in"):
        client.update_params_for_auth({}, [], ["x"], None, None, None,
                                      request_auth={"in": "body", "key": "k", "value": "v"})
    with pytest.raises(NotImplementedError, match="not supported"):
        client.update_params_for_auth({}, [], ["x"], None, None, None,
                                      request_auth={"in": "header", "key": "Authorization", "value": None,
                                                    "type": "http-signature"})
    with pytest.raises(ApiValueError):  # a credential that would end the header
        client.update_params_for_auth({}, [], ["x"], None, None, None,
                                      request_auth={"in": "header", "key": "A", "value": "v\r\nX: 1"})


# --------------------------------------------------------------------------- parameters


def test_parameters_to_tuples() -> None:
    client = ApiClient(Configuration(host=HOST))
    params = {"multi": [1, True], "csv": ["a", "b"], "ssv": [1, 2], "tsv": [1, 2], "pipes": [False, 2],
              "plain": [1, 2], "flag": False}
    formats = {"multi": "multi", "csv": "csv", "ssv": "ssv", "tsv": "tsv", "pipes": "pipes"}
    assert client.parameters_to_tuples(params, formats) == [
        ("multi", 1), ("multi", "true"), ("csv", "a,b"), ("ssv", "1 2"), ("tsv", "1\t2"), ("pipes", "false|2"),
        ("plain", [1, 2]), ("flag", "false"),
    ]


def test_parameters_to_url_query() -> None:
    client = ApiClient(Configuration(host=HOST))
    assert client.parameters_to_url_query([("value", {"a": 1, "b": [True]})], {}) == (
        "value=%7B%22a%22%3A%201%2C%20%22b%22%3A%20%5Btrue%5D%7D")
    assert client.parameters_to_url_query([("boolean", True), ("n", 1.5)], None) == "boolean=true&n=1.5"
    assert client.parameters_to_url_query(params=[("list", [1, 2, 3])], collection_formats={"list": "multi"}) == (
        "list=1&list=2&list=3")
    assert client.parameters_to_url_query([("l", ["a b", "c/d", True])], {"l": "pipes"}) == "l=a%20b|c/d|true"
    assert client.parameters_to_url_query({"a&b": "x=y"}, {}) == "a%26b=x%3Dy"
    encoded = client.parameters_to_url_query([("list", [" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"])], {"list": "multi"})
    assert encoded == "list=%20%21%22%23%24%25%26%27%28%29%2A%2B%2C-./%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D~"


def test_explode_query_object() -> None:
    client = ApiClient(Configuration(host=HOST))
    assert client.explode_query_object("filter", {"a": 1, "b": [1, 2], "c": None}) == [("a", 1), ("b", 1), ("b", 2)]
    assert client.explode_query_object("filter", Tag(id=3)) == [("id", 3)]
    assert client.explode_query_object("q", 5) == [("q", 5)]


def test_select_header_accept_and_content_type() -> None:
    client = ApiClient(Configuration(host=HOST))
    for select in (client.select_header_accept, client.select_header_content_type):
        assert select(["APPLICATION/XML", "APPLICATION/JSON"]) == "APPLICATION/JSON"
        assert select(["application/xml", "application/json-patch+json"]) == "application/json-patch+json"
        assert select(["application/xml", "application/json;format=flowed"]) == "application/json;format=flowed"
        assert select(["text/plain", "application/xml"]) == "text/plain"
        assert select([]) is None


# --------------------------------------------------------------------------- sanitize_for_serialization


def test_sanitize_for_serialization_in_openapi_generators_order() -> None:
    class Login(BaseModel):  # a model of no generated package: its __dict__
        username: str
        password: SecretStr

    client = ApiClient(Configuration(host=HOST))
    sanitize = client.sanitize_for_serialization
    assert [sanitize(v) for v in (None, "s", 1, 1.5, True, b"raw")] == [None, "s", 1, 1.5, True, b"raw"]
    result = sanitize([Level.HIGH, Status.SOLD])
    assert result == [1, "sold"] and type(result[0]) is int and type(result[1]) is str
    assert sanitize(SecretStr("pw")) == "pw"
    assert sanitize(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    assert sanitize(datetime.date(1997, 7, 16)) == "1997-07-16"
    assert sanitize(datetime.datetime(1997, 7, 16, 19, 20, 30, 450000, tzinfo=datetime.timezone(
        datetime.timedelta(hours=1)))) == "1997-07-16T19:20:30.450000+01:00"
    assert sanitize(decimal.Decimal("1.0")) == "1.0"
    assert sanitize((1, Level.LOW)) == (1, 0)
    assert sanitize({"k": [datetime.date(2020, 1, 2)]}) == {"k": ["2020-01-02"]}
    assert sanitize(Login(username="admin", password=SecretStr("secret"))) == {"username": "admin",
                                                                               "password": "secret"}
    pet = Pet(id=1, name="Rex", status=Status.SOLD, tags=[Tag(id=2, name="t")], born=datetime.date(2020, 1, 2))
    assert sanitize(pet) == {"id": 1, "name": "Rex", "status": "sold", "tags": [{"id": 2, "name": "t"}],
                             "born": "2020-01-02"}
    assert json.dumps(sanitize([pet])) == json.dumps([sanitize(pet)])


# --------------------------------------------------------------------------- deserialize


@pytest.mark.usefixtures("models")
def test_deserialize_type_strings() -> None:
    client = ApiClient(Configuration(host=HOST))
    pet = {"id": 1, "name": "Rex", "status": "sold", "tags": [{"id": 2}]}
    data = json.dumps({"a": pet})
    result = client.deserialize(data, "Dict[str, Pet]", "application/json")
    assert result == {"a": Pet(id=1, name="Rex", status=Status.SOLD, tags=[Tag(id=2)])}
    assert client.deserialize(json.dumps([[pet]]), "List[List[Pet]]", "application/json")[0][0].tags[0].id == 2
    assert client.deserialize('{"a": {"b": 1}}', "Dict[str, Dict[str, int]]", "application/json") == {"a": {"b": 1}}
    assert client.deserialize('[["x"]]', "list[list[str]]", "application/json") == [["x"]]
    assert client.deserialize('"sold"', "Status", "application/json") is Status.SOLD
    assert client.deserialize('"1997-07-16"', "date", "application/json") == datetime.date(1997, 7, 16)
    assert client.deserialize('"1997-07-16T19:20:30Z"', "date", None) == datetime.date(1997, 7, 16)
    assert client.deserialize('"1997-07-16T19:20:30.45+01:00"', "datetime", "application/json") == (
        datetime.datetime(1997, 7, 16, 19, 20, 30, 450000, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    # from the float JSON gives, as OpenAPI Generator builds it
    assert client.deserialize("1.1", "decimal", "application/json") == decimal.Decimal(1.1)  # noqa: RUF032
    assert client.deserialize('"00000000-0000-0000-0000-000000000001"', "UUID", None) == uuid.UUID(int=1)
    assert client.deserialize("null", "datetime", "application/json") is None
    assert client.deserialize('{"x": [1]}', "object", "application/json") == {"x": [1]}
    assert client.deserialize("1", "str", "application/json") == "1"  # primitives by their class
    assert client.deserialize("1", "Optional[int]", "application/json") == 1
    assert client.deserialize('"7"', "Union[int, str]", "application/json") == 7


@pytest.mark.parametrize(("text", "content_type", "expected"), [
    ('{"a": "a"}', "application/json", {"a": "a"}),
    ('{"a": "a"}', "application/vnd.api+json; charset=utf-8", {"a": "a"}),
    ('{"a": "a"}', "APPLICATION/JSON", {"a": "a"}),
    ('{"a": "a"}', "text/plain", '{"a": "a"}'),
    ('{"a": "a"}', "text/csv", '{"a": "a"}'),
    ('{"a": "a"}', None, {"a": "a"}),
    ("not json", None, "not json"),
    ("", "application/json", ""),
])
def test_deserialize_by_content_type(text: str, content_type: str | None, expected: Any) -> None:
    client = ApiClient(Configuration(host=HOST))
    kind = "str" if isinstance(expected, str) else "Dict[str, str]"
    assert client.deserialize(text, kind, content_type) == expected


@pytest.mark.parametrize("content_type", ["text", "text/n0t-exist!ng", "application/jsonnnnn", "application/<+json",
                                          "application/xml"])
def test_deserialize_refuses_other_content_types(content_type: str) -> None:
    with pytest.raises(ApiException, match="Unsupported content type"):
        ApiClient(Configuration(host=HOST)).deserialize("{}", "object", content_type)


@pytest.mark.usefixtures("models")
@pytest.mark.parametrize(("kind", "data"), [("date", '"not a date"'), ("datetime", '"32/13/2020"'),
                                            ("Status", '"lost"'), ("List[str]", '{"a": 1}')])
def test_deserialize_values_that_do_not_fit(kind: str, data: str) -> None:
    with pytest.raises(ApiException) as caught:
        ApiClient(Configuration(host=HOST)).deserialize(data, kind, "application/json")
    assert caught.value.status == 0 and "Failed to parse" in str(caught.value.reason)


@pytest.mark.parametrize("kind", ["__import__('os').system('x')", "List[", "Dict[str, int", "List[]]", "Pet]",
                                  "Nope", "os.path", "List" + "[List" * 100 + "[int" + "]" * 101])
def test_type_strings_are_parsed_never_evaluated(kind: str) -> None:
    with pytest.raises(ApiValueError):
        ApiClient(Configuration(host=HOST)).deserialize("[1]", kind, "application/json")


def test_parse_type() -> None:
    assert parse_type(" Dict[str,  List[Pet]] ") == ("Dict", (("str", ()), ("List", (("Pet", ()),))))


# --------------------------------------------------------------------------- response_deserialize


class Answer:
    """What `call_api` may return: status, headers and the body bytes."""

    def __init__(self, status: int, data: bytes | None, headers: dict[str, str] | None = None) -> None:
        self.status, self.data, self.headers, self.reason = status, data, headers or {}, "Reason"


@pytest.mark.usefixtures("models")
def test_response_deserialize() -> None:
    client = ApiClient(Configuration(host=HOST))
    pet = json.dumps({"name": "Rex"}).encode()
    response = client.response_deserialize(Answer(200, pet, {"content-type": "application/json"}),
                                            {"200": "Pet", "404": None})
    assert isinstance(response, ApiResponse)
    assert (response.status_code, response.data, response.raw_data) == (200, Pet(name="Rex"), pet)
    assert client.response_deserialize(Answer(201, pet), {"2XX": "Pet"}).data == Pet(name="Rex")
    assert client.response_deserialize(Answer(203, pet), {"default": "Pet"}).data == Pet(name="Rex")
    assert client.response_deserialize(Answer(200, b"\x00\xff"), {"200": "bytearray"}).data == b"\x00\xff"
    assert client.response_deserialize(Answer(204, b""), {"204": None}).data is None
    latin = Answer(200, "é".encode("latin-1"), {"content-type": "text/plain; charset=latin-1"})
    assert client.response_deserialize(latin, {"200": "str"}).data == "é"
    with pytest.raises(NotFoundException) as caught:
        client.response_deserialize(Answer(404, b'{"name": "gone"}'), {"404": "Pet"})
    assert (caught.value.status, caught.value.data, caught.value.body) == (404, Pet(name="gone"), '{"name": "gone"}')
    with pytest.raises(ApiException) as failed:  # an error status raises even when its body does not decode
        client.response_deserialize(Answer(500, b"<html>"), {"500": "Pet"})
    assert failed.value.status == 500
    with pytest.raises(ApiValueError, match="read"):
        client.response_deserialize(Answer(200, None), {})


def test_response_deserialize_to_a_file(tmp_path: Path) -> None:
    client = ApiClient(Configuration(host=HOST))
    client.configuration.temp_folder_path = str(tmp_path)
    named = Answer(200, b"content", {"Content-Disposition": 'attachment; filename="../../report.csv"'})
    path = client.response_deserialize(named, {"200": "file"}).data
    assert path == str(tmp_path / "report.csv") and Path(path).read_bytes() == b"content"
    unnamed = client.response_deserialize(Answer(200, b"x"), {"200": "file"}).data
    assert Path(unnamed).parent == tmp_path and Path(unnamed).read_bytes() == b"x"
