"""One redirect rule for both clients, tried over generated redirect chains against real servers
on 127.0.0.1: credentials reach a hop only while every hop so far stayed on the first origin
(scheme, host name and port as written); every other header always does. A `Location` that is
not an http(s) URL raises the package's ApiException, in both clients.

The expected headers are computed here from the chain itself, not by the runtime's code.
"""

from __future__ import annotations

import asyncio
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
from contract.server import ContractServer, Reply, json_reply
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.emit.write import write_package
from generator.pipeline import generate_files
from generator.runtime import _redirect

SPEC = Path(__file__).with_name("spec.yaml")
PACKAGE = "redirect_client"
PET = {"name": "Rex"}
CREDENTIALS = {"authorization", "cookie", "proxy-authorization", "x-api-key", "x-session"}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("redirects") / PACKAGE
    write_package(root, generate_files(SPEC, PACKAGE)[1])
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))
        for module in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[module]


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[ContractServer, ContractServer]]:
    first, second = ContractServer().start(), ContractServer().start()
    try:
        yield first, second
    finally:
        first.stop()
        second.stop()


# Where each hop goes, from where the chain is: the same URL's origin written relatively or in
# full, the other server's port, the other name of the loopback host, or both.
MOVES = ["relative", "absolute", "other port", "other name", "other port and name"]
SOURCES = ["configured key", "basic", "client cookie", "default header", "call header",
           "call authorization", "request auth"]


def run(pkg: ModuleType, mode: str, url: str, sources: frozenset[str]) -> Any:
    """GET /hop0 (`getItem`, secured by an API key header or basic auth) with these credentials."""
    config = pkg.Configuration(host=url)
    config.retries, config.timeout = 0, (2.0, 5.0)
    if "configured key" in sources:
        config.api_key["ApiKeyHeader"] = "hk"
    if "basic" in sources:
        config.username, config.password = "u", "p"
    kwargs: dict[str, Any] = {"_headers": {"X-Trace": "t1"}}
    if "call header" in sources:
        kwargs["_headers"]["x-api-KEY"] = "ck"
    if "call authorization" in sources:
        kwargs["_headers"]["Authorization"] = "Bearer c"
    if "request auth" in sources:
        kwargs["_request_auth"] = {"in": "header", "key": "X-Session", "value": "rk"}
    client_kwargs = {"cookie": "session=c"} if "client cookie" in sources else {}

    def prepare(api_client: Any) -> Any:
        if "default header" in sources:
            api_client.set_default_header("X-Api-Key", "dk")
        return api_client

    if mode == "sync":
        with pkg.ApiClient(config, **client_kwargs) as api_client:
            return pkg.TransportApi(prepare(api_client)).get_item(**kwargs)

    async def call() -> Any:
        async with pkg.AsyncApiClient(config, **client_kwargs) as api_client:
            return await pkg.AsyncTransportApi(prepare(api_client)).get_item(**kwargs)

    return asyncio.run(call())


@pytest.mark.parametrize("mode", ["sync", "async"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.sampled_from(MOVES), min_size=1, max_size=3),
       statuses=st.lists(st.sampled_from([301, 302, 303, 307, 308]), min_size=3, max_size=3),
       sources=st.frozensets(st.sampled_from(SOURCES), min_size=1))
def test_credentials_follow_a_redirect_chain_only_while_it_stays_on_its_origin(
        pkg: ModuleType, servers: tuple[ContractServer, ContractServer], mode: str,
        moves: list[str], statuses: list[int], sources: frozenset[str]) -> None:
    for each in servers:
        each.reset()
    host, server = "127.0.0.1", servers[0]
    visits = [(server, "/transport/item")]
    origins = [(host, server.port)]
    for hop, move in enumerate(moves, 1):
        if "port" in move:
            server = servers[1] if server is servers[0] else servers[0]
        if "name" in move:
            host = "localhost" if host == "127.0.0.1" else "127.0.0.1"
        path = f"/hop{hop}"
        location = path if move == "relative" else f"http://{host}:{server.port}{path}"
        visits[-1][0].on(visits[-1][1], Reply(statuses[hop - 1], headers={"Location": location}))
        visits.append((server, path))
        origins.append((host, server.port))
    server.on(visits[-1][1], json_reply(PET))

    assert run(pkg, mode, servers[0].url, sources).name == "Rex"

    received = []
    for (at, path) in visits:
        [request] = at.seen(path)
        received.append(request)
    sent = {(k.lower(), v) for k, v in received[0].headers if k.lower() in CREDENTIALS}
    assert sent, "the first request carried credentials"
    for hop, request in enumerate(received):
        credentials = {(k.lower(), v) for k, v in request.headers if k.lower() in CREDENTIALS}
        stayed = all(origin == origins[0] for origin in origins[: hop + 1])
        assert credentials == (sent if stayed else set()), (hop, origins)
        assert request.header("X-Trace") == "t1"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("location", [
    "http://[::1", "http://[::1]:99999/x", "http://127.0.0.1:port/x", "ftp://127.0.0.1/x",
    "javascript:alert(1)", "file:///etc/passwd", "http://a b/x", "//[fe80::1/x", "http://:80/x",
])
def test_a_malformed_location_raises_the_packages_exception(
        pkg: ModuleType, servers: tuple[ContractServer, ContractServer], mode: str, location: str) -> None:
    server = servers[0]
    server.reset()
    server.on("/transport/item", Reply(302, headers={"Location": location}))
    with pytest.raises(pkg.ApiException) as caught:
        run(pkg, mode, server.url, frozenset({"configured key"}))
    assert caught.value.status == 0
    assert len(server.seen()) == 1


ORIGINS = st.tuples(st.sampled_from(["http", "https", "HTTP", "Https"]),
                    st.sampled_from(["api.test", "API.test", "other.test", "127.0.0.1", "[::1]"]),
                    st.sampled_from(["", ":80", ":443", ":8080"]))
NAMES = st.sampled_from(["Authorization", "cookie", "Proxy-Authorization", "X-API-KEY", "x-session",
                         "X-Trace", "Accept", "Content-Type"])


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])  # the same patch each time
@given(first=ORIGINS, second=ORIGINS, status=st.sampled_from([301, 302, 303, 307, 308]),
       method=st.sampled_from(["GET", "POST", "HEAD", "PUT"]), names=st.sets(NAMES),
       relative=st.booleans())
def test_one_rule_over_schemes_hosts_and_ports(monkeypatch: pytest.MonkeyPatch, first: tuple[str, str, str],
                                               second: tuple[str, str, str], status: int, method: str,
                                               names: set[str], relative: bool) -> None:
    monkeypatch.setattr(_redirect, "SECURITY_SCHEMES", (("Key", "api_key", "header", "X-Api-Key"),))
    url = "{}://{}{}/a/b?q=1".format(*first)
    location = "/c" if relative else "{}://{}{}/c".format(*second)
    headers = {name: "v" for name in names}
    hop = _redirect.next_hop(method, url, headers, status, location, ("X-Session",))
    target = urlsplit(hop.url)
    origin = urlsplit(url)
    same = relative or (first[0].lower(), first[1].lower(), first[2]) == (second[0].lower(), second[1].lower(),
                                                                          second[2])
    assert (target.scheme.lower(), target.hostname, target.port) == (
        (origin.scheme.lower(), origin.hostname, origin.port) if relative else
        (second[0].lower(), urlsplit(location).hostname, urlsplit(location).port))
    to_get = status == 303 and method != "HEAD"
    expected = {name for name in names
                if (same or name.lower() not in CREDENTIALS) and not (to_get and name == "Content-Type")}
    assert set(hop.headers) == expected
    assert (hop.method, hop.keeps_body) == (("GET", False) if to_get else (method, True))
