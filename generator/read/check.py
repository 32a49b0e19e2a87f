"""Check a loaded spec: openapi-spec-validator first, then the invariants the builders rely on."""

from __future__ import annotations

import dataclasses
import multiprocessing
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.errors import REFUSED, Finding, SpecError, SpecErrors
from generator.read.load import MISSING, LoadedSpec, escape_token, is_extension, resolve_pointer
from generator.read.repair import repair
from generator.read.repair_complaints import repair_complaints
from generator.read.spec_walk import iter_operations
from generator.read.validate import BackgroundValidation, Validation, validate_schema
from generator.read.versions import spec_version

_PATH_VARIABLE = re.compile(r"{([^}]+)}")
_SUPPORTED_STYLES = {
    "path": {"simple", "label", "matrix"},
    "query": {"form", "spaceDelimited", "pipeDelimited", "deepObject"},
    "header": {"simple"},
    "cookie": {"form"},
}


# Below this many paths the fork costs more than validating in place.
_BACKGROUND_MIN_PATHS = 50


@dataclass
class Checked:
    """What checking a spec gives the builders: the validator's verdict (perhaps still running)
    and what was read leniently."""

    validation: Validation
    findings: list[Finding]
    strict: bool

    def raise_if_strict(self, spec: LoadedSpec, later: list[Finding]) -> None:
        """Raise the lenient readings in strict mode, and always a `names:` setting the naming
        rules refuse (located in the settings file, at the pointer it names)."""
        from generator.read.load import settings_path

        problems = self.problems(later)
        refused = [SpecError(str(settings_path(spec.path)), f.pointer, f.message)
                   for f in problems if f.kind == REFUSED]
        if self.strict and problems:
            raise SpecErrors(refused + [spec.error(f.pointer, f.message) for f in problems if f.kind != REFUSED])
        if refused:
            raise SpecErrors(refused)

    def problems(self, later: list[Finding]) -> list[Finding]:
        """Everything read leniently, with what later stages read leniently (the names plan's
        findings), once each: a path's parameter is named again for each of its operations."""
        return list(dict.fromkeys(self.findings + later))


def check_spec(spec: LoadedSpec, background: bool = False, strict: bool | None = None) -> Checked:
    """Raise SpecErrors listing every problem found; return what the builders need otherwise.

    With `background`, a big spec's schema validation may still be running when this returns:
    call `.validation.wait()` before using what was built from the spec. `strict` (default:
    the spec's setting) makes every lenient reading an error.
    """
    document = spec.document
    try:
        spec_version(str(spec.path), document, spec.positions)  # load_spec checked it already
    except SpecError as exc:
        raise SpecErrors([exc]) from None
    version = str(document["openapi"])
    strict = spec.settings.strict if strict is None else strict
    findings = spec.findings + repair(document)
    errors = list(_dangling_refs(spec))
    # Our invariants first: they name the exact place, where the validator often says only "/".
    try:
        errors += _invariants(spec)
    except (AttributeError, TypeError, KeyError):
        pass  # a malformed document: the validator below explains it better
    if errors:
        strict_errors = [spec.error(f.pointer, f.message) for f in findings] if strict else []
        raise SpecErrors(strict_errors + errors)
    # In strict mode the lenient readings are errors too: raised with the builders' naming
    # findings once the package is built (`raise_if_strict`), so one run shows them all.
    validated = spec
    if strict and spec.swagger2 is not None:  # every complaint of the 2.0 validator, at its place in the 2.0 file
        validated, version = dataclasses.replace(spec.swagger2, sources=spec.sources), "2.0"
    forkable = "fork" in multiprocessing.get_all_start_methods()
    paths = document.get("paths")
    if background and forkable and isinstance(paths, dict) and len(paths) >= _BACKGROUND_MIN_PATHS:
        return Checked(BackgroundValidation(validated, version), findings, strict)
    findings += validate_leniently(validated, version, strict)
    return Checked(Validation(), findings, strict)


_REPAIR_ROUNDS = 3  # a repair can uncover a complaint the first pass did not reach


def validate_leniently(spec: LoadedSpec, version: str, strict: bool) -> list[Finding]:
    """openapi-spec-validator's verdict: each complaint a repair can take is repaired (and the
    spec validated again); the others are errors. The repairs are returned, as every lenient
    reading is: warnings, or in strict mode errors (with the others, when there are some)."""
    findings: list[Finding] = []
    if version == "2.0":  # strict on a Swagger 2.0 file: the 2.0 validator's own words, at its lines
        validate_schema(spec, version)
        return findings
    for _ in range(_REPAIR_ROUNDS):
        try:
            validate_schema(spec, version)
            return findings
        except SpecErrors as exc:
            repaired = repair_complaints(spec.document, [complaint(e) for e in exc.errors])
            if not repaired:
                raise SpecErrors([spec.error(f.pointer, f.message) for f in findings if strict] + exc.errors) from None
            findings += repaired
    validate_schema(spec, version)
    return findings


def complaint(error: SpecError) -> tuple[str, str]:
    """(JSON pointer, the validator's words) of a validator error, as `validate_schema` made it."""
    located = re.fullmatch(r"\d+ \((.*)\)", error.where)
    pointer = located.group(1) if located else error.where
    message = re.sub(r"^invalid OpenAPI [\d.]+: ", "", error.message)
    return ("" if pointer == "/" else pointer), message


def _walk(node: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        current, at = stack.pop()
        if isinstance(current, dict):
            yield at, current
            for key, value in current.items():
                if isinstance(value, (dict, list)) and not is_extension(key, at):
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
    from generator.read.load import RefChains
    from generator.read.validate import allof_cycles

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
    """What no lenient reading can repair. (Name collisions are the names plan's; constructs a
    client can do without are the lenient reading's.)"""
    for path, method, item, operation in iter_operations(spec.document):
        pointer = f"/paths/{escape_token(path)}/{method}"
        yield from _check_parameters(spec, path, item, operation, pointer)


def _check_parameters(spec: LoadedSpec, path: str, item: dict[str, Any], operation: dict[str, Any],
                      pointer: str) -> Iterator[SpecError]:
    declared: dict[str, str] = {}
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
