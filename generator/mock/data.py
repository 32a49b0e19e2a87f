"""Example data for the mock server: pick spec examples, or synthesize values from schemas.

Everything here is deterministic (no randomness): the same schema always gives the same value,
so the mock answers the same request with the same bytes. Values are checked with the
OpenAPI-aware JSON Schema validators openapi-core itself uses, so "valid" means the same here
as in the mock's request and response validation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal
from urllib.parse import unquote

from openapi_core import OpenAPI
from openapi_core.configurations import Config
from openapi_core.validation.schemas import (
    oas30_read_schema_validators_factory,
    oas30_write_schema_validators_factory,
    oas31_schema_validators_factory,
)
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory

from generator.ir.synth import MAX_ITEMS, number_value, string_value
from generator.mock.bounded import bounded_validator
from generator.read.load import MISSING, resolve_pointer

# "response" data may omit writeOnly properties, "request" data readOnly ones (OAS 3.0 rules).
Direction = Literal["response", "request"]

SOFT_DEPTH = 6  # below this, objects carry only required properties and arrays stay minimal
HARD_DEPTH = 40  # a cycle of required properties ends here (with null)
MAX_NODES = 20_000  # schema nodes one value may visit: bounds oneOf-heavy recursive specs
_MISSING: Any = object()
_TYPE_HINTS = (
    ("object", ("properties", "additionalProperties", "required", "minProperties")),
    ("array", ("items", "prefixItems", "minItems", "maxItems")),
    ("number", ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")),
)


def is_openapi_31(document: Mapping[str, Any]) -> bool:
    return not str(document.get("openapi", "3.0")).startswith("3.0")


def resolve_ref(document: Mapping[str, Any], ref: str) -> Any:
    """The node a local `#/...` reference points at (the loader bundled every other kind);
    KeyError if there is none."""
    if not ref.startswith("#"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node = resolve_pointer(document, unquote(ref[1:]))  # a URI fragment: percent-decoded first
    if node is MISSING:
        raise KeyError(f"$ref {ref!r} points to nothing")
    return node


def deref(document: Mapping[str, Any], node: Any) -> Any:
    """Follow a chain of `$ref`s (components such as responses and examples, not schemas)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        if node["$ref"] in seen:
            return {}
        seen.add(node["$ref"])
        node = resolve_ref(document, node["$ref"])
    return node


def media_examples(document: Mapping[str, Any], media: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """A media type's examples in spec order: `example` (named ""), then each of `examples`."""
    found: list[tuple[str, Any]] = []
    if "example" in media:
        found.append(("", media["example"]))
    for name, example in (media.get("examples") or {}).items():
        example = deref(document, example)
        if isinstance(example, Mapping) and "value" in example:
            found.append((str(name), example["value"]))
    return found


def schema_examples(schema: Any) -> list[Any]:
    """`example` (3.0) and `examples` (3.1, a list) given on a schema itself."""
    if not isinstance(schema, Mapping):
        return []
    found = [schema["example"]] if "example" in schema else []
    if isinstance(schema.get("examples"), list):
        found.extend(schema["examples"])
    return found


def media_parts(media_type: str) -> tuple[str, str]:
    """`Application/JSON; charset=utf-8` -> ("application", "json")."""
    kind, _, sub = media_type.split(";", 1)[0].strip().lower().partition("/")
    return kind, sub


def is_json(media_type: str) -> bool:
    kind, sub = media_parts(media_type)
    return kind in ("application", "*") and (sub in ("json", "*") or sub.endswith("+json"))


def encode_value(value: Any, content_type: str) -> bytes:
    """Body bytes: JSON for JSON types; strings as they are (text/plain, octet-stream, ...)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and not is_json(content_type):
        return value.encode()
    return json.dumps(value, ensure_ascii=False).encode()


def header_text(value: Any) -> str:
    """A header value in the `simple` style: lists and objects comma-separated."""
    if isinstance(value, dict):
        value = [item for pair in value.items() for item in pair]
    if isinstance(value, list):
        return ",".join(header_text(v) for v in value)
    return "" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)


class SchemaChecker:
    """Validates values against schema dicts of one document, with OpenAPI semantics."""

    def __init__(self, document: Mapping[str, Any], direction: Direction) -> None:
        factory: SchemaValidatorsFactory
        if is_openapi_31(document):
            factory = oas31_schema_validators_factory
        elif direction == "response":
            factory = oas30_read_schema_validators_factory
        else:
            factory = oas30_write_schema_validators_factory
        self._validator_cls = bounded_validator(factory.schema_validator_cls)  # linear-time checks
        self._format_checker = factory.format_checker
        # A resolver rooted at the document lets any schema dict use its `#/...` references,
        # exactly as openapi-core's own schema validators do.
        spec = OpenAPI.from_dict(dict(document), config=Config(spec_validator_cls=None)).spec
        with spec.resolve() as resolved:
            self._resolver = resolved.resolver

    def errors(self, schema: Any, value: Any) -> list[str]:
        validator = self._validator_cls(schema, _resolver=self._resolver, format_checker=self._format_checker)
        try:
            return [error.message for error in validator.iter_errors(value)]
        except RecursionError:  # a schema that only refers to itself (A: oneOf [A, ...])
            return ["the schema refers to itself without end"]

    def is_valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)


@dataclass(frozen=True)
class _Context:
    depth: int = 0
    chain: tuple[str, ...] = ()  # `$ref`s being expanded, to spot recursion
    name: str = ""  # property or parameter name, to make strings readable
    variant: int = 0  # index among siblings, so array items differ (uniqueItems)
    minimal: bool = False


class Synthesizer:
    """Builds a value for a schema: examples first if valid, else from the schema's keywords."""

    def __init__(self, document: Mapping[str, Any], direction: Direction) -> None:
        self._document = document
        self._direction = direction
        self._is_31 = is_openapi_31(document)
        self.checker = SchemaChecker(document, direction)
        # Bumped whenever a value is produced that may not be valid (an unsatisfied oneOf, a
        # pattern); object and array builders then check and drop optional parts that fail.
        self._doubts = 0
        self._budget = MAX_NODES

    def value(self, schema: Any, name: str = "") -> Any:
        self._budget = MAX_NODES
        return self._build(schema, _Context(name=name))

    def _build(self, schema: Any, ctx: _Context) -> Any:
        self._budget -= 1
        if ctx.depth > HARD_DEPTH or self._budget < 0:
            self._doubts += 1
            return None
        schema, refs = self._deref_schema(schema)
        chain = ctx.chain + refs
        recursive = any(chain.count(ref) > 1 for ref in refs)
        ctx = replace(
            ctx,
            depth=ctx.depth + 1,
            chain=chain,
            minimal=ctx.minimal or recursive or ctx.depth >= SOFT_DEPTH,
        )
        if "allOf" in schema:
            return self._build(self._merge_all_of(schema), ctx)
        for example in schema_examples(schema):
            if self.checker.is_valid(schema, example):
                return example
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            options = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return options[ctx.variant % len(options)]
        if "oneOf" in schema or "anyOf" in schema:
            return self._build_choice(schema, ctx)
        kind = self._kind(schema)
        if kind == "null" or (ctx.minimal and recursive and self._nullable(schema)):
            return None
        builder = getattr(self, f"_build_{kind}", self._build_string)
        return builder(schema, ctx)

    def _deref_schema(self, schema: Any) -> tuple[dict[str, Any], tuple[str, ...]]:
        refs: list[str] = []
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in refs:
                return {}, tuple(refs)
            refs.append(ref)
            target = resolve_ref(self._document, ref)
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            if self._is_31 and siblings:  # 3.1: keywords beside `$ref` apply as well
                return {"allOf": [target, siblings]}, tuple(refs)
            schema = target
        if schema is True or not isinstance(schema, Mapping):
            return {}, tuple(refs)
        return dict(schema), tuple(refs)

    def _merge_all_of(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        """One schema for an allOf: properties and required unite, other keywords first-wins."""
        merged: dict[str, Any] = {}
        for part in self._all_of_parts(schema, frozenset()):
            for key, val in part.items():
                if key == "properties" and isinstance(val, Mapping):
                    props = merged.setdefault("properties", {})
                    for name, sub in val.items():
                        props[name] = {"allOf": [props[name], sub]} if name in props else sub
                elif key == "required" and isinstance(val, list):
                    merged["required"] = list(dict.fromkeys([*merged.get("required", []), *val]))
                elif key not in merged:
                    merged[key] = val
        return merged

    def _all_of_parts(self, schema: Mapping[str, Any], seen: frozenset[str]) -> Iterator[Mapping[str, Any]]:
        yield {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema.get("allOf") or []:
            resolved, refs = self._deref_schema(part)
            if seen.intersection(refs):
                continue
            yield from self._all_of_parts(resolved, seen.union(refs))

    def _build_choice(self, schema: Mapping[str, Any], ctx: _Context) -> Any:
        """The first option whose value the whole schema accepts (oneOf: exactly one match)."""
        key = "oneOf" if "oneOf" in schema else "anyOf"
        base = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        first: Any = _MISSING
        for index, option in enumerate(schema[key] or []):
            value = self._build({"allOf": [base, option]}, replace(ctx, variant=index))
            value = self._set_discriminator(schema, option, value)
            if self.checker.is_valid(schema, value):
                return value
            if first is _MISSING:
                first = value
        if self._nullable(schema):
            return None
        self._doubts += 1
        return None if first is _MISSING else first

    def _set_discriminator(self, schema: Mapping[str, Any], option: Any, value: Any) -> Any:
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, Mapping) or not isinstance(value, dict):
            return value
        ref = option.get("$ref") if isinstance(option, Mapping) else None
        if not isinstance(ref, str) or "propertyName" not in discriminator:
            return value
        tag = ref.rsplit("/", 1)[-1]
        for mapped, target in (discriminator.get("mapping") or {}).items():
            if target in (ref, tag):
                tag = mapped
                break
        return {**value, discriminator["propertyName"]: tag}

    def _kind(self, schema: Mapping[str, Any]) -> str:
        declared = schema.get("type")
        if isinstance(declared, list):
            declared = next((t for t in declared if t != "null"), "null" if declared else None)
        if isinstance(declared, str):
            return declared
        for kind, keywords in _TYPE_HINTS:
            if any(keyword in schema for keyword in keywords):
                return kind
        return "string"

    def _nullable(self, schema: Mapping[str, Any]) -> bool:
        declared = schema.get("type")
        return schema.get("nullable") is True or (isinstance(declared, list) and "null" in declared)

    def _skipped(self, schema: Any, required: bool) -> bool:
        """writeOnly properties stay out of responses, readOnly ones out of requests; in 3.0
        even required ones (its rule), in 3.1 only optional ones (plain JSON Schema there)."""
        flag = "writeOnly" if self._direction == "response" else "readOnly"
        resolved, _ = self._deref_schema(schema)
        return resolved.get(flag) is True and not (required and self._is_31)

    def _build_object(self, schema: Mapping[str, Any], ctx: _Context) -> dict[str, Any]:
        props: Mapping[str, Any] = schema.get("properties") or {}
        required = [str(name) for name in schema.get("required") or []]
        extra = schema.get("additionalProperties", True)
        result: dict[str, Any] = {}
        for name in [*props, *(r for r in required if r not in props)]:
            sub = props.get(name, extra if isinstance(extra, Mapping) else {})
            is_required = name in required
            if self._skipped(sub, is_required) or (ctx.minimal and not is_required):
                continue
            value = self._build_checked(sub, replace(ctx, name=name), optional=not is_required)
            if value is not _MISSING:
                result[name] = value
        # A map (additionalProperties with a schema) gets one entry; a free-form object none.
        wanted = min(_count(schema.get("minProperties")), MAX_ITEMS)  # `minProperties: 1e9`: a few
        if isinstance(extra, Mapping) and extra and not props and not ctx.minimal:
            wanted = max(wanted, 1)
        index = 1
        while len(result) < wanted and extra is not False and self._budget > 0:
            name = f"additionalProp{index}"
            sub = extra if isinstance(extra, Mapping) else {}
            result[name] = self._build(sub, replace(ctx, name=name, variant=index))
            index += 1
        return result

    def _build_checked(self, schema: Any, ctx: _Context, optional: bool) -> Any:
        """Build a value; an optional one that may be invalid is verified, dropped if it fails."""
        doubts = self._doubts
        value = self._build(schema, ctx)
        if optional and self._doubts > doubts:
            if not self.checker.is_valid(schema, value):
                return _MISSING
            self._doubts = doubts
        return value

    def _build_array(self, schema: Mapping[str, Any], ctx: _Context) -> list[Any]:
        min_items = min(_count(schema.get("minItems")), MAX_ITEMS)  # `minItems: 1e9`: a few, and unsure
        if min_items < _count(schema.get("minItems")):
            self._doubts += 1
        count = max(min_items, 0 if ctx.minimal else (2 if ctx.depth <= 1 else 1))
        if isinstance(schema.get("maxItems"), int):
            count = min(count, schema["maxItems"])
        prefix = schema.get("prefixItems")
        prefix = prefix if isinstance(prefix, list) else []
        items: list[Any] = []
        for index in range(max(count, min(len(prefix), MAX_ITEMS))):
            if self._budget <= 0:
                break
            sub = prefix[index] if index < len(prefix) else schema.get("items", {})
            value = self._build_checked(sub, replace(ctx, variant=ctx.variant + index), optional=index >= min_items)
            if value is _MISSING:
                break
            items.append(value)
        if schema.get("uniqueItems") and len(items) > max(min_items, 1):
            items = [v for i, v in enumerate(items) if v not in items[:i]]
        return items

    def _build_string(self, schema: Mapping[str, Any], ctx: _Context) -> str:
        value, sure = string_value(schema, ctx.name, ctx.variant)
        if not sure:
            self._doubts += 1
        return value

    def _build_number(self, schema: Mapping[str, Any], ctx: _Context) -> int | float:
        return number_value(schema, self._kind(schema) == "integer", ctx.variant)

    _build_integer = _build_number

    def _build_boolean(self, schema: Mapping[str, Any], ctx: _Context) -> bool:
        return ctx.variant % 2 == 0


def _count(value: Any) -> int:
    """A spec's minItems / minProperties as a count: a non-negative integer, else 0."""
    if isinstance(value, float) and value.is_integer():  # `1e9` in JSON is a float
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
