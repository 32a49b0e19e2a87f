"""Read a spec (YAML or JSON) and its settings; bundle `$ref`s into other local files.

With read.py (which parses one file within limits), the only module that reads spec files. It
returns plain data plus a map from JSON pointer to source position, so every later stage can
name the file and line of a problem. Which files external `$ref`s may read is confine.py's rule.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from generator.errors import Finding, SpecError
from generator.read import openapi32, swagger2
from generator.read.confine import RefRoot, ref_root_override
from generator.read.parse import MAX_DEPTH, Budget, Position, copy_tree, escape_token, read_document
from generator.read.settings import Settings, parse_settings
from generator.read.versions import spec_version

__all__ = ["MAX_DEPTH", "MISSING", "ChainEnd", "LoadedSpec", "Position", "RefChains", "discover", "escape_token",
           "input_fingerprint", "is_extension", "load_spec", "read_settings", "ref_root_override", "resolve_pointer",
           "settings_path", "unescape_token"]

_COMPONENT_REF = re.compile(
    r"^/components/(schemas|parameters|responses|requestBodies|headers|examples|securitySchemes|"
    r"links|callbacks)/([^/]+)$"
)
@dataclass
class LoadedSpec:
    path: Path
    document: dict[str, Any]
    positions: dict[str, Position]
    settings: Settings
    sources: list[Path] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # what reading it (as 3.x) interpreted
    swagger2: LoadedSpec | None = None  # the Swagger 2.0 document this one was converted from

    def locate(self, pointer: str) -> str:
        """`file:line` for the deepest known node on `pointer`'s path."""
        probe = pointer
        while True:
            pos = self.positions.get(probe)
            if pos is not None:
                return f"{pos.file}:{pos.line}"
            if not probe:
                return str(self.path)
            probe = probe.rsplit("/", 1)[0] if "/" in probe else ""  # not a pointer: the file itself

    def error(self, pointer: str, message: str) -> SpecError:
        where = self.locate(pointer)
        file, _, line = where.rpartition(":")
        if not file or not line.isdigit():
            return SpecError(where, pointer or "/", message)
        return SpecError(file, f"{line} ({pointer or '/'})", message)


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


SPEC_SUFFIXES = (".yaml", ".yml", ".json")


def discover(spec_dir: Path) -> dict[str, Path]:
    """API name → spec file, for every spec in `spec_dir` (settings files excluded)."""
    found: dict[str, Path] = {}
    for path in sorted(spec_dir.iterdir()) if spec_dir.is_dir() else []:
        if path.suffix in SPEC_SUFFIXES and not path.name.endswith(".settings" + path.suffix):
            found[path.name.split(".")[0]] = path
    return found


def settings_path(spec_path: Path) -> Path:
    return spec_path.with_name(spec_path.name.split(".")[0] + ".settings.yaml")


def load_spec(spec_path: Path, settings: Settings | None = None) -> LoadedSpec:
    """Load `spec_path`, bundle external refs, and read its settings file if there is one."""
    if settings is None:
        settings = read_settings(spec_path)
    budget = Budget()
    document, positions = read_document(spec_path, budget)
    if not isinstance(document, dict):
        raise SpecError(str(spec_path), "line 1", "not an OpenAPI document: expected a mapping")
    findings: list[Finding] = []
    original = None
    if spec_version(str(spec_path), document, positions) == "2.0":  # before bundling reads any file
        original = LoadedSpec(spec_path, document, positions, settings)
        converted = swagger2.convert(document)
        document, positions, findings = converted.document, converted.positions(positions), converted.findings
    ref_root = RefRoot.of(spec_path, settings, str(settings_path(spec_path)))
    bundler = _Bundler(spec_path, document, positions, ref_root, budget)
    bundler.bundle()
    if original is not None and len(bundler.sources) > 1:
        findings += swagger2.finish(document)
    if openapi32.is_32(document):
        findings += openapi32.read_32(document)
    findings += bundler.findings
    return LoadedSpec(spec_path, document, positions, settings, sorted(bundler.sources), findings, original)


def read_settings(spec_path: Path, package_name: str | None = None) -> Settings:
    """The spec's settings; `package_name` (from the command line) replaces the one set there."""
    path = settings_path(spec_path)
    raw: Any = {}
    if path.exists():
        raw, _ = read_document(path, Budget())
    return parse_settings(raw, default_name=spec_path.name.split(".")[0], file=str(path), package_name=package_name)


class _Bundler:
    """Replace `$ref`s into other files by local ones, so the document stands alone.

    Iterative (a work list, not recursion), so a long chain of references across files costs
    no stack; every copied node is paid for from the spec's node budget.
    """

    def __init__(self, root: Path, document: dict[str, Any], positions: dict[str, Position], ref_root: RefRoot,
                 budget: Budget) -> None:
        self.root = root.resolve()
        self.document = document
        self.positions = positions
        self.ref_root = ref_root
        self.budget = budget
        self.files: dict[Path, tuple[Any, dict[str, Position]]] = {self.root: (document, positions)}
        self.sources: set[Path] = {root}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.inlined: set[tuple[Path, str]] = set()  # inlined again, a target's nodes count as copies
        self.sorted_pointers: dict[Path, list[str]] = {}
        # (subtree, its pointer, the file its refs are relative to, the inlined refs it lies in)
        self.pending: list[tuple[Any, str, Path, tuple[tuple[Path, str], ...]]] = []
        self.findings: list[Finding] = []  # what was read leniently while bundling

    def bundle(self) -> None:
        # A component that is only a reference to another file (`Error: {$ref: common.yaml#/Error}`)
        # gets the content under its own name, and every reference to that target points to it.
        # Any section: `NotFound: {$ref: responses/NotFound.yaml}` is the response of that name.
        components = self.document.get("components")
        for section, entries in components.items() if isinstance(components, dict) else ():
            for name, entry in entries.items() if isinstance(entries, dict) else ():
                ref = entry.get("$ref") if isinstance(entry, dict) else None
                if isinstance(ref, str) and not ref.startswith("#") and "://" not in ref:
                    local = f"#/components/{escape_token(str(section))}/{escape_token(str(name))}"
                    self.hoisted.setdefault(self._key(ref, self.root), local)
        self.pending.append((self.document, "", self.root, ()))
        while self.pending:
            self._walk(*self.pending.pop())

    def _walk(self, node: Any, pointer: str, base: Path, inlining: tuple[tuple[Path, str], ...]) -> None:
        stack: list[tuple[Any, str]] = [(node, pointer)]
        while stack:
            current, at = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                external = isinstance(ref, str) and (base != self.root or not ref.startswith("#"))
                if external and not self._rewrite(str(ref), at, base, current, inlining):
                    continue  # inlined: its content is walked from the work list
                self._rewrite_mapping(current, at, base, inlining)
                if _NAME_MAP.search(at) is None:
                    self._texts(current, at, base)
                for key, value in current.items():
                    if isinstance(value, (dict, list)) and not is_extension(key, at):
                        stack.append((value, f"{at}/{escape_token(key)}"))
            elif isinstance(current, list):
                for index, value in enumerate(current):
                    if isinstance(value, (dict, list)):
                        stack.append((value, f"{at}/{index}"))

    def _texts(self, node: dict[str, Any], at: str, base: Path) -> None:
        """A `$ref` into another file where text is wanted (a tag's `description: {$ref:
        'intro.yml#/introduction'}`) is read as the text it points to; one to anything else is
        left for the lenient reading of the validator's complaint."""
        for key in _TEXT_FIELDS & node.keys():
            ref = node[key].get("$ref") if isinstance(node[key], dict) and len(node[key]) == 1 else None
            if not isinstance(ref, str) or ref.startswith("#") and base == self.root or "://" in ref:
                continue
            target_file, fragment = self._key(ref, base)
            if not target_file.is_relative_to(self.ref_root.folder) or not target_file.exists():
                continue
            target = resolve_pointer(self._file(target_file, at, ref)[0], fragment)
            if isinstance(target, str):
                node[key] = target
                self.findings.append(Finding(f"{at}/{key}", f"{key} is a $ref ({ref}): read as the text it points "
                                                            "to", "text reference"))

    @staticmethod
    def _key(ref: str, base: Path) -> tuple[Path, str]:
        """(file, JSON pointer) that `ref`, written in `base`, points to."""
        file_part, _, fragment = ref.partition("#")
        return ((base.parent / file_part).resolve() if file_part else base), fragment

    def _rewrite_mapping(self, schema: dict[str, Any], at: str, base: Path,
                         inlining: tuple[tuple[Path, str], ...]) -> None:
        """A discriminator's mapping names schemas by reference too (`dog: pets.yaml#/Dog`):
        those point at the components their targets become."""
        discriminator = schema.get("discriminator")
        mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
        if not isinstance(mapping, dict):
            return
        for key, value in mapping.items():
            if not isinstance(value, str) or "#" not in value and not value.endswith(_SPEC_FILES):
                continue  # a schema's name
            if base == self.root and value.startswith("#"):
                continue
            holder = {"$ref": value}
            self._rewrite(value, f"{at}/discriminator/mapping/{escape_token(str(key))}", base, holder, inlining,
                          schema=True)
            mapping[key] = holder["$ref"]

    def _rewrite(self, ref: str, at: str, base: Path, holder: dict[str, Any],
                 inlining: tuple[tuple[Path, str], ...], schema: bool = False) -> bool:
        """Point `holder`'s ref at a hoisted component (True), or inline its target (False)."""
        if "://" in ref.partition("#")[0]:
            raise self._error(at, f"remote $ref {ref!r} is not supported: use a local file")
        target_file, fragment = self._key(ref, base)
        refusal = self.ref_root.refusal(target_file)
        if refusal:
            raise self._error(at, f"$ref {ref!r} {refusal}")
        if fragment and not fragment.startswith("/"):
            raise self._error(at, f"$ref {ref!r}: the fragment must be a JSON pointer")
        data, positions = self._file(target_file, at, ref)
        target = resolve_pointer(data, fragment)
        if target is MISSING:
            raise self._error(at, f"$ref {ref!r} points to nothing")
        key = (target_file, fragment)
        into_component = self.hoisted.get(key) == "#" + at  # the component named for it (see `bundle`)
        component = _COMPONENT_REF.match(fragment)
        # A whole file where a schema, response, parameter... stands becomes a component of that
        # section named after the file (`schema: {$ref: Pet.yaml}` → schemas/Pet): one copy, however
        # often it is referred to. A path item is copied in (3.0 has no components for them).
        whole = None if fragment or into_component else _section_at(at)
        if (component or whole) and not into_component:
            section, name = component.groups() if component else (str(whole), target_file.stem)
            holder["$ref"] = self._hoist(target_file, fragment, section, unescape_token(name), target, positions)
            return True
        if key in self.hoisted and not into_component:
            holder["$ref"] = self.hoisted[key]
            return True
        named = schema or fragment.count("/") == 1 and _IN_SCHEMA.search(at)
        if (named or key in inlining) and isinstance(target, dict) and not into_component:
            # `a.yaml#/Workspace` where a schema stands (or any ref that comes back to itself
            # across files): a component of that name, which a cycle can refer to.
            name = unescape_token(fragment.rsplit("/", 1)[-1]) or target_file.stem
            holder["$ref"] = self._hoist(target_file, fragment, "schemas", name, target, positions)
            return True
        if key in inlining:
            raise self._error(at, f"$ref {ref!r} includes itself")
        if not isinstance(target, dict):
            raise self._error(at, f"$ref {ref!r} must point to an object")
        holder.pop("$ref")
        holder.update(copy_tree(target))
        self._copy_positions(positions, fragment, at, target_file, copies=key in self.inlined)
        self.inlined.add(key)
        self.pending.append((holder, at, target_file, (*inlining, key)))
        return False

    def _hoist(self, file: Path, fragment: str, section: str, name: str, target: Any,
               positions: dict[str, Position]) -> str:
        """The component `target` becomes; a name taken already gets a number (`Workspace2`)."""
        local = f"#/components/{section}/{escape_token(name)}"
        if file == self.root and _COMPONENT_REF.match(fragment):
            return local
        if (file, fragment) in self.hoisted:
            return self.hoisted[(file, fragment)]
        components = self.document.setdefault("components", {}).setdefault(section, {})
        if name in components:
            # Two files' `Pet`s (or `models/events.yml` and `resources/a/events.yml`): two names.
            name = next(f"{name}{n}" for n in itertools.count(2) if f"{name}{n}" not in components)
            local = f"#/components/{section}/{escape_token(name)}"
        self.hoisted[(file, fragment)] = local
        components[name] = copy_tree(target)
        self._copy_positions(positions, fragment, local[1:], file)
        self.pending.append((components[name], local[1:], file, ()))
        return local

    def _file(self, path: Path, at: str, ref: str) -> tuple[Any, dict[str, Position]]:
        if path not in self.files:
            if not path.exists():
                raise self._error(at, f"$ref {ref!r}: file {path.name} not found")
            self.files[path] = read_document(path, self.budget)
            self.sources.add(path)
        return self.files[path]

    def _copy_positions(self, positions: dict[str, Position], fragment: str, new_prefix: str, file: Path,
                        copies: bool = False) -> None:
        """Give the copy of `fragment` the lines of the original, paying for its nodes."""
        pointers = self.sorted_pointers.get(file)
        if pointers is None or len(pointers) != len(positions):  # the root file's grow as it is bundled
            pointers = self.sorted_pointers[file] = sorted(positions)
        # `fragment` itself, then exactly the pointers below it: those sort between "<fragment>/" and "<fragment>0".
        below = pointers[bisect.bisect_left(pointers, fragment + "/"):bisect.bisect_left(pointers, fragment + "0")]
        chars = (len(below) + 1) * len(new_prefix) + sum(len(pointer) - len(fragment) for pointer in below)
        try:
            self.budget.spend(len(below) + 1, "", "", chars, copies)
        except SpecError as exc:
            raise self._error(new_prefix, exc.message) from None
        if fragment in positions:
            self.positions[new_prefix] = positions[fragment]
        for pointer in below:
            self.positions[new_prefix + pointer[len(fragment):]] = positions[pointer]
        self.positions.setdefault(new_prefix, Position(str(file), 1))

    def _error(self, pointer: str, message: str) -> SpecError:
        spec = LoadedSpec(self.root, self.document, self.positions, Settings.placeholder())
        return spec.error(pointer, message)


_SECTION_AT = (("requestBodies", re.compile(r"/requestBody$")), ("parameters", re.compile(r"/parameters/\d+$")),
               ("responses", re.compile(r"/responses/[^/]+$")), ("headers", re.compile(r"/headers/[^/]+$")),
               ("examples", re.compile(r"/examples/[^/]+$")), ("links", re.compile(r"/links/[^/]+$")),
               ("callbacks", re.compile(r"/callbacks/[^/]+$")))


def _section_at(at: str) -> str | None:
    """The components section of what stands at `at`, if it has one."""
    if _IN_SCHEMA.search(at):
        return "schemas"
    return next((section for section, place in _SECTION_AT if place.search(at)), None)


MISSING = object()  # what resolve_pointer returns for a pointer to nothing
_SPEC_FILES = (".yaml", ".yml", ".json")
_TEXT_FIELDS = {"description", "summary", "title"}
# Mappings whose keys are names, not fields: an `x-` key there names a property, header or component.
_NAME_MAP = re.compile(r"/(?:properties|patternProperties|\$defs|definitions|dependentSchemas|headers|mapping|"
                       r"variables|scopes|content|encoding)$|^/components/[^/]+$|^/(?:paths|webhooks)$")
# Where a schema stands: under `schema`, a schema keyword, or components/schemas.
_IN_SCHEMA = re.compile(r"/schema(?:/|$)|^/components/schemas/|/(?:properties|items|allOf|anyOf|oneOf|additionalProperties)(?:/|$)")


def is_extension(key: Any, at: str) -> bool:
    """Whether `key` of the mapping at `at` is an `x-` extension: opaque data, whose `$ref`s are
    the author's text, never followed (in a mapping of names, `x-rate` is a name)."""
    return str(key).startswith("x-") and _NAME_MAP.search(at) is None


def resolve_pointer(data: Any, fragment: str) -> Any:
    """The node at a JSON pointer (`/components/schemas/Pet`), or MISSING."""
    if not fragment:
        return data
    current = data
    for raw in fragment.lstrip("/").split("/"):
        token = unescape_token(raw)
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return MISSING
    return current


@dataclass(frozen=True)
class ChainEnd:
    """Where a local `$ref` leads once nodes that hold nothing but a `$ref` are followed."""

    last_ref: str  # the last ref followed: the one pointing at `target`, or the first repeated one
    target: Any  # the node reached, MISSING, or None on a cycle
    cycle: tuple[str, ...] = ()  # the refs that go round, when the chain never ends


class RefChains:
    """Chain ends of a document's local `$ref`s, memoized: resolving every ref costs linear time."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.ends: dict[str, ChainEnd] = {}

    def target(self, ref: str) -> Any:
        return resolve_pointer(self.document, ref[1:]) if ref.startswith("#") else MISSING

    def end(self, ref: str) -> ChainEnd:
        path: list[str] = []
        index: dict[str, int] = {}
        current = ref
        while current not in self.ends:
            if current in index:
                result = ChainEnd(current, None, tuple(path[index[current]:]))
                break
            index[current] = len(path)
            path.append(current)
            target = self.target(current)
            if not (isinstance(target, dict) and set(target) == {"$ref"} and isinstance(target["$ref"], str)):
                result = ChainEnd(current, target)
                break
            current = target["$ref"]
        else:
            result = self.ends[current]
        for seen in path:
            self.ends[seen] = result
        return result


_PROJECT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A hash of the generator's own code and templates: output depends on them too."""
    digest = hashlib.sha256()
    files = sorted((_PROJECT / "generator").rglob("*.py")) + sorted((_PROJECT / "templates").rglob("*.jinja"))
    for path in files:
        digest.update(path.relative_to(_PROJECT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def input_fingerprint(sources: list[Path]) -> str:
    """A hash of everything a package is generated from: its spec files, settings and the generator."""
    digest = hashlib.sha256(generator_fingerprint().encode())
    for path in sorted(sources):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.exists() else b"<missing>")
    return digest.hexdigest()
