"""Check a loaded spec: openapi-spec-validator first, then the invariants the builders rely on."""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Iterator
from typing import Any

from generator import naming
from generator.errors import SpecError, SpecErrors
from generator.load import MISSING, LoadedSpec, escape_token, resolve_pointer
from generator.spec_walk import OPTION_NAMES, iter_operations, operation_method_name
from generator.validate import BackgroundValidation, Validation, validate_schema

_PATH_VARIABLE = re.compile(r"{([^}]+)}")
_SUPPORTED_STYLES = {
    "path": {"simple"},
    "query": {"form", "spaceDelimited", "pipeDelimited", "deepObject"},
    "header": {"simple"},
    "cookie": {"form"},
}


# Below this many paths the fork costs more than validating in place.
_BACKGROUND_MIN_PATHS = 50


def check_spec(spec: LoadedSpec, background: bool = False) -> Validation:
    """Raise SpecErrors listing every problem found; return quietly when the spec is usable.

    With `background`, a big spec's schema validation may still be running when this returns:
    call `.wait()` on the result before using what was built from the spec.
    """
    document = spec.document
    version = str(document.get("openapi", ""))
    if not version:
        if "swagger" in document:
            raise SpecErrors([spec.error("/swagger", "Swagger 2.0 is not supported: convert it to OpenAPI 3")])
        raise SpecErrors([spec.error("", "not an OpenAPI document: no 'openapi' version field")])
    if not re.match(r"^3\.[01]\.\d+$", version):
        raise SpecErrors([spec.error("/openapi", f"OpenAPI version {version!r} is not supported (3.0.x or 3.1.x)")])
    ref_errors = list(_dangling_refs(spec))
    if ref_errors:
        raise SpecErrors(ref_errors)
    # Our invariants first: they name the exact place, where the validator often says only "/".
    try:
        errors = list(_invariants(spec))
    except (AttributeError, TypeError, KeyError):
        errors = []  # a malformed document: the validator below explains it better
    if errors:
        raise SpecErrors(errors)
    forkable = "fork" in multiprocessing.get_all_start_methods()
    if background and forkable and len(document.get("paths") or {}) >= _BACKGROUND_MIN_PATHS:
        return BackgroundValidation(spec, version)
    validate_schema(spec, version)
    return Validation()


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            yield at, current
            for key, value in current.items():
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{at}/{escape_token(str(key))}"))
        elif isinstance(current, list):
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{at}/{index}"))


def _target(document: dict[str, Any], ref: str) -> Any:
    return resolve_pointer(document, ref[1:]) if ref.startswith("#") else MISSING


def _dangling_refs(spec: LoadedSpec) -> Iterator[SpecError]:
    """Refs that could not be bundled or point to nothing, cycles of pure refs, and allOf cycles.

    Chain ends are memoized (RefChains), so a chain of n references costs O(n), not O(n²).
    """
    from generator.load import RefChains
    from generator.validate import allof_cycles

    document = spec.document
    chains = RefChains(document)
    reported_cycles: set[frozenset[str]] = set()
    for at, node in sorted(_walk(document), key=lambda item: item[0]):
        ref = node.get("$ref")
        if not isinstance(ref, str) or at.startswith("/components/examples") or "/example" in at:
            continue
        if not ref.startswith("#"):
            yield spec.error(at + "/$ref", f"$ref {ref!r} could not be bundled")
            continue
        end = chains.end(ref)
        if end.cycle:
            cycle = frozenset(end.cycle)
            if cycle not in reported_cycles:
                reported_cycles.add(cycle)
                seen, members = [ref], {ref}  # walked once per cycle, for the message
                while (step := chains.target(seen[-1])["$ref"]) not in members:
                    seen.append(step)
                    members.add(step)
                chain = " → ".join(["#" + at] + seen) if _is_on_cycle(at, seen) else " → ".join(seen + [step])
                yield spec.error(at + "/$ref", f"$ref cycle with nothing but references: {chain}")
        elif end.target is MISSING:
            yield spec.error(at + "/$ref", f"$ref {end.last_ref!r} points to nothing")
    for pointer, schemas in allof_cycles(document, chains):
        shown = schemas if len(schemas) <= 12 else [*schemas[:5], f"… {len(schemas) - 10} more …", *schemas[-5:]]
        yield spec.error(pointer, f"schema includes itself through allOf: {' → '.join(shown)}")


def _is_on_cycle(at: str, refs: list[str]) -> bool:
    return "#" + at in refs


def _invariants(spec: LoadedSpec) -> Iterator[SpecError]:
    document = spec.document
    operation_ids: dict[str, str] = {}
    method_names: dict[tuple[str, str], str] = {}
    for path, method, item, operation in iter_operations(document):
        pointer = f"/paths/{escape_token(path)}/{method}"
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str):
            if operation_id in operation_ids:
                yield spec.error(pointer + "/operationId",
                                 f"duplicate operationId {operation_id!r} (also at {operation_ids[operation_id]})")
                continue
            operation_ids[operation_id] = pointer
        tag = naming.api_class_name(str((operation.get("tags") or ["default"])[0]))
        name = operation_method_name(path, method, operation)
        if (tag, name) in method_names:
            yield spec.error(pointer, f"method name {name!r} of {tag} is also derived for {method_names[(tag, name)]}")
        method_names.setdefault((tag, name), pointer)
        yield from _check_parameters(spec, path, item, operation, pointer)
        if "callbacks" in operation:
            yield spec.error(pointer + "/callbacks", "callbacks are not supported by the client generator")
    for at, node in _walk(document.get("components", {}).get("schemas", {}), "/components/schemas"):
        if "not" in node and isinstance(node["not"], dict) and not at.endswith("/properties"):
            yield spec.error(at + "/not", "schema keyword 'not' is not supported")


def _check_parameters(spec: LoadedSpec, path: str, item: dict[str, Any], operation: dict[str, Any],
                      pointer: str) -> Iterator[SpecError]:
    declared: dict[str, str] = {}
    python_names: dict[str, str] = {}
    lists = ((pointer.rsplit("/", 1)[0], item.get("parameters")), (pointer, operation.get("parameters")))
    for base, params in lists:
        for index, raw in enumerate(params or []):
            at = f"{base}/parameters/{index}"
            param = raw
            if isinstance(raw, dict) and "$ref" in raw:
                param = _target(spec.document, raw["$ref"])
            if not isinstance(param, dict):
                continue
            name, where = str(param.get("name")), str(param.get("in"))
            style = param.get("style")
            if style is not None and style not in _SUPPORTED_STYLES.get(where, set()):
                yield spec.error(at + "/style", f"parameter style {style!r} in {where} is not supported")
            if where == "path":
                declared[name] = at
            python = naming.snake_identifier(name)
            if python in OPTION_NAMES:
                yield spec.error(at, f"parameter {name!r} clashes with the request option {python!r}")
            if python in python_names and python_names[python] != f"{where}:{name}" and base == pointer:
                yield spec.error(at, f"parameters {python_names[python].split(':', 1)[1]!r} and {name!r} both become {python!r}")
            python_names.setdefault(python, f"{where}:{name}")
    in_path = set(_PATH_VARIABLE.findall(path))
    for name, at in declared.items():
        if name not in in_path:
            yield spec.error(at, f"path parameter {name!r} does not appear in path {path!r}")
    for name in sorted(in_path - set(declared)):
        yield spec.error(pointer, f"path {path!r} has {{{name}}} but no path parameter {name!r}")
