"""Form bodies whose schema is a oneOf/anyOf/allOf of objects (golden case `form_bodies`): the
method takes the fields, and what it sends is a body the mock (openapi-core, not our code)
accepts for the schema, sync and async."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from contract.calls import Case, ClientSpec, call_async, call_sync, started
from contract.server import ContractServer, Reply

from conftest import GOLDEN_CASES, golden_package
from generator.pipeline import build_checked
from generator.read.load import load_spec

SPEC = GOLDEN_CASES / "form_bodies" / "spec.yaml"


@functools.cache
def client() -> ClientSpec:
    package = build_checked(SPEC)[0]
    return ClientSpec("form_bodies", load_spec(SPEC).document, package, golden_package("form_bodies"))


CASES = client().cases()


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    for urls in started({"mock": client().document}):
        yield urls["mock"]


def test_each_method_takes_every_members_fields() -> None:
    """A field is required where every member of a oneOf/anyOf requires it (and in allOf where
    any part does); the others are optional keywords."""
    fields = {c.operation.method_name: [(p.wire_name, p.required) for p in c.operation.parameters] for c in CASES}
    assert fields == {
        "login": [("username", False), ("password", False), ("scope", False), ("token", False)],
        "upload": [("title", True), ("file", False), ("url", False)],
        "update_profile": [("name", True), ("age", True)],
    }


# openapi-core reads no field of a form body whose schema is an allOf ("invalid allOf schema
# found") or an inline anyOf in multipart (it reads `{}`): those are checked byte for byte below.
CHECKED_BY_THE_MOCK = [c for c in CASES if c.operation.method_name == "login"]


@pytest.mark.parametrize("case", CHECKED_BY_THE_MOCK, ids=[c.id for c in CHECKED_BY_THE_MOCK])
def test_the_fields_are_sent_as_a_body_the_schema_accepts(case: Case, mock_url: str, tmp_path: Path) -> None:
    call_sync(case, mock_url)
    call_async(case, mock_url, tmp_path / "upload.bin")


@pytest.fixture
def recorder() -> Iterator[ContractServer]:
    server = ContractServer().start()
    try:
        yield server
    finally:
        server.stop()


def test_the_fields_of_an_all_of_are_sent_as_one_form(recorder: ContractServer) -> None:
    package = client().import_package()
    recorder.on("/profile", Reply(204))
    with package.ApiClient(package.Configuration(host=recorder.url)) as api_client:
        package.DefaultApi(api_client).update_profile("Ada Lovelace", 36)
    sent = recorder.last()
    assert (sent.method, sent.header("Content-Type"), parse_qsl(sent.body.decode())) == (
        "PUT", "application/x-www-form-urlencoded", [("name", "Ada Lovelace"), ("age", "36")])


def test_the_fields_of_an_any_of_member_are_sent_as_multipart(recorder: ContractServer) -> None:
    package = client().import_package()
    recorder.on("/upload", Reply(204), Reply(204))
    with package.ApiClient(package.Configuration(host=recorder.url)) as api_client:
        package.DefaultApi(api_client).upload("notes", file=("a.bin", b"\x00data"))
        assert recorder.last().form_parts() == [
            ("title", None, "text/plain", b"notes"), ("file", "a.bin", "application/octet-stream", b"\x00data")]
        package.DefaultApi(api_client).upload("notes", url="https://example.com/a.txt")
        assert recorder.last().form_parts() == [
            ("title", None, "text/plain", b"notes"), ("url", None, "text/plain", b"https://example.com/a.txt")]


def test_the_fields_of_one_member_are_sent(mock_url: str) -> None:
    package = client().import_package()
    with package.ApiClient(package.Configuration(host=mock_url)) as api_client:
        api = package.DefaultApi(api_client)
        assert api.login(token="t0k3n") is None
        assert api.login(username="ada", password="secret", scope="read") is None
        with pytest.raises(package.ApiException) as refused:  # neither member: the mock says so
            api.login(scope="read")
        assert refused.value.status == 400
