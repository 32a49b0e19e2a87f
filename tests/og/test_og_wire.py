"""The seeded packages (settings `wire: openapi-generator`) send what OpenAPI Generator 7.x's
python client sends, operation by operation, compared with its requests recorded on a raw socket
(tests/og/wire/<api>.json, made by tests/og/record_wire.py from the same specs and arguments).

Compared: request line (method, path, query), headers by name whatever their order (User-Agent
aside: each client names itself), body bytes. Bodies that differ for a reason that is not the
wire's (model side: OpenAPI Generator writes schema defaults the caller did not set; or its bug
that sends a free-form object as `{}`) are listed in wire/body_differences.txt, each with its
reason; for those the test checks they still differ, and their Content-Length is not compared.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from og import wire_calls

RECORDED = {api: wire_calls.load_recordings(api) for api in wire_calls.SEEDED}
CALLS = [(api, recorded) for api in wire_calls.SEEDED for recorded in RECORDED[api]["calls"]]
# Headers that differ by design: each client names itself; urllib3 adds Accept-Encoding to its
# own requests the same way for both.
IGNORED_HEADERS = {"user-agent"}
BODY_DIFFERENCES = {
    line.split(": ", 1)[0]: line.split(": ", 1)[1]
    for line in (wire_calls.RECORDINGS / "body_differences.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
}


def _headers(request: dict[str, Any]) -> dict[str, str]:
    return {k.lower(): v for k, v in request["headers"] if k.lower() not in IGNORED_HEADERS}


def test_the_recordings_cover_every_operation() -> None:
    for api in wire_calls.SEEDED:
        spec = wire_calls.client_spec(api)
        recorded = {(c["api"], c["method"]) for c in RECORDED[api]["calls"] if c["request"]}
        assert recorded == {(case.api, case.operation.method_name) for case in spec.cases()}, api
        assert RECORDED[api]["generator"].startswith("OpenAPI Generator 7.")


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    specs = {api: wire_calls.client_spec(api) for api in wire_calls.SEEDED}
    packages = {api: spec.import_package() for api, spec in specs.items()}
    return {"specs": specs, "packages": packages}


@pytest.mark.parametrize("api, recorded", CALLS, ids=[f"{a}/{r['api']}.{r['method']}" for a, r in CALLS])
def test_same_request_as_openapi_generator(ours: dict[str, Any], api: str, recorded: dict[str, Any]) -> None:
    spec, package = ours["specs"][api], ours["packages"][api]
    assert package.__name__ in sys.modules
    with wire_calls.recorder() as (host, received):
        wire_calls.call(spec, package, recorded, host)
    assert received, "no request was sent"
    got, want = wire_calls.parse(received[0]), recorded["request"]
    assert (got["method"], got["target"]) == (want["method"], want["target"])
    listed = BODY_DIFFERENCES.get(f"{api}/{recorded['api']}.{recorded['method']}")
    if listed:
        assert got["body"] != want["body"], f"listed as different ({listed}), now the same: unlist it"
        got["headers"] = [h for h in got["headers"] if h[0].lower() != "content-length"]
        want = {**want, "headers": [h for h in want["headers"] if h[0].lower() != "content-length"]}
    else:
        assert got["body"] == want["body"]
    assert _headers(got) == _headers(want)
