"""OpenAPI 3.2 read and generated: each construct the 3.2.0 specification adds, written as its own
examples write it (openapi32/pets.yaml).

Oracles: openapi-spec-validator's 3.1 validator on the 3.1 view (0.9, which validates 3.2,
cannot be installed beside openapi-core yet), mypy, and the HTTP requests the generated
client sends, read by a loopback server this test starts and stops.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.errors import SpecErrors
from generator.read.check import check_spec
from generator.read.load import load_spec
from generator.read.openapi32 import view_31
from generator.read.spec_walk import http_verb, iter_operations

SPEC = Path(__file__).parent / "openapi32" / "pets.yaml"
MYPY = Path(sys.executable).with_name("mypy")


def test_every_operation_is_walked_query_and_additional_ones_included() -> None:
    spec = load_spec(SPEC)
    found = [(path, http_verb(method), operation["operationId"]) for path, method, _, operation
             in iter_operations(spec.document)]
    assert found == [("/pets/{id}", "GET", "getPet"), ("/pets/{id}", "COPY", "copyPetsById"),
                     ("/pets", "GET", "listPets"), ("/pets", "QUERY", "searchPets"), ("/logs", "GET", "streamLogs")]
    # An operation's pointer is `/paths/<path>/<method>`, so a message about it names its line.
    pointers = {f"/paths/{p.replace('/', '~1')}/{m}" for p, m, _, _ in iter_operations(spec.document)}
    assert all(pointer in spec.positions for pointer in pointers)


def test_the_31_view_is_valid_31_and_keeps_everything_else() -> None:
    spec = load_spec(SPEC)
    view = view_31(spec.document)
    assert [str(e.message) for e in OpenAPIV31SpecValidator(view).iter_errors()] == []
    assert view["components"]["schemas"]["Cat"] == spec.document["components"]["schemas"]["Cat"]
    assert spec.document["tags"][1]["parent"] == "pets"  # the document itself is left as written
    assert "additionalOperations" in spec.document["paths"]["/pets/{id}"]


def test_the_32_only_keywords_would_fail_the_31_validator() -> None:
    """The view is needed: without it, each of them is a complaint (so the test above means something)."""
    document = load_spec(SPEC).document
    raw = dict(document, openapi="3.1.1")
    messages = " ".join(str(e.message) for e in OpenAPIV31SpecValidator(raw).iter_errors())
    assert "$self" in messages or "additionalOperations" in messages or "itemSchema" in messages


def test_strict_mode_accepts_the_spec_and_lenient_says_what_it_read(tmp_path: Path) -> None:
    from generator.pipeline import build_checked

    _, warnings = build_checked(SPEC)
    querystring = [w for w in warnings if "querystring" in w.message]
    assert [w.where.split(" ")[0] for w in querystring] == ["69"]


def test_a_real_problem_of_a_32_spec_is_still_reported_at_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "api.yaml"
    broken.write_text(SPEC.read_text().replace('  version: "1.0"\n', ""))
    with pytest.raises(SpecErrors) as raised:
        check_spec(load_spec(broken))
    assert [(e.where.split(" ")[0], "'version' is a required property" in e.message) for e in raised.value.errors] \
        == [("7", True)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import importlib

    from generator.emit.write import write_package
    from generator.pipeline import generate

    root = tmp_path_factory.mktemp("p32")
    result = generate(SPEC, "pets32")
    write_package(root / "pets32", result.files)
    sys.path.insert(0, str(root / "pets32"))
    try:
        yield importlib.import_module("pets32")
    finally:
        sys.path.remove(str(root / "pets32"))


def test_the_package_passes_mypy_strict(package: Any) -> None:
    root = Path(package.__file__).parent.parent
    run = subprocess.run([str(MYPY), "--strict", "pets32"], cwd=root, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout[-3000:]


class _Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str, bytes]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.seen.append((self.command, self.path, self.rfile.read(length)))
        body = json.dumps([{"petType": "Cat", "meows": True}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_COPY = do_QUERY = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Recorder.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_query_copy_and_querystring_go_on_the_wire_as_32_says(package: Any, server: str) -> None:
    with package.ApiClient(package.Configuration(host=server)) as client:
        pets = package.PetsApi(client)
        cats = package.CatsApi(client)
        assert [type(p).__name__ for p in pets.copy_pets_by_id(7)] == ["Cat"]
        assert [p.meows for p in cats.search_pets({"name": "Tom"})] == [True]
        pets.list_pets(filter={"foo": "a b", "bar": True})
    copied, searched, listed = _Recorder.seen
    assert copied[:2] == ("COPY", "/pets/7")
    assert searched[0:2] == ("QUERY", "/pets") and json.loads(searched[2]) == {"name": "Tom"}
    assert listed[0] == "GET" and listed[1].split("?", 1)[1] in ("foo=a%20b&bar=true", "foo=a+b&bar=true")


def test_an_additional_operation_is_sent_with_its_key_as_written() -> None:
    document = {"openapi": "3.2.0", "paths": {"/a": {"additionalOperations": {
        "Purge": {"responses": {}}, "LINK": {"responses": {}}, "post": {"responses": {}}}}}}
    assert [http_verb(m) for _, m, _, _ in iter_operations(document)] == ["Purge", "LINK"]
    assert [http_verb(m) for m in ("get", "query")] == ["GET", "QUERY"]


def test_an_item_schema_response_gets_a_typed_stream_method(package: Any) -> None:
    import inspect

    assert inspect.signature(package.PetsApi.stream_logs_stream).return_annotation == "Stream[LogEntry]"
