"""Open world: every spec of the corpus, as its authors wrote it, generates a complete, working client.

For each spec (`support.CORPUS_SPECS`: real APIs, openapi-python-client's end-to-end specs and
OpenAPI Generator's python test spec), generated once per session in lenient mode (the default):
1. every operation of the spec (counted from the spec file) is a method of a generated sync API class;
2. every module of the package imports, and every name in `__all__` resolves;
3. the package passes `mypy --strict`;
4. CALLS_PER_SPEC operations, spread over the spec in its order, are called through the generated
   sync client against `apigen mock` on the same spec (`contract/calls.py`, as for the curated
   specs) and succeed: the mock accepts the request and the answer parses into the declared type.

The specs are those of ../shared/corpus and those of tests/corpus/MANIFEST that `make corpus`
put in the cache (5 calls each); each one absent is one skipped test saying so.

A known failure is one case marked xfail(strict=True) in KNOWN_FAILURES (or a whole spec in
SPEC_FAILURES), with the construct that causes it; it fails again (XPASS) once fixed, so the mark
must go then.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from contract.calls import call_sync

from conftest import ROOT
from corpus.manifest import CACHE
from corpus.support import (
    ABSENT_SPECS,
    BY_NAME,
    CORPUS_SPECS,
    MANIFEST_SPECS,
    SHARED_SPECS,
    Corpus,
    Endpoint,
    called_operations,
    corpus_files,
    generated_operations,
    spec_operations,
)

pytestmark = pytest.mark.external("corpus")  # ../shared: absent, the tests skip saying how to get it

MYPY = Path(sys.executable).with_name("mypy")
SPEC_NAMES = [spec.name for spec in CORPUS_SPECS]

# (test, spec) or (test, spec, endpoint) → why it fails today. Each has a minimal reproduction
# (spec.yaml, repro.py, error.txt) in /tmp/corpus-findings/<name>/, named last in the reason.
_CALL = "test_operation_call"
_MEDIA = ("the mock rejects a string body of the vendor media type 'openapi/python/client': "
          "\"body: b'body' is not of type 'string'\" (mock-custom-media-type)")
_NO_2XX = ("the spec documents no 2xx response (only 400 and 404): the mock answers its first one, 400, and the "
           "client raises BadRequestException as documented (no-success-response)")
KNOWN_FAILURES: dict[tuple[Any, ...], str] = {
    (_CALL, "box", ("get", "/shared_items#app_items")): (
        "box gives two operations one URL (`/shared_items` and `/shared_items#app_items`, told apart by a "
        "header): the mock answers the first one's File, which is not an AppItem (mock-fragment-paths)"),
    (_CALL, "opc-baseline_3.0", ("post", "/config/content-type-override")): _MEDIA,
    (_CALL, "opc-baseline_3.1", ("post", "/config/content-type-override")): _MEDIA,
    (_CALL, "opc-baseline_3.1", ("post", "/tests/octet_stream")): (
        "in an OpenAPI 3.1 spec the mock rejects a binary body (`type: string, format: binary`): "
        "\"body: b'...' is not of type 'string'\"; the same spec as 3.0 is accepted (mock-31-binary-body)"),
    (_CALL, "opc-baseline_3.1", ("get", "/location/query/optionality")): (
        "the mock fails (500) on a query parameter of `type: [string, 'null']`: "
        "TypeError(\"Expected a string value, got <class 'list'>\") (mock-31-nullable-query)"),
    (_CALL, "opc-3.1_enums", ("get", "/tests/")): (
        "a null item of a query array (items `enum: [null]`) is sent as the text 'None', and the mock accepts no "
        "spelling of null there ('null', '' too are 'not one of [None]') (query-null-item)"),
    (_CALL, "opc-3.1_enums", ("post", "/tests/")): (
        "the mock reads multipart fields whose schema is an enum without `type` as bytes: "
        "\"b'FIRST_VALUE' is not one of ['FIRST_VALUE', 'SECOND_VALUE']\" (mock-multipart-typeless-enum)"),
    # Found by the first run over the manifest (tests/corpus/REPORT.md); each is the construct named.
    ("test_generates_every_operation", "redocly-starter"): (
        "the test's own operation count (spec_operations) follows path-item $refs only inside the root file; this "
        "spec's path items are files of their own (`/menu: {$ref: paths/menu.yaml}`): 12 generated, count unknown"),
    ("test_passes_mypy_strict", "openai"): (
        "a default list of enum values (`include: default [word]` on `list[Literal['word', 'segment']]`) is "
        "printed as a `list[str]` the field's type does not accept (enum-list-default)"),
    (_CALL, "springdoc-webflux-app90", ("post", "/createPosition")): (
        "a request body whose only media type is `*/*`: the client refuses to send a model as */* (wildcard-body)"),
    (_CALL, "pagerduty-rest", ("get", "/services")): (
        "a query array with `uniqueItems: true` of an enum gets repeated items from the calls' example values: "
        "'the list has duplicated items' (unique-items-example)"),
    (_CALL, "digitalocean", ("post", "/v2/kubernetes/clusters/{cluster_id}/clusterlint")): (
        "a body mixing uuid and integer values: the mock's data synthesis compares them (TypeError: '<' between "
        "UUID and int) (mock-uuid-int)"),
    (_CALL, "readme-polymorphism", ("post", "/anything/one-of-object")): (
        "oneOf of two object schemas that one value matches both of: the client finds multiple matches (oneOf-overlap)"),
    (_CALL, "readme-polymorphism", ("post", "/anything/one-of-object-ref")): (
        "oneOf of two object schemas that one value matches both of: the mock refuses the body as valid under each "
        "(oneOf-overlap)"),
    (_CALL, "og-suite", ("delete", "/store/order/{order_id}")): _NO_2XX,
    (_CALL, "og-suite", ("delete", "/user/{username}")): _NO_2XX,
    (_CALL, "redocly-starter", None): (
        "the test reads the operations to call from the root file, whose path items are files of their own"),
}


# Specs of the manifest that fail every test for one construct, by name. (The Swagger 2.0 and
# OpenAPI 3.2 specs were whole-spec xfails until their reading landed on main; they generate now.)
SPEC_FAILURES: dict[str, str] = {
    "redocly-oas32-fixture": ("a 3.2 server's `name` is validated by the 3.1 validator, which refuses it: \"Unevaluated "
                              "properties are not allowed ('name' was unexpected)\" (3.2-server-name)"),
}


def _marks(key: tuple[Any, ...]) -> list[pytest.MarkDecorator]:
    reason = KNOWN_FAILURES.get(key) or SPEC_FAILURES.get(key[1])
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _per_spec(test: str) -> list[Any]:
    return [pytest.param(spec, marks=_marks((test, spec)), id=spec) for spec in SPEC_NAMES]


def _calls() -> list[Any]:
    """(spec, endpoint) for the operations called; a spec that cannot be read gets one case
    that fails with the reason (endpoint None)."""
    found = []
    for spec in CORPUS_SPECS:
        try:
            operations = spec_operations(spec.raw_document())
        except Exception:  # noqa: BLE001 -- the test fails with it
            marks = _marks(("test_operation_call", spec.name, None))
            found.append(pytest.param(spec.name, None, marks=marks, id=f"{spec.name}/unreadable"))
            continue
        for method, path in called_operations(operations, spec.calls):
            marks = _marks(("test_operation_call", spec.name, (method, path)))
            found.append(pytest.param(spec.name, (method, path), marks=marks, id=f"{spec.name}/{method.upper()} {path}"))
    return found


def test_every_spec_of_the_corpus_is_tested() -> None:
    assert corpus_files() == sorted(spec.source for spec in SHARED_SPECS)


@pytest.mark.parametrize("spec", ABSENT_SPECS)
def test_manifest_spec_is_in_the_cache(spec: str) -> None:
    pytest.skip(f"{spec}: not in {CACHE} (or its sha256 differs): `make corpus` fetches it")


@pytest.mark.parametrize("spec", _per_spec("test_generates_every_operation"))
def test_generates_every_operation(spec: str, corpus: Corpus) -> None:
    in_spec = spec_operations(BY_NAME[spec].raw_document())
    generated = corpus.generated(spec).operations
    called = [endpoint for op in generated for endpoint in op.endpoints]
    missing = sorted(set(in_spec) - set(called))
    unknown = sorted(set(called) - set(in_spec))
    unclear = [f"{op.api}.{op.method}" for op in generated if len(op.endpoints) != 1]
    assert (len(generated), missing, unknown, unclear) == (len(in_spec), [], [], []), (
        f"{spec}: {len(generated)} operation methods for {len(in_spec)} operations in the spec; "
        f"not generated: {missing[:20]}; not in the spec: {unknown[:20]}; calling no or several endpoints: {unclear[:20]}"
    )


@pytest.mark.parametrize("spec", _per_spec("test_every_module_imports"))
def test_every_module_imports(spec: str, corpus: Corpus) -> None:
    package = corpus.generated(spec).client.import_package()
    failures: list[str] = []
    modules = 0
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.", onerror=failures.append):
        try:
            importlib.import_module(info.name)
            modules += 1
        except Exception as exc:  # noqa: BLE001 -- every module that fails is listed
            failures.append(f"{info.name}: {type(exc).__name__}: {str(exc)[:400]}")
    unresolved = []
    for name in package.__all__:
        try:
            getattr(package, name)
        except Exception as exc:  # noqa: BLE001 -- every name that fails is listed
            unresolved.append(f"{name}: {type(exc).__name__}: {str(exc)[:200]}")
    assert modules and package.__all__, f"{spec}: the package has no modules or no __all__"
    assert not failures and not unresolved, (
        f"{spec}: {len(failures)} modules do not import, {len(unresolved)} names of __all__ do not resolve:\n"
        + "\n".join([*failures[:10], *unresolved[:10]])
    )


@pytest.mark.parametrize("spec", _per_spec("test_passes_mypy_strict"))
def test_passes_mypy_strict(spec: str, corpus: Corpus) -> None:
    generation = corpus.generated(spec)
    cache = ROOT / ".mypy_cache" / f"corpus-{generation.spec.package_name}"
    result = subprocess.run(
        [str(MYPY), "--strict", "--cache-dir", str(cache), generation.spec.package_name],
        cwd=generation.root, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, f"{spec}: mypy --strict\n{result.stdout[-3000:]}{result.stderr[-1000:]}"


@pytest.mark.parametrize(("spec", "endpoint"), _calls())
def test_operation_call(spec: str, endpoint: Endpoint | None, corpus: Corpus) -> None:
    if endpoint is None:
        BY_NAME[spec].raw_document()  # raises what made it unreadable at collection
        pytest.fail(f"{spec}: the spec could not be read when the tests were collected")
    generation = corpus.generated(spec)
    case = generation.case(endpoint)
    assert case is not None, f"{spec}: {endpoint[0].upper()} {endpoint[1]} has no generated operation"
    call_sync(case, corpus.mock_url(spec))


def test_every_known_failure_is_a_case() -> None:
    """A known failure names a case that runs (not one the spec or the pick no longer has)."""
    per_spec = ("test_generates_every_operation", "test_every_module_imports", "test_passes_mypy_strict")
    cases = {(test, spec) for test in per_spec for spec in SPEC_NAMES}
    cases |= {("test_operation_call", *param.values) for param in _calls()}
    # A manifest spec the cache does not hold (no `make corpus` yet) has no cases to check against.
    present = {failure for failure in KNOWN_FAILURES if failure[1] in SPEC_NAMES}
    assert present <= cases, sorted(present - cases)
    manifest = {spec.name for spec in MANIFEST_SPECS}
    assert {failure[1] for failure in KNOWN_FAILURES} <= set(SPEC_NAMES) | manifest
    assert set(SPEC_FAILURES) <= manifest


def test_the_calls_are_spread_over_the_spec_in_its_order() -> None:
    """The pick is deterministic and covers the spec: the first operation, then evenly spaced."""
    operations = [("get", f"/{i}") for i in range(97)]
    picked = called_operations(operations)
    assert len(picked) == 15 and len(set(picked)) == 15 and picked[0] == operations[0]
    assert picked == sorted(picked, key=operations.index)
    assert max(operations.index(p) for p in picked) >= 90
    assert called_operations(operations[:4]) == operations[:4]
    assert called_operations([]) == []


API_MODULE = """
_GET_PET: Operation[Pet] = Operation("GET", "/pet/{id}", params=(Param("id", "path"),))
_DELETE_PET = Operation("DELETE", "/pet/{id}")
NOT_AN_OPERATION = Thing("GET", 3)


class PetApi:
    def __init__(self, api_client=None): ...
    def get_pet(self, id): return self.api_client.call(_GET_PET, (id,), {}).data
    def get_pet_with_http_info(self, id): return self.api_client.call(_GET_PET, (id,), {})
    def get_pet_without_preload_content(self, id): return self.api_client.call_raw(_GET_PET, (id,), {})
    def delete_pet_with_http_info(self, id): return self.api_client.call(_DELETE_PET, (id,), {})
    def helper(self): ...


class AsyncPetApi:
    async def delete_pet(self, id): ...
    async def delete_pet_with_http_info(self, id): ...
    async def delete_pet_without_preload_content(self, id): ...
"""


def test_generated_operations_are_read_from_the_sync_api_classes(tmp_path: Path) -> None:
    """Only a sync method with both twins counts, with the endpoints of the constants it uses:
    here `delete_pet` lacks its plain and raw forms in the sync class, so it is missing."""
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "pet_api.py").write_text(API_MODULE, encoding="utf-8")
    found = generated_operations(tmp_path)
    assert [(op.api, op.method, sorted(op.endpoints)) for op in found] == [("PetApi", "get_pet", [("get", "/pet/{id}")])]
