"""openapi-spec-validator's verdict on a spec: in place, or in a forked process for big specs.

The validator recurses through schemas and follows `$ref`s as it goes: a long reference chain
or cycle would need a stack far deeper than Python's default, and `allOf` including itself never
ends. Instead of raising the recursion limit, it gets a copy of the document with reference
chains collapsed, and validates each component schema where it is defined, never again through a
reference to it; a schema that includes itself through allOf is refused before it runs.
"""

from __future__ import annotations

import heapq
import multiprocessing
import signal
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from jsonschema.exceptions import ValidationError, relevance  # type: ignore[import-untyped]
from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import ExtraParametersError
from openapi_spec_validator.validation.validators import SpecValidator

from generator.errors import SpecError, SpecErrors
from generator.read import openapi32
from generator.read.load import LoadedSpec, RefChains, escape_token, resolve_pointer, unescape_token
from generator.read.parse import copy_tree
from generator.read.patterns import linear_patterns

MAX_REPORTED = 50
_NAMES = {"2.0": "Swagger 2.0"}  # validator problems listed one per line; the rest are counted


class _NO_CACHE:  # stands in for an lru_cache the library might drop
    @staticmethod
    def cache_clear() -> None:
        pass


class Validation:
    """openapi-spec-validator's verdict on a spec, perhaps still being computed elsewhere."""

    def wait(self) -> None:
        """Return when the spec is valid; raise SpecErrors when it is not."""


class BackgroundValidation(Validation):
    """The validator run in a forked process while the caller builds and renders the package.

    It is the slowest stage for big specs (seconds for a thousand operations); on two cores,
    running it beside the rest of the pipeline nearly halves the wall time.
    """

    def __init__(self, spec: LoadedSpec, version: str) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_validate_into, args=(spec, version, sender), daemon=True)
        self._process.start()
        sender.close()

    def wait(self) -> None:
        try:
            kind, payload = self._receiver.recv()
        except EOFError:
            kind, payload = "errors", [("", "", "the spec validator stopped unexpectedly")]
        except BaseException:  # Ctrl-C, or the caller's own failure: the child's verdict is moot
            self._process.terminate()
            raise
        finally:
            self._process.join()
        if kind == "bug":
            raise RuntimeError(f"in the spec validator: {payload}")
        if payload:
            raise SpecErrors([SpecError(*error) for error in payload])


def _validate_into(spec: LoadedSpec, version: str, sender: Any) -> None:
    # Ctrl-C reaches the whole process group: the parent says "interrupted", the child just ends.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    outcome: tuple[str, Any] = ("errors", None)
    try:
        validate_schema(spec, version)
    except SpecErrors as exc:
        outcome = ("errors", [(e.file, e.where, e.message) for e in exc.errors])
    except Exception as exc:  # noqa: BLE001 -- a bug of ours: the parent reports it (exit 3), no traceback here
        outcome = ("bug", f"{type(exc).__name__}: {exc}")
    try:
        sender.send(outcome)
    except OSError:
        pass  # the parent is gone


def allof_cycles(document: dict[str, Any], chains: RefChains | None = None,
                 limit: int = MAX_REPORTED) -> list[tuple[str, list[str]]]:
    """(pointer, [A, B, A]) for each schema that includes itself through allOf, directly or by $refs.

    Findings, not an exception, so that a lenient mode can make them warnings; at most `limit`.
    An iterative depth-first search: linear in the schemas and their allOf items.
    """
    chains = chains or RefChains(document)
    done: set[str] = set()
    findings: list[tuple[str, list[str]]] = []
    for start in _allof_holders(document):
        begin = _allof_node(chains, start)
        if begin is None or begin in done:
            continue
        path: list[str] = [begin]
        on_path = {begin: 0}
        edges: list[Iterator[tuple[str, str]]] = [_allof_edges(chains, begin)]
        while edges and len(findings) < limit:
            step = next(edges[-1], None)
            if step is None:
                done.add(path[-1])
                del on_path[path.pop()]
                edges.pop()
                continue
            pointer, node = step
            if node in on_path:  # told from the schema whose allOf closes the cycle
                cycle = [path[-1], *path[on_path[node]:]]
                findings.append((pointer, [_schema_name(ref) for ref in cycle]))
            elif node not in done:
                on_path[node] = len(path)
                path.append(node)
                edges.append(_allof_edges(chains, node))
    return findings


def _allof_holders(document: dict[str, Any]) -> Iterator[str]:
    """A ref to each node with an allOf, components first (cycles are named from where they are met)."""
    components = document.get("components")
    stack: list[tuple[Any, str]] = [(document, "")]
    if isinstance(components, dict):
        stack.append((components, "/components"))  # walked first: popped last-in, first-out
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("allOf"), list):
                yield "#" + at
            stack.extend((value, f"{at}/{escape_token(str(key))}") for key, value in reversed(node.items())
                         if isinstance(value, (dict, list)) and (at, key) != ("", "components"))
        elif isinstance(node, list):
            stack.extend((value, f"{at}/{index}") for index, value in reversed(list(enumerate(node)))
                         if isinstance(value, (dict, list)))


def _allof_node(chains: RefChains, ref: str) -> str | None:
    """The ref naming the schema `ref` leads to, or None when it leads nowhere usable."""
    end = chains.end(ref)
    return end.last_ref if isinstance(end.target, dict) else None


def _allof_edges(chains: RefChains, ref: str) -> Iterator[tuple[str, str]]:
    """(pointer of the `$ref`, schema it names) for each schema `ref`'s schema includes through allOf."""
    stack = [(chains.target(ref), ref[1:])]
    while stack:
        schema, at = stack.pop()
        items = schema.get("allOf") if isinstance(schema, dict) else None
        for index, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("$ref"), str):
                node = _allof_node(chains, item["$ref"])
                if node is not None:
                    yield f"{at}/allOf/{index}/$ref", node
            else:
                stack.append((item, f"{at}/allOf/{index}"))


def _schema_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    name = ref[len(prefix):]
    return unescape_token(name) if ref.startswith(prefix) and "/" not in name else ref


def validate_schema(spec: LoadedSpec, version: str) -> None:
    """Raise SpecErrors with every problem the validator finds, one line each (at most MAX_REPORTED)."""
    errors: list[SpecError] = []
    seen: set[str] = set()
    more = 0
    # A Swagger 2.0 document as written: its refs into other files were read (within limits)
    # by the bundler of its 3.0 reading already.
    base_uri = spec.path.resolve().as_uri() if version == "2.0" and len(spec.sources) > 1 else ""
    document = _collapsed(spec.document)
    if openapi32.is_32(document):  # validated as 3.1 (see openapi32.py)
        document = openapi32.view_31(document)
    validator = _validator_class(version)(document, base_uri=base_uri)
    try:
        for error in validator.iter_errors():
            if version == "2.0" and error.instance == "file" and list(error.absolute_path)[-1:] == ["type"]:
                continue  # the library checks a response schema's `type` without 2.0's `file`
            pointer, message = _describe(error)
            tokens = pointer.split("/")
            if any("/".join(tokens[:end]) in seen for end in range(2, len(tokens) + 1)):
                continue  # the same problem seen twice by the validator, or one inside a reported node
            seen.add(pointer)
            if len(errors) < MAX_REPORTED:
                errors.append(spec.error(pointer, f"invalid {_NAMES.get(version, 'OpenAPI ' + version)}: {message}"))
            else:
                more += 1
    except RecursionError:
        errors.append(spec.error("", "the spec nests too deeply to validate: move deeply nested inline schemas "
                                     "into components/schemas"))
    except Exception as exc:  # noqa: BLE001 -- the validator's own failures: report, never a traceback
        if not errors:  # else it stumbled on what the lines before report (`paths: 5`, then KeyError 'paths')
            errors.append(spec.error("", f"invalid OpenAPI document: {type(exc).__name__}: {exc}"))
    finally:  # the library caches every validator's errors (and so its document) for good
        getattr(SpecValidator.iter_errors, "__wrapped__", _NO_CACHE).cache_clear()
    if more:
        errors.append(SpecError(str(spec.path), "", f"... and {more} more problems"))
    if errors:
        raise SpecErrors(errors)


def _describe(error: ValidationError) -> tuple[str, str]:
    """The pointer of the most specific failing node, and one line about it."""
    best = error
    try:  # jsonschema's best_match descent, which the validator's re-made errors cannot take themselves
        while best.context:
            smallest = heapq.nsmallest(2, best.context, key=relevance)
            if len(smallest) == 2 and relevance(smallest[0]) == relevance(smallest[1]):
                break
            best = smallest[0]
    except AttributeError:
        pass
    pointer = "".join(f"/{escape_token(str(part))}" for part in best.absolute_path)
    message = str(best.message).splitlines()[0] if best.message else str(best)
    if best.context and best.validator in ("oneOf", "anyOf"):  # say why, not print the whole node
        reasons = dict.fromkeys(e.message for e in best.context if e.message != "'$ref' is a required property")
        message = "matches none of the allowed forms: " + "; ".join(list(reasons)[:3])
    return pointer, message if len(message) <= 300 else message[:297] + "..."


def _collapsed(document: dict[str, Any]) -> dict[str, Any]:
    """A copy whose `$ref`s point straight at the end of their chains (one hop for the validator)."""
    chains = RefChains(document)
    copy: dict[str, Any] = copy_tree(document)
    stack: list[Any] = [copy]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#"):
                end = chains.end(ref)
                if end.target is not None and end.last_ref != ref:
                    node["$ref"] = end.last_ref
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, (dict, list)))
    return copy


class _Located:
    """Give a keyword validator's errors their place in the document.

    The library reports most of them relative to the node it was checking (or nowhere); each
    error is placed once, by the innermost validator that saw it.
    """

    below: tuple[str, ...] = ()  # where under the checked node its errors are (the default value)

    def __call__(self, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        node = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        for error in super().__call__(*args, **kwargs):  # type: ignore[misc]
            if node is not None and not getattr(error, "_apigen_located", False):
                below = ("required",) if isinstance(error, ExtraParametersError) else self.below
                error.path.extendleft(reversed((*node.parts, *below)))
                error._apigen_located = True
            yield error


class _ComponentsOnce:
    """Validate a component schema where it is defined, not again through every `$ref` to it.

    That keeps the recursion as deep as one schema's own nesting (not a whole reference chain
    or cycle), and each schema is validated once. The properties an allOf brings in are
    collected from the plain document, iteratively and memoized: the library's own collection
    recurses without end on cycles, and walking paths through references costs it O(n²) memory.
    """

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        # The library looks schemas up in these lists once per schema: quadratic time without this.
        self.visited_schema_ids = _IdList()
        self.meta_checked_schema_ids = _IdList()
        self._document: Any = None
        self._homes: dict[int, tuple[str, ...]] = {}
        self._properties: dict[int, frozenset[str]] = {}

    def __call__(self, schema: SchemaPath, require_properties: bool = True,
                 meta_checked: bool = False) -> Iterator[ValidationError]:
        if self._document is None:
            self._document = schema.accessor.node
            schemas = (self._document.get("components") or {}).get("schemas")
            items = schemas.items() if isinstance(schemas, dict) else []
            self._homes = {id(value): ("components", "schemas", name) for name, value in items}
        home = self._homes.get(id(schema.read_value()))
        if home is not None and tuple(schema.parts) != home:
            return iter(())
        return super().__call__(schema, require_properties, meta_checked)  # type: ignore[misc,no-any-return]

    def _collect_properties(self, schema: SchemaPath) -> set[str]:
        """Names of the properties `schema` and the schemas it combines define."""
        root = schema.read_value()
        partial: dict[int, tuple[frozenset[str], frozenset[int]]] = {}  # on a cycle still being walked
        open_ids: set[int] = set()
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            value, children_done = stack.pop()
            key = id(value)
            if not children_done:
                if key not in self._properties and key not in partial and key not in open_ids:
                    open_ids.add(key)
                    stack.append((value, True))
                    stack.extend((child, False) for child in self._combined(value))
                continue
            names = set(value["properties"]) if isinstance(value.get("properties"), Mapping) else set()
            waiting: set[int] = set()
            for child in self._combined(value):
                if id(child) in self._properties:
                    names |= self._properties[id(child)]
                elif id(child) in partial:
                    names |= partial[id(child)][0]
                    waiting |= partial[id(child)][1]
                elif id(child) in open_ids:
                    waiting.add(id(child))
            open_ids.discard(key)
            waiting.discard(key)
            if waiting:  # part of a cycle whose start is still open: complete only there
                partial[key] = (frozenset(names), frozenset(waiting))
            else:
                self._properties[key] = frozenset(names)
        return set(self._properties.get(id(root)) or partial.get(id(root), (frozenset(),))[0])

    def _combined(self, value: Any) -> list[Mapping[str, Any]]:
        """The schemas `value` combines (allOf, anyOf, oneOf, items, not), references resolved."""
        if not isinstance(value, Mapping):
            return []
        found = []
        for keyword in ("allOf", "anyOf", "oneOf", "items", "not"):
            items = value.get(keyword)
            for item in items if isinstance(items, list) and keyword.endswith("Of") else [items]:
                ref = item.get("$ref") if isinstance(item, Mapping) else None
                if isinstance(ref, str) and ref.startswith("#"):  # one hop: chains are collapsed
                    item = resolve_pointer(self._document, ref[1:])
                if isinstance(item, Mapping):
                    found.append(item)
        return found


class _IdList(list[int]):
    """A list of ids with the membership test of a set."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


@cache
def _validator_class(version: str) -> type[SpecValidator]:
    bases: dict[str, type[SpecValidator]] = {"2.0": OpenAPIV2SpecValidator, "3.0": OpenAPIV30SpecValidator}
    base = bases.get(version[:3], OpenAPIV31SpecValidator)
    located: dict[str, type[keywords.KeywordValidator]] = {}
    for name, cls in base.keyword_validators.items():
        mixins: tuple[type, ...] = (_Located, _ComponentsOnce) if name == "schema" else (_Located,)
        attributes: dict[str, Any] = {"below": ("default",)} if name == "default" else {}
        if issubclass(cls, keywords.ValueValidator):  # a default checked against its schema's pattern
            attributes["value_validator_cls"] = linear_patterns(cls.value_validator_cls)
        located[name] = type(f"Located{cls.__name__}", (*mixins, cls), attributes)
    return type(f"Apigen{base.__name__}", (base,), {"keyword_validators": located})
