"""The corpus: specs other people wrote (real APIs, a peer generator's and OpenAPI Generator's test
specs), read as they are from the shared corpus folder, and what the tests need from each.

- `CORPUS_SPECS`: every spec of the corpus, with the package name it is generated as.
- `spec_operations(spec.raw_document())`: its operations, read from the spec file itself (PyYAML
  or json, path items followed through `$ref`s), not from anything the generator made.
- `generate(spec, folder)`: `apigen generate` in lenient mode (the default) into a folder, timed,
  with its warnings (the stderr lines) and their kinds, and the IR and document the calls use.
- `generated_operations(package_dir)`: the operation methods of the generated sync API classes,
  read from the generated modules with `ast`.
- `called_operations(operations)`: the operations the call tests pick.
- `Corpus`: the session's generations (each spec once, on first use) and its one mock server.
"""

from __future__ import annotations

import ast
import functools
import gzip
import json
import time
import traceback
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from contract.calls import HTTP_METHODS, Case, ClientSpec, mock_server, spec_operations

from conftest import EXTERNAL
from corpus.manifest import CACHE, ManifestSpec, read_manifest
from corpus.report import SpecFacts
from generator.emit.write import write_package
from generator.errors import SpecError, SpecErrors
from generator.ir.build import build_package
from generator.ir.names import NamePlan
from generator.mock.server import MockServer
from generator.pipeline import generate as pipeline_generate
from generator.read.check import check_spec
from generator.read.load import load_spec, read_settings, ref_root_override

# The shared corpus beside the checkout, or where APIGEN_SHARED / APIGEN_CORPUS say (conftest.EXTERNAL).
CORPUS = EXTERNAL["corpus"].path
CALLS_PER_SPEC = 15  # operations called per spec (all of them when it has fewer)
CALLS_PER_CACHED_SPEC = 5  # per spec of the manifest

Endpoint = tuple[str, str]  # (method in lower case, path template)


@dataclass(frozen=True)
class CorpusSpec:
    name: str  # in test ids and the report
    source: str  # relative to CORPUS; `.gz` files are unpacked before use
    package_name: str
    # A spec of tests/corpus/MANIFEST: generated where `make corpus` put it, its refs read
    # below its repository's folder (as `--ref-root` would), and fewer calls.
    cached: ManifestSpec | None = None

    @property
    def path(self) -> Path:
        return self.cached.root.cached() if self.cached else CORPUS / self.source

    @property
    def calls(self) -> int:
        return CALLS_PER_CACHED_SPEC if self.cached else CALLS_PER_SPEC

    @property
    def file_name(self) -> str:
        """The name of the unpacked file (its extension says YAML or JSON)."""
        return self.path.name if self.cached else Path(self.source).name.removesuffix(".gz")

    def text(self) -> bytes:
        data = self.path.read_bytes()
        return gzip.decompress(data) if self.source.endswith(".gz") else data

    def raw_document(self) -> Mapping[str, Any]:
        return _raw_document(self)


@functools.cache
def _raw_document(spec: CorpusSpec) -> Mapping[str, Any]:
    """The spec as its file says, read without the generator (JSON, or YAML with libyaml)."""
    text = spec.text()
    if spec.file_name.endswith(".json"):
        document = json.loads(text)
    else:
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert isinstance(document, Mapping), f"{spec.source}: not a mapping at the top"
    return document


CORPUS_SPECS = (
    CorpusSpec("spotify", "realworld/spotify.yaml.gz", "spotify"),
    CorpusSpec("box", "realworld/box.json.gz", "box"),
    CorpusSpec("asana", "realworld/asana.yaml.gz", "asana"),
    CorpusSpec("plaid", "realworld/plaid.yaml.gz", "plaid"),
    CorpusSpec("opc-3.1_specific", "peer-specs/opc-3.1_specific.openapi.yaml", "opc_3_1_specific"),
    CorpusSpec("opc-baseline_3.0", "peer-specs/opc-baseline_openapi_3.0.json", "opc_baseline_3_0"),
    CorpusSpec("opc-baseline_3.1", "peer-specs/opc-baseline_openapi_3.1.yaml", "opc_baseline_3_1"),
    CorpusSpec("opc-docstrings_on_attributes", "peer-specs/opc-docstrings_on_attributes.yml", "opc_docstrings"),
    CorpusSpec("opc-3.1_enums", "peer-specs/opc-openapi_3.1_enums.yaml", "opc_enums_3_1"),
    # OpenAPI Generator's python sample is `petstore_api`; a name of our own keeps it apart from
    # tests/og's package of that name.
    CorpusSpec("og-suite", "og-suite/spec.yaml", "og_petstore_api"),
)
SHARED_SPECS = CORPUS_SPECS
# The manifest's specs: those the cache holds are tested like the shared ones; the others are
# each one skipped test saying so (see test_corpus.py).
MANIFEST_SPECS = read_manifest()
CACHED_SPECS = tuple(CorpusSpec(m.name, f"cache:{m.name}", m.name.replace("-", "_"), m)
                     for m in MANIFEST_SPECS if m.present())
ABSENT_SPECS = tuple(m.name for m in MANIFEST_SPECS if not m.present())
CORPUS_SPECS = SHARED_SPECS + CACHED_SPECS
BY_NAME = {spec.name: spec for spec in CORPUS_SPECS}


def corpus_files() -> list[str]:
    """The spec files in the corpus folder: what CORPUS_SPECS must list."""
    found = [*CORPUS.glob("realworld/*.gz"), *CORPUS.glob("peer-specs/*"), *CORPUS.glob("og-suite/spec.yaml")]
    return sorted(str(path.relative_to(CORPUS)) for path in found if path.is_file())


def called_operations(operations: list[Endpoint], calls: int = CALLS_PER_SPEC) -> list[Endpoint]:
    """`calls` operations spread evenly over the spec's operations in spec order, the first
    one included (all of them when there are fewer)."""
    count = min(calls, len(operations))
    return [operations[i * len(operations) // count] for i in range(count)]


# --- generation ------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Generation:
    spec: CorpusSpec
    spec_file: Path  # the unpacked copy the package was generated from
    root: Path  # the distribution folder: pyproject.toml, README.md, docs/, <package>/
    seconds: float  # `generate` (load, check, build, render, format) without writing
    warnings: tuple[str, ...]  # as `apigen generate` prints them on stderr
    kinds: tuple[str, ...]  # each warning's kind (generator.errors.Finding.kind), "?" if unknown
    client: ClientSpec  # the document the mock serves and the IR, for the calls

    @property
    def package_dir(self) -> Path:
        return self.root / self.spec.package_name

    @functools.cached_property
    def operations(self) -> list[GeneratedOperation]:
        """The operation methods of the generated sync API classes."""
        return generated_operations(self.package_dir)

    def warnings_by_kind(self) -> Counter[str]:
        return Counter(self.kinds)

    def case(self, endpoint: Endpoint) -> Case | None:
        """The generated operation for a spec operation, with its API class (None if missing)."""
        method, path = endpoint
        for case in self.client.cases():
            if (case.operation.http_method.lower(), case.operation.path) == (method, path):
                return case
        return None


def generate(spec: CorpusSpec, folder: Path) -> Generation:
    """Unpack the spec into `folder`, generate its package beside it (lenient mode, as
    `apigen generate --spec FILE --out DIR --package-name NAME` does), and read it again for the
    calls: the document as the generator reads it (what `apigen mock` serves) and the IR."""
    if spec.cached:
        spec_file = spec.path
        refs_below = ref_root_override(CACHE / spec.name)
    else:
        spec_file = folder / spec.file_name
        spec_file.write_bytes(spec.text())
        refs_below = ref_root_override(None)
    with refs_below:
        start = time.perf_counter()
        result = pipeline_generate(spec_file, spec.package_name)
        seconds = time.perf_counter() - start
        # Read again as `build_checked` does, keeping the findings' kinds, which the printed
        # warnings leave out; the document is the lenient reading `apigen mock` serves too.
        loaded = load_spec(spec_file, read_settings(spec_file, spec.package_name))
    root = folder / spec.package_name
    write_package(root, result.files)
    checked = check_spec(loaded)
    names = NamePlan(loaded.document, loaded.settings.name_overrides)
    package = build_package(loaded, names)
    kind_of = {f"warning: {finding.message}": finding.kind or "?" for finding in checked.problems(names.findings)}
    warnings = tuple(str(warning) for warning in result.warnings)
    kinds = tuple(kind_of.get(warning.message, "?") for warning in result.warnings)
    client = ClientSpec(spec.name, loaded.document, package, root)
    return Generation(spec, spec_file, root, seconds, warnings, kinds, client)


# --- the generated API classes ----------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedOperation:
    module: str  # file name under <package>/api/
    api: str  # the sync API class
    method: str
    endpoints: frozenset[Endpoint]  # the (method, path) of the Operation constants it calls


def generated_operations(package_dir: Path) -> list[GeneratedOperation]:
    """The operation methods of the sync API classes in `<package>/api/*.py`: public methods with
    their `_with_http_info` and `_without_preload_content` twins, and the endpoints they call
    (module constants like `_GET_PET = Operation("GET", "/pet/{id}", ...)`)."""
    found = []
    for module in sorted((package_dir / "api").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"), str(module))
        endpoints = _endpoint_constants(tree)
        for node in tree.body:
            if not isinstance(node, ast.ClassDef) or node.name.startswith(("Async", "_")):
                continue
            methods = {f.name: f for f in node.body if isinstance(f, ast.FunctionDef) and not f.name.startswith("_")}
            for name, function in methods.items():
                if f"{name}_with_http_info" in methods and f"{name}_without_preload_content" in methods:
                    called = {endpoints[n.id] for n in ast.walk(function) if isinstance(n, ast.Name) and n.id in endpoints}
                    found.append(GeneratedOperation(module.name, node.name, name, frozenset(called)))
    return found


def _endpoint_constants(tree: ast.Module) -> dict[str, Endpoint]:
    constants = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else (
            node.target if isinstance(node, ast.AnnAssign) else None)
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if not isinstance(target, ast.Name) or not isinstance(value, ast.Call) or len(value.args) < 2:
            continue
        method, path = value.args[:2]
        if (isinstance(method, ast.Constant) and isinstance(path, ast.Constant) and isinstance(path.value, str)
                and isinstance(method.value, str) and method.value.lower() in HTTP_METHODS):
            constants[target.id] = (method.value.lower(), path.value)
    return constants


# --- the session's generations and mock server ---------------------------------------------------


class Corpus:
    """Generations by spec name (or the exception generation raised), made on first use."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._generated: dict[str, Generation | BaseException] = {}
        self._mock: tuple[str, MockServer] | None = None

    def generated(self, name: str) -> Generation:
        """The spec's generation; fails the test (every test of the spec) if it did not generate."""
        if name not in self._generated:
            try:
                self._generated[name] = generate(BY_NAME[name], self._factory.mktemp(name))
            except Exception as exc:  # noqa: BLE001 -- a spec error or a bug: each test of the spec shows it
                self._generated[name] = exc
        found = self._generated[name]
        if isinstance(found, BaseException):
            pytest.fail(f"{name}: apigen generate failed:\n{_shown(found)}", pytrace=False)
        return found

    def mock_url(self, name: str) -> str:
        """The URL of a mock server for the spec (as the generator read it), started here; the
        one for the previous spec is stopped first, and the last one when the session ends."""
        if self._mock is None or self._mock[0] != name:
            document = self.generated(name).client.document
            self.close()
            self._mock = (name, mock_server(document).start())
        return self._mock[1].url

    def close(self) -> None:
        if self._mock is not None:
            self._mock[1].stop()
            self._mock = None

    def facts(self) -> dict[str, SpecFacts]:
        found = {}
        for name, generation in self._generated.items():
            try:
                in_spec: int | None = len(spec_operations(BY_NAME[name].raw_document()))
            except Exception:  # noqa: BLE001 -- the tests report it
                in_spec = None
            if isinstance(generation, BaseException):
                found[name] = SpecFacts(None, in_spec, {}, None, error=f"{type(generation).__name__}: {generation}")
            else:
                try:
                    generated: int | None = len(generation.operations)
                except (OSError, SyntaxError, ValueError):  # test_generates_every_operation shows it
                    generated = None
                found[name] = SpecFacts(generated, in_spec, generation.warnings_by_kind(), generation.seconds)
        return found


def _shown(exc: BaseException) -> str:
    """A spec error is its message; anything else is a bug, shown with its traceback."""
    if isinstance(exc, (SpecError, SpecErrors)):
        return str(exc)
    return "".join(traceback.format_exception(exc))[-4000:]


__all__ = ["ABSENT_SPECS", "BY_NAME", "CACHED_SPECS", "CALLS_PER_SPEC", "CORPUS", "CORPUS_SPECS", "SHARED_SPECS",
           "Corpus", "CorpusSpec", "Endpoint", "GeneratedOperation", "Generation", "called_operations",
           "corpus_files", "generate", "generated_operations", "spec_operations"]
