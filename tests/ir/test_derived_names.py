"""Names derived from names (issue 20, class 1): every name the generator derives (a method's
`_with_http_info`, `_without_preload_content`, `_stream` and `_pages` variants and descriptor constant, `Async<Api>`,
module files, doc pages, the package's exports) is claimed with the names it comes from.

Hypothesis builds operationIds, tags, schema and property names that collide on purpose (case,
separators, the suffixes and prefixes the generator adds, the fixed page `Endpoints`): the
package generates, no module binds a name twice, no two files differ only in case, every method
sends its own operation's HTTP method and path, every doc link finds its page, and it imports.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ir.test_names import _check_files

from generator.emit.write import write_package
from generator.pipeline import build_checked, generate

BASES = ("pet", "Pet", "PET", "getPet", "get_pet", "GetPet", "get-pet", "get pet", "apiClient", "api_client",
         "Endpoints", "endpoints", "Pets", "pets", "PetAPI", "PETAPI", "pet_api", "HTTPResponse", "HttpResponse",
         "Any", "ApiClient", "self", "default")
AFFIXES = ("", "WithHttpInfo", "_with_http_info", "WithoutPreloadContent", "_without_preload_content", "Api",
           "API", "1", "_2", "Async", "async_", "Stream", "_stream", "Pages", "_pages")
VARIANTS = ("", "_with_http_info", "_without_preload_content", "_stream", "_pages")
VERBS = ("get", "put", "post", "delete", "patch")


@st.composite
def colliding_names(draw: st.DrawFn) -> str:
    base = draw(st.sampled_from(BASES))
    prefix = draw(st.sampled_from(("", "", "Async", "async_")))
    suffix = draw(st.sampled_from(AFFIXES))
    return draw(st.sampled_from((str.lower, str.upper, str.title, str))) (prefix + base + suffix) \
        if draw(st.booleans()) else prefix + base + suffix


@st.composite
def colliding_specs(draw: st.DrawFn) -> dict[str, Any]:
    names = colliding_names()
    schemas = {}
    for name in draw(st.lists(names, max_size=5, unique_by=str)):
        props = draw(st.lists(names, max_size=3, unique_by=str))
        schemas[name] = {"type": "object", "properties": {p: {"type": "string"} for p in props}}
    tags = draw(st.lists(names, max_size=4, unique_by=str))
    paths: dict[str, dict[str, Any]] = {}
    for index in range(draw(st.integers(1, 7))):
        verb = draw(st.sampled_from(VERBS))
        operation: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
        if draw(st.booleans()):
            operation["operationId"] = draw(names)
        if tags and draw(st.booleans()):
            operation["tags"] = [draw(st.sampled_from(tags))]
        if schemas and draw(st.booleans()):
            ref = draw(st.sampled_from(sorted(schemas)))
            media = draw(st.sampled_from(("application/json", "application/x-ndjson")))  # the second streams
            operation["responses"]["200"]["content"] = {
                media: {"schema": {"$ref": "#/components/schemas/" + ref.replace("~", "~0")}}}
        paths.setdefault(f"/p{index % 4}", {})[verb] = operation
    declared = [{"name": t} for t in tags if draw(st.booleans())]
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "tags": declared, "paths": paths,
            "components": {"schemas": schemas}}


def _descriptors(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """`_GET_PET: Operation[...] = Operation("GET", "/p0", ...)` → {"_GET_PET": ("GET", "/p0")}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(node.value, ast.Call):
            args = node.value.args
            if len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
                found[node.target.id] = (args[0].value, args[1].value)  # type: ignore[union-attr]
    return found


def _sent_by_methods(source: str) -> dict[str, dict[str, tuple[str, str]]]:
    """{class: {method: (verb, path)}}: what each method of an API module sends, read from the code."""
    tree = ast.parse(source)
    descriptors = _descriptors(tree)
    sent: dict[str, dict[str, tuple[str, str]]] = {}
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        methods = sent.setdefault(cls.name, {})
        for fn in cls.body:
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name != "__init__":
                used = [n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id in descriptors]
                assert len(used) == 1, f"{cls.name}.{fn.name} uses {used}"
                methods[fn.name] = descriptors[used[0]]
    return sent


def _check_package(spec: dict[str, Any], folder: Path) -> tuple[str, dict[str, str]]:
    spec_file = folder / "spec.json"
    spec_file.write_text(json.dumps(spec), "utf-8")
    (folder / "spec.settings.yaml").write_text("package_name: colliding\n", "utf-8")
    result = generate(spec_file)
    files = result.files
    assert not _check_files(files)
    lowered: dict[str, str] = {}
    for path in files:
        assert path.lower() not in lowered, f"{path} and {lowered[path.lower()]} differ only in case"
        lowered[path.lower()] = path
    # Every operation of the spec is sent by exactly the methods the IR names for it.
    package, _ = build_checked(spec_file)
    wanted = {(verb.upper(), path) for path, item in spec["paths"].items() for verb in item}
    seen = set()
    for api in package.apis:
        sent = _sent_by_methods(files[f"colliding/api/{api.module}.py"])
        expected = {}
        for op in api.operations:
            seen.add((op.http_method, op.path))
            for variant in VARIANTS:  # `_stream` and `_pages` only where the operation streams or pages
                expected[op.method_name + variant] = (op.http_method, op.path)
        for cls in (api.name, "Async" + api.name):
            assert sent[cls].items() <= expected.items()
            assert {op.method_name + v for op in api.operations for v in VARIANTS[:3]} <= sent[cls].keys()
    assert seen == wanted and sum(len(api.operations) for api in package.apis) == len(wanted)
    # Doc links find their page, case and all.
    for path, text in files.items():
        if path.endswith(".md"):
            for link in re.findall(r"\]\(([^)#:]+\.md)", text):
                target = (Path(path).parent / link).as_posix().replace("docs/../", "")
                assert target in files, f"{path} links to {link}, which is not generated"
    return result.package_name, files


PROBE = """
import importlib, pkgutil, colliding
for module in pkgutil.walk_packages(colliding.__path__, "colliding."):
    importlib.import_module(module.name)
for name in colliding.__all__:
    getattr(colliding, name)
"""


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(spec=colliding_specs())
def test_colliding_names_give_a_package_where_every_name_and_file_is_one_thing(
        spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("colliding")
    _, files = _check_package(spec, folder)
    out = folder / "out"
    write_package(out, files)
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=out, capture_output=True, text=True, timeout=120,
                           check=False)
    assert probe.returncode == 0, probe.stderr[-3000:]


def _operation(operation_id: str, tag: str = "") -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": operation_id, "responses": {"200": {"description": "ok"}}}
    if tag:
        operation["tags"] = [tag]
    return operation


# The examples of the issue, each a whole spec: (paths, schemas, declared tags).
SEEN = {
    "getPet beside getPetWithHttpInfo (a DELETE)": (
        {"/pet": {"get": _operation("getPet")}, "/pet/x": {"delete": _operation("getPetWithHttpInfo")}}, {}, []),
    "a model Endpoints beside the page Endpoints.md": (
        {"/a": {"get": _operation("a")}}, {"Endpoints": {"type": "object"}}, []),
    "tags PetAPI and PETAPI": (
        {"/a": {"get": _operation("a", "PetAPI")}, "/b": {"get": _operation("b", "PETAPI")}}, {},
        [{"name": "PetAPI"}, {"name": "PETAPI"}]),
    "tags AsyncPets and Pets": (
        {"/a": {"get": _operation("a", "AsyncPets")}, "/b": {"get": _operation("b", "Pets")}}, {}, []),
    "an operationId apiClient": ({"/a": {"get": _operation("apiClient")}}, {}, []),
    "a streaming getPet beside getPetStream (a DELETE)": (
        {"/a": {"get": {"operationId": "getPet", "responses": {"200": {"description": "ok", "content": {
            "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/P"}}}}}}},
         "/b": {"delete": _operation("getPetStream")}},
        {"P": {"type": "object", "properties": {"a": {"type": "string"}}}}, []),
}


@pytest.mark.parametrize("case", sorted(SEEN))
def test_the_collisions_seen_are_resolved(case: str, tmp_path: Path) -> None:
    paths, schemas, tags = SEEN[case]
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "tags": tags, "paths": paths,
            "components": {"schemas": schemas}}
    _check_package(spec, tmp_path)


def test_undeclared_tags_differing_in_case_are_located_without_looping(tmp_path: Path) -> None:
    spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": _operation("a", "pets")}, "/b": {"get": _operation("b", "Pets")}}}
    (tmp_path / "spec.json").write_text(json.dumps(spec), "utf-8")
    for command in (["validate"], ["validate", "--strict"]):
        run = subprocess.run([str(Path(sys.executable).parent / "apigen"), *command, "spec.json"], cwd=tmp_path,
                             capture_output=True, text=True, timeout=60, check=False)
        assert run.returncode == (2 if "--strict" in command else 0), run.stderr
        assert "(/paths/~1b/get/tags/0): " in run.stderr and "'PetsApi1'" in run.stderr
