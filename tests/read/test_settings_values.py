"""Settings values are untrusted (issue 20, class 2): a pull request changes a settings file as
easily as a spec. Every value that reaches the output is checked, and a `names:` override passes
the rules derived names pass, or the run is refused in one line per problem.

Oracles: PyPA's `packaging.metadata` (what a wheel's core metadata may say) for the project name,
version and `python_requires`; urllib3's URL parser for the host.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ir.test_names import _check_files
from packaging.metadata import ExceptionGroup, Metadata
from urllib3.util import parse_url

from generator.errors import SpecError, SpecErrors
from generator.pipeline import build_checked, generate
from generator.read.settings import parse_settings

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12)
VALUES = {
    "project_name": st.one_of(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,10}", fullmatch=True), TEXT),
    "package_version": st.one_of(st.sampled_from(["1.0.0", "1.0.0rc1", "2!1.0", "1.0.post1.dev2", "1.0+local",
                                                  "v1.0", "1.0-beta", "1.0.0 ", "01.0", "1..0", "latest"]), TEXT),
    "python_requires": st.one_of(st.sampled_from([">=3.9", ">=3.9,<4", "~=3.10", "==3.*", "", ">= 3.9",
                                                  "banana", ">=3.9;", "3.9", ">=3.9 || <2", "!=3.9.*"]), TEXT),
    "host": st.one_of(st.sampled_from(["https://api.example.com", "http://127.0.0.1:8080/v1", "ftp://x",
                                       "https://", "//x", "javascript:alert(1)", "https://x/a b", "https://[::1"]),
                      TEXT),
}


def _lines_name_the_file(error: SpecError | SpecErrors, file: str) -> None:
    for line in str(error).splitlines():
        assert line.startswith(f"{file}:") and "Traceback" not in line, line


@settings(max_examples=300, deadline=None, derandomize=True)
@given(raw=st.fixed_dictionaries({}, optional=VALUES))
def test_a_settings_value_is_refused_in_one_line_or_valid_for_pypa_and_urllib3(raw: dict[str, str]) -> None:
    try:
        parsed = parse_settings(raw, "pets", "s.yaml")
    except (SpecError, SpecErrors) as error:
        _lines_name_the_file(error, "s.yaml")
        return
    metadata = {"metadata_version": "2.1", "name": parsed.project_name, "version": parsed.package_version,
                "requires_python": parsed.python_requires}
    try:
        Metadata.from_raw(metadata)  # type: ignore[arg-type]
    except ExceptionGroup as group:
        pytest.fail(f"{metadata}: {group.exceptions}")
    if parsed.host:
        url = parse_url(parsed.host)
        assert url.scheme in ("http", "https") and url.host, parsed.host


SPEC = {
    "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
    "tags": [{"name": "pets"}],
    "paths": {"/pets/{id}": {"get": {
        "operationId": "getPet", "tags": ["pets"],
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                       {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Pet"}}}}}}},
        "/pets": {"post": {"operationId": "addPet", "tags": ["pets"], "responses": {"200": {"description": "ok"}}}}},
    "components": {"schemas": {"Pet": {"type": "object", "properties": {"name": {"type": "string"},
                                                                          "photoUrls": {"type": "string"}}},
                               "Owner": {"type": "object"}}},
}
POINTERS = ("/tags/0", "/paths/~1pets~1{id}/get", "/paths/~1pets/post", "/paths/~1pets~1{id}/get/parameters/0",
            "/paths/~1pets~1{id}/get/parameters/1", "/components/schemas/Pet", "/components/schemas/Owner",
            "/components/schemas/Pet/properties/name", "/components/schemas/Pet/properties/photoUrls")
HOSTILE_NAMES = ("self", "_options", "__init__", "_", "model_config", "_private", "api_client", "ApiClient",
                 "Any", "TYPE_CHECKING", "Configuration", "json", "copy", "str", "list", "class", "match", "Pet",
                 "Owner", "PetsApi", "AsyncPetsApi", "get_pet", "add_pet", "get_pet_with_http_info", "name",
                 "photo_urls", "limit", "id", "models", "api", "Endpoints", "endpoints", "Pets", "x" * 130)
NAMES = st.one_of(st.sampled_from(HOSTILE_NAMES), st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True))


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(names=st.dictionaries(st.sampled_from(POINTERS), NAMES, max_size=4))
def test_names_overrides_are_refused_in_one_line_or_give_a_package_that_imports(
        names: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("overrides")
    spec_file = folder / "spec.json"
    spec_file.write_text(json.dumps(SPEC), "utf-8")
    settings_file = folder / "spec.settings.yaml"
    settings_file.write_text(json.dumps({"package_name": "overridden", "names": names}), "utf-8")
    try:
        result = generate(spec_file)
    except (SpecError, SpecErrors) as error:
        _lines_name_the_file(error, str(settings_file))
        return
    assert not _check_files(result.files)
    package, _ = build_checked(spec_file)
    given_names = {package.apis[0].name, *(op.method_name for op in package.apis[0].operations),
                   *(p.name for op in package.apis[0].operations for p in op.parameters),
                   *(m.name for m in package.models), *(f.name for m in package.models for f in m.properties)}
    assert set(names.values()) <= given_names  # an accepted override is used as written
    from generator.emit.write import write_package

    out = folder / "out"
    write_package(out, result.files)
    probe = ("import importlib, pkgutil, overridden\n"
             "for m in pkgutil.walk_packages(overridden.__path__, 'overridden.'): importlib.import_module(m.name)\n"
             "for n in overridden.__all__: getattr(overridden, n)\n")
    run = subprocess.run([sys.executable, "-c", probe], cwd=out, capture_output=True, text=True, timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr[-2000:]


@pytest.mark.parametrize(("pointer", "name"), [
    ("/paths/~1pets~1{id}/get/parameters/0", "self"), ("/paths/~1pets~1{id}/get/parameters/1", "_options"),
    ("/paths/~1pets~1{id}/get", "__init__"), ("/paths/~1pets~1{id}/get", "api_client"),
    ("/components/schemas/Pet", "_"), ("/components/schemas/Pet", "api_client"),
    ("/components/schemas/Pet", "ApiClient"), ("/components/schemas/Pet/properties/name", "model_config"),
    ("/components/schemas/Pet/properties/name", "_name"), ("/components/schemas/Owner", "AsyncPetsApi"),
    ("/tags/0", "Endpoints"), ("/tags/0", "pets_api"),
])
def test_the_overrides_seen_are_refused_in_one_line(pointer: str, name: str, tmp_path: Path) -> None:
    (tmp_path / "spec.json").write_text(json.dumps(SPEC), "utf-8")
    (tmp_path / "spec.settings.yaml").write_text(json.dumps({"names": {pointer: name}}), "utf-8")
    run = subprocess.run([str(Path(sys.executable).parent / "apigen"), "validate", "spec.json"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 2, run.stderr
    assert run.stderr.splitlines() == [line for line in run.stderr.splitlines()
                                       if line.startswith(f"spec.settings.yaml:{pointer}: names: ")]
    assert len(run.stderr.splitlines()) == 1 and "Traceback" not in run.stderr
