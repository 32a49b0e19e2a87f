"""Read a spec (YAML or JSON) and its settings; bundle `$ref`s into other local files.

The only module that reads spec files. It returns plain data plus a map from JSON pointer to
source position, so every later stage can name the file and line of a problem.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.settings import Settings, parse_settings

# Deeper than any real spec; guards the composer and every recursive walk after it.
MAX_DEPTH = 500
_COMPONENT_REF = re.compile(
    r"^/components/(schemas|parameters|responses|requestBodies|headers|examples|securitySchemes|"
    r"links|callbacks)/([^/]+)$"
)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class Position:
    file: str
    line: int


@dataclass
class LoadedSpec:
    path: Path
    document: dict[str, Any]
    positions: dict[str, Position]
    settings: Settings
    sources: list[Path] = field(default_factory=list)

    def locate(self, pointer: str) -> str:
        """`file:line` for the deepest known node on `pointer`'s path."""
        probe = pointer
        while True:
            pos = self.positions.get(probe)
            if pos is not None:
                return f"{pos.file}:{pos.line}"
            if not probe:
                return str(self.path)
            probe = probe.rsplit("/", 1)[0]

    def error(self, pointer: str, message: str) -> SpecError:
        where = self.locate(pointer)
        file, _, line = where.rpartition(":")
        if not file or not line.isdigit():
            return SpecError(where, pointer or "/", message)
        return SpecError(file, f"{line} ({pointer or '/'})", message)


def escape_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


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
    document, positions = _read_document(spec_path)
    if not isinstance(document, dict):
        raise SpecError(str(spec_path), "line 1", "not an OpenAPI document: expected a mapping")
    bundler = _Bundler(spec_path, document, positions)
    bundler.bundle()
    if settings is None:
        settings = read_settings(spec_path)
    return LoadedSpec(spec_path, document, positions, settings, sorted(bundler.sources))


def read_settings(spec_path: Path) -> Settings:
    path = settings_path(spec_path)
    raw: Any = {}
    if path.exists():
        raw, _ = _read_document(path)
    return parse_settings(raw, default_name=spec_path.name.split(".")[0], file=str(path))


def _read_document(path: Path) -> tuple[Any, dict[str, Position]]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(str(path), "", "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(path), "", f"cannot read file: {exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "invalid YAML"
        if path.suffix == ".json":
            return _read_json(path, text)
        raise SpecError(str(path), where, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError(str(path), "", f"YAML error: {exc}") from None
    except RecursionError:
        raise SpecError(str(path), "", f"nested deeper than {MAX_DEPTH} levels") from None
    if node is None:
        raise SpecError(str(path), "line 1", "empty document")
    positions: dict[str, Position] = {}
    return _construct(node, str(path), positions), positions


def _read_json(path: Path, text: str) -> tuple[Any, dict[str, Position]]:
    try:
        return json.loads(text), {}
    except json.JSONDecodeError as exc:
        raise SpecError(str(path), f"{exc.lineno}:{exc.colno}", f"JSON syntax error: {exc.msg}") from None
    except RecursionError:
        raise SpecError(str(path), "", f"nested deeper than {MAX_DEPTH} levels") from None


def _construct(root: yaml.Node, file: str, positions: dict[str, Position]) -> Any:
    """Turn a composed node tree into plain data, iteratively, recording each node's line."""
    constructor = yaml.constructor.SafeConstructor()
    result: list[Any] = [None]
    # Work items: (node, pointer, container, key, depth)
    stack: list[tuple[yaml.Node, str, Any, Any, int]] = [(root, "", result, 0, 0)]
    while stack:
        node, pointer, container, key, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise SpecError(file, f"{node.start_mark.line + 1}", f"nested deeper than {MAX_DEPTH} levels")
        positions[pointer] = Position(file, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            value: Any = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise SpecError(file, f"{key_node.start_mark.line + 1}", "YAML merge keys (<<) are not supported")
                name = key_node.value if key_node.tag == _STR_TAG else constructor.construct_object(key_node)
                if not isinstance(name, str):
                    name = str(name).lower() if isinstance(name, bool) else str(name)
                if name in value:
                    raise SpecError(file, f"{key_node.start_mark.line + 1}", f"duplicate key {name!r}")
                value[name] = None
                stack.append((value_node, f"{pointer}/{escape_token(name)}", value, name, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            value = [None] * len(node.value)
            for index, item in enumerate(node.value):
                stack.append((item, f"{pointer}/{index}", value, index, depth + 1))
        elif node.tag == _STR_TAG:
            value = node.value  # most scalars: skip the constructor's machinery
        else:
            value = constructor.construct_object(node)
            if not isinstance(value, (str, int, float, bool, type(None))):
                value = str(value)  # dates and timestamps stay as their text
        container[key] = value
    return result[0]


class _Bundler:
    """Replace `$ref`s into other files by local ones, so the document stands alone."""

    def __init__(self, root: Path, document: dict[str, Any], positions: dict[str, Position]) -> None:
        self.root = root.resolve()
        self.document = document
        self.positions = positions
        self.files: dict[Path, tuple[Any, dict[str, Position]]] = {self.root: (document, positions)}
        self.sources: set[Path] = {root}
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.inlining: set[tuple[Path, str]] = set()

    def bundle(self) -> None:
        self._walk(self.document, "", self.root)

    def _walk(self, node: Any, pointer: str, base: Path) -> None:
        stack: list[tuple[Any, str]] = [(node, pointer)]
        while stack:
            current, at = stack.pop()
            if isinstance(current, dict):
                ref = current.get("$ref")
                external = isinstance(ref, str) and (base != self.root or not ref.startswith("#"))
                if external and not self._rewrite(str(ref), at, base, current):
                    continue  # inlined, and its content already walked
                for key, value in current.items():
                    if isinstance(value, (dict, list)):
                        stack.append((value, f"{at}/{escape_token(key)}"))
            elif isinstance(current, list):
                for index, value in enumerate(current):
                    if isinstance(value, (dict, list)):
                        stack.append((value, f"{at}/{index}"))

    def _rewrite(self, ref: str, at: str, base: Path, holder: dict[str, Any]) -> bool:
        """Point `holder`'s ref at a hoisted component (True), or inline its target (False)."""
        file_part, _, fragment = ref.partition("#")
        target_file = (base.parent / file_part).resolve() if file_part else base
        if file_part and "://" in file_part:
            raise self._error(at, f"remote $ref {ref!r} is not supported: use a local file")
        if fragment and not fragment.startswith("/"):
            raise self._error(at, f"$ref {ref!r}: the fragment must be a JSON pointer")
        data, positions = self._file(target_file, at, ref)
        target = resolve_pointer(data, fragment)
        if target is MISSING:
            raise self._error(at, f"$ref {ref!r} points to nothing")
        component = _COMPONENT_REF.match(fragment)
        if component or (not fragment and not at.startswith("/paths/")):
            section, name = component.groups() if component else ("schemas", target_file.stem)
            holder["$ref"] = self._hoist(target_file, fragment, section, unescape_token(name), target, positions)
            return True
        key = (target_file, fragment)
        if key in self.inlining:
            raise self._error(at, f"$ref {ref!r} includes itself")
        self.inlining.add(key)
        holder.pop("$ref")
        inlined = copy.deepcopy(target)
        if not isinstance(inlined, dict):
            raise self._error(at, f"$ref {ref!r} must point to an object")
        holder.update(inlined)
        self._copy_positions(positions, fragment, at, target_file)
        self._walk(holder, at, target_file)
        self.inlining.discard(key)
        return False

    def _hoist(self, file: Path, fragment: str, section: str, name: str, target: Any,
               positions: dict[str, Position]) -> str:
        local = f"#/components/{section}/{escape_token(name)}"
        if file == self.root:
            return local
        if (file, fragment) in self.hoisted:
            return self.hoisted[(file, fragment)]
        components = self.document.setdefault("components", {}).setdefault(section, {})
        if name in components:
            raise SpecError(str(file), fragment or "/", f"component {section}/{name} also exists in {self.root.name}")
        self.hoisted[(file, fragment)] = local
        components[name] = copy.deepcopy(target)
        self._copy_positions(positions, fragment, local[1:], file)
        self._walk(components[name], local[1:], file)
        return local

    def _file(self, path: Path, at: str, ref: str) -> tuple[Any, dict[str, Position]]:
        if path not in self.files:
            if not path.exists():
                raise self._error(at, f"$ref {ref!r}: file {path.name} not found")
            self.files[path] = _read_document(path)
            self.sources.add(path)
        return self.files[path]

    def _copy_positions(self, positions: dict[str, Position], fragment: str, new_prefix: str, file: Path) -> None:
        for pointer, pos in list(positions.items()):
            if pointer == fragment or pointer.startswith(fragment + "/"):
                self.positions[new_prefix + pointer[len(fragment):]] = pos
        self.positions.setdefault(new_prefix, Position(str(file), 1))

    def _error(self, pointer: str, message: str) -> SpecError:
        spec = LoadedSpec(self.root, self.document, self.positions, Settings.placeholder())
        return spec.error(pointer, message)


MISSING = object()  # what resolve_pointer returns for a pointer to nothing


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


_PROJECT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    """A hash of the generator's own code and templates: output depends on them too."""
    digest = hashlib.sha256()
    files = sorted((_PROJECT / "generator").glob("*.py")) + sorted((_PROJECT / "templates").rglob("*.jinja"))
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
