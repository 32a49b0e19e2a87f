"""generator/runtime/rest.py and api_client.py: what reaches urllib3, and how a call goes
through `call_api`, with a pool manager that records instead of sending."""

from __future__ import annotations

import builtins
import importlib
import io
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3

from generator.runtime import _pool
from generator.runtime import configuration as configuration_module
from generator.runtime._model import ApiModel
from generator.runtime._operation import Operation, Param
from generator.runtime.api_client import ApiClient
from generator.runtime.configuration import Configuration
from generator.runtime.exceptions import ApiException, ApiValueError, NotFoundException
from generator.runtime.rest import CallOptions, RESTClientObject, RESTResponse, call_options

HOST = "http://api.test/v1"


class Pet(ApiModel):
    id: int | None = None
    name: str


class Recorder(urllib3.PoolManager):
    """A pool manager that records each request and answers from a list."""

    def __init__(self, *answers: urllib3.HTTPResponse) -> None:  # no pools, no sockets
        self.requests: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        self.answers = list(answers)

    def request(self, *args: Any, **kwargs: Any) -> urllib3.HTTPResponse:  # type: ignore[override]
        self.requests.append((args, kwargs))
        return self.answers.pop(0) if self.answers else urllib3.HTTPResponse(status=200, body=b"")


def answer(status: int = 200, body: bytes = b"", **headers: str) -> urllib3.HTTPResponse:
    """A response whose body is still to be read, as urllib3 returns it without preloading."""
    return urllib3.HTTPResponse(status=status, body=io.BytesIO(body), headers=headers, reason="Because",
                                preload_content=False)


@pytest.fixture
def config() -> Configuration:
    config = Configuration(host=HOST)
    config.retry_backoff = 0.0
    return config


def recording(config: Configuration, *answers: urllib3.HTTPResponse) -> tuple[RESTClientObject, Recorder]:
    client = RESTClientObject(config)
    client.pool_manager = recorder = Recorder(*answers)
    return client, recorder


# --------------------------------------------------------------------------- rest.request


def test_a_json_body_reaches_urllib3_as_openapi_generator_passes_it(config: Configuration) -> None:
    client, pool = recording(config)
    headers = {"Content-Type": "application/json", "Authorization": "Bearer t"}
    client.request("post", HOST + "/pet", headers=headers, body={"name": "é", "n": [1]}, _request_timeout=5)
    client.request("POST", HOST + "/pet", headers=headers, body={"a": 1}, _request_timeout=(1.0, 2.0))
    client.request("POST", HOST + "/pet", headers=headers, body={"a": 1})  # the configured timeout
    (args, kwargs), (_, pair), (_, configured) = pool.requests
    assert args == ("POST", HOST + "/pet")
    # exactly what OpenAPI Generator passes (its own tests compare them): no retries=, no redirect=
    assert set(kwargs) == {"body", "headers", "preload_content", "timeout"}
    assert (kwargs["body"], kwargs["headers"], kwargs["preload_content"]) == (
        json.dumps({"name": "é", "n": [1]}), headers, False)
    # urllib3.Timeout(total=5) and Timeout(connect=1.0, read=2.0), as OpenAPI Generator makes them
    assert str(kwargs["timeout"]) == str(urllib3.Timeout(total=5.0))
    assert str(pair["timeout"]) == str(urllib3.Timeout(connect=1.0, read=2.0))
    assert str(configured["timeout"]) == str(urllib3.Timeout(connect=10.0, read=60.0))


@pytest.mark.parametrize(("headers", "body", "post_params", "expected"), [
    ({}, None, None, {"fields": {}}),  # GET: as OpenAPI Generator asks urllib3
    ({"Content-Type": "application/x-www-form-urlencoded"}, None, [("a", "1")],
     {"fields": [("a", "1")], "encode_multipart": False}),
    ({"Content-Type": "multipart/form-data"}, None, [("a", {"k": 1}), ("f", ("n.txt", b"x", "text/plain"))],
     {"fields": [("a", '{"k": 1}'), ("f", ("n.txt", b"x", "text/plain"))], "encode_multipart": True}),
    ({"Content-Type": "text/plain"}, "words", None, {"body": "words"}),
    ({"Content-Type": "application/octet-stream"}, b"\x00", None, {"body": b"\x00"}),
    ({"Content-Type": "text/plain"}, True, None, {"body": "true"}),
    ({"Content-Type": "application/json"}, b'{"raw": 1}', None, {"body": b'{"raw": 1}'}),
    ({"Content-Type": "application/yaml"}, {"a": 1}, None, {"body": '{"a": 1}'}),
    ({}, None, None, {"body": None}),  # a POST without a body
])
def test_each_kind_of_body(config: Configuration, headers: dict[str, str], body: Any, post_params: Any,
                           expected: dict[str, Any]) -> None:
    config.timeout = None
    client, pool = recording(config)
    method = "GET" if expected == {"fields": {}} else "POST"
    client.request(method, HOST, headers=headers, body=body, post_params=post_params)
    [(_, kwargs)] = pool.requests
    sent_headers = kwargs.pop("headers")
    assert kwargs == {**expected, "preload_content": False, "timeout": None}
    # urllib3 writes a multipart Content-Type itself, with its boundary
    assert sent_headers == ({} if expected.get("encode_multipart") else headers)


def test_bodies_that_cannot_be_sent(config: Configuration) -> None:
    client, pool = recording(config)
    with pytest.raises(ApiValueError, match="post_params"):
        client.request("POST", HOST, headers={}, body={"a": 1}, post_params=[("b", "2")])
    with pytest.raises(ApiException, match="application/xml") as caught:
        client.request("POST", HOST, headers={"Content-Type": "application/xml"}, body={"a": 1})
    assert caught.value.status == 0 and pool.requests == []


def test_the_body_is_read_unless_the_call_says_not_to(config: Configuration) -> None:
    preloaded = urllib3.HTTPResponse(status=200, body=b"body")  # a stand-in's answer, read already
    client, _ = recording(config, preloaded, answer(200, b"body"), answer(200, b"body"))
    assert client.request("GET", HOST).data == b"body"
    read = client.request("GET", HOST)
    assert (read.status, read.reason, read.data, read.read()) == (200, "Because", b"body", b"body")
    with call_options(CallOptions(preload_content=False)):
        unread = client.request("GET", HOST)
    assert unread.data is None and unread.read() == b"body" and unread.data == b"body"
    assert isinstance(unread.response, urllib3.HTTPResponse)


def test_a_body_over_max_response_size(config: Configuration) -> None:
    config.max_response_size = 3
    client, _ = recording(config, answer(200, b"four"))
    with pytest.raises(ApiException, match="max_response_size"):
        client.request("GET", HOST)


def test_the_calls_idempotent_flag_allows_retrying_a_post(config: Configuration) -> None:
    client, pool = recording(config, answer(503), answer(503), answer(200, b"ok"), answer(503))
    assert client.request("POST", HOST, body={"a": 1}).status == 503  # a POST is not retried
    with call_options(CallOptions(idempotent=True)):
        assert client.request("POST", HOST, body={"a": 1}).read() == b"ok"
    assert len(pool.requests) == 3
    config.retries = urllib3.Retry(total=0)  # OpenAPI Generator's Retry object: its total
    assert client.request("GET", HOST).status == 503


def test_urllib3_retries_nothing_and_follows_no_redirect() -> None:
    policy = RESTClientObject(Configuration(host=HOST)).pool_manager.connection_pool_kw["retries"]
    assert isinstance(policy, urllib3.Retry)
    assert (policy.connect, policy.read, policy.status, policy.redirect) == (0, 0, 0, 0)
    import http.server
    import threading

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:  # the manager itself answers the 302 as it came: rest.py alone follows redirects
        url = f"http://127.0.0.1:{server.server_address[1]}/here"
        response = RESTClientObject(Configuration(host=HOST)).pool_manager.request("GET", url)
        assert (response.status, response.headers["Location"]) == (302, "/elsewhere")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_pool_options_from_the_configuration() -> None:
    config = Configuration(host=HOST, ca_cert_data="PEM", assert_hostname=False, tls_server_name="sni",
                           connection_pool_maxsize=7, socket_options=[])
    options = RESTClientObject(config).pool_manager.connection_pool_kw
    assert (options["ca_cert_data"], options["assert_hostname"], options["server_hostname"], options["maxsize"],
            options["socket_options"]) == ("PEM", False, "sni", 7, [])
    proxied = RESTClientObject(Configuration(host=HOST, proxy="http://proxy:3128", proxy_headers={"X-P": "1"}))
    assert isinstance(proxied.pool_manager, urllib3.ProxyManager)
    assert proxied.pool_manager.proxy_headers == {"X-P": "1"}


# --------------------------------------------------------------------------- ApiClient.call through call_api


GET_PET = Operation("GET", "/pets/{id}", params=(Param("id", "path"),), accepts=("application/xml", "application/json"),
                    returns={"200": Pet, "404": Pet}, name="get_pet")


class Answer:
    def __init__(self, status: int, data: bytes, headers: dict[str, str]) -> None:
        self.status, self.data, self.headers = status, data, headers


def test_call_goes_through_call_api_and_decodes_what_it_returns(config: Configuration,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, ...]] = []
    answers = [Answer(200, b'{"name": "Rex"}', {}), Answer(404, b'{"name": "gone"}', {"content-type": "x/y"})]

    def call_api(self: ApiClient, *args: Any, **kwargs: Any) -> Answer:
        calls.append((*args, kwargs))
        return answers.pop(0)

    monkeypatch.setattr(ApiClient, "call_api", call_api)
    client = ApiClient(config)
    assert client.call(GET_PET, (7,), {"_request_timeout": 3}).data == Pet(name="Rex")
    assert calls == [("GET", f"{HOST}/pets/7", {"User-Agent": "OpenAPI-Generator/0.0.0/python",
                                                 "Accept": "application/json"}, None, [], {"_request_timeout": 3})]
    with pytest.raises(NotFoundException) as caught:
        client.call(GET_PET, (7,), {})
    assert calls[-1][-1] == {"_request_timeout": None}  # as the caller gave it
    # JSON under another media type is still read
    assert caught.value.data == Pet(name="gone") and caught.value.body == '{"name": "gone"}'
    assert client.serialize(GET_PET, (8,), {"_headers": {"Accept": "text/plain"}}) == (
        "GET", f"{HOST}/pets/8", {"User-Agent": "OpenAPI-Generator/0.0.0/python", "Accept": "text/plain"}, None, [])


def test_call_raw_returns_urllib3s_response_unread(config: Configuration) -> None:
    client = ApiClient(config)
    client.rest_client.pool_manager = pool = Recorder(answer(200, b'{"name": "Rex"}'))
    response = client.call_raw(GET_PET, (1,), {})
    assert isinstance(response, urllib3.HTTPResponse) and response.read() == b'{"name": "Rex"}'
    assert pool.requests[0][1]["preload_content"] is False


def test_call_options_reach_rest_request(config: Configuration, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[CallOptions | None] = []
    monkeypatch.setattr(RESTClientObject, "request", lambda self, *a, **k: seen.append(_pool._CALL.get())
                        or RESTResponse(answer(200)))
    monkeypatch.setattr(configuration_module, "SECURITY_SCHEMES", (("Key", "api_key", "header", "X-Key"),))
    op = Operation("POST", "/p", auth=("Key",))
    client = ApiClient(config)
    config.api_key["Key"] = "k"
    client.call(op, (), {"_idempotent": True})
    client.call_raw(op, (), {"_request_auth": {"in": "header", "key": "X-Session", "value": "s"}})
    assert seen == [CallOptions(True, ("X-Key",), True), CallOptions(False, ("X-Session",), False)]
    assert _pool._CALL.get() is None  # set only around the call


def test_the_client_as_openapi_generators() -> None:
    client = ApiClient(Configuration(host=HOST))
    assert client.user_agent == "OpenAPI-Generator/0.0.0/python"
    assert client.client_side_validation is True
    assert (ApiClient.PRIMITIVE_TYPES, ApiClient.NATIVE_TYPES_MAPPING["decimal"].__name__) == (
        (float, bool, bytes, str, int), "Decimal")


# --------------------------------------------------------------------------- the async client's extra


@pytest.fixture
def without_httpx(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real_import = builtins.__import__

    def refuse(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "httpx" or name.startswith("httpx."):
            raise ModuleNotFoundError("No module named 'httpx'", name="httpx")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    monkeypatch.delitem(sys.modules, "generator.runtime.async_api_client", raising=False)
    yield
    sys.modules.pop("generator.runtime.async_api_client", None)


@pytest.mark.usefixtures("without_httpx")
def test_the_async_client_without_httpx_names_the_extra() -> None:
    with pytest.raises(ImportError, match=r'pip install "apigen-runtime\[async\]"') as caught:
        importlib.import_module("generator.runtime.async_api_client")
    assert caught.value.name == "httpx"


def test_str_of_an_error_shows_the_body_as_sent_cut_short() -> None:
    from generator.runtime.exceptions import ApiException

    class Model:
        def __repr__(self) -> str:
            return "Model(repr)"

    short = ApiException(status=400, reason="Bad Request", body='{"message": "no"}', data=Model())
    assert 'HTTP response body: {"message": "no"}' in str(short) and "Model(repr)" not in str(short)
    long = ApiException(status=500, reason="Error", body="x" * 10_000)
    assert len(str(long)) < 2_200 and "(10000 characters)" in str(long)
    assert "HTTP response body: Model(repr)" in str(ApiException(status=400, data=Model()))
