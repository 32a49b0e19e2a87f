"""Schema → type tree. Named and inline models are the registry's business (callbacks)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.ir.typetree import (
    AnyValue,
    Binary,
    BinaryRole,
    Constrained,
    DictOf,
    FreeForm,
    Limits,
    ListOf,
    LiteralOf,
    Primitive,
    Scalar,
    TupleOf,
    TypeNode,
    nullable,
    union,
)

# string format → scalar; formats not listed read as str
# (OpenAPI Generator's mapping: uuid → UUID, byte → bytes or str, number/decimal → Decimal)
_STRING_FORMATS = {"date-time": Scalar.DATETIME, "date": Scalar.DATE, "decimal": Scalar.DECIMAL,
                   "number": Scalar.DECIMAL, "uuid": Scalar.UUID, "byte": Scalar.BYTE}
_KIND_SCALARS = {"integer": Scalar.INT, "number": Scalar.FLOAT, "boolean": Scalar.BOOL}


def schema_types(schema: Any) -> list[str]:
    """The `type` of a schema as a list, for 3.0 (`nullable`) and 3.1 (type arrays) alike."""
    raw = schema.get("type") if isinstance(schema, dict) else None
    if raw is None:
        return []
    return [raw] if isinstance(raw, str) else [t for t in raw if isinstance(t, str)]


def is_nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if schema.get("nullable") is True or "null" in schema_types(schema):
        return True
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and any(_is_null(m) for m in members):
            return True
    return False


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema_types(schema) == ["null"]


def primitive(schema: dict[str, Any], binary: BinaryRole = BinaryRole.PROPERTY) -> TypeNode | None:
    """The type of a schema with one primitive `type`, or None when it is not one."""
    kinds = [t for t in schema_types(schema) if t != "null"]
    kind = kinds[0] if len(kinds) == 1 else ""
    if kind == "string":
        fmt = schema.get("format", "")
        if fmt == "binary":
            return Binary(binary)
        return Primitive(_STRING_FORMATS.get(fmt, Scalar.STR))
    if kind in _KIND_SCALARS:
        return Primitive(_KIND_SCALARS[kind])
    return None


# Keywords that say nothing about a value's shape: an allOf part with only these (`{nullable:
# true}`, `{description: ...}`) annotates its sibling instead of adding a member.
_ANNOTATIONS = {"nullable", "description", "title", "readOnly", "writeOnly", "deprecated", "example",
                "examples", "default", "externalDocs", "xml", "$comment"}


def shaping_parts(schema: dict[str, Any]) -> list[tuple[int, Any]]:
    """The (index, part) of a schema's allOf that give it a shape."""
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return []
    return [(i, p) for i, p in enumerate(parts)
            if not (isinstance(p, dict) and p and set(p) <= _ANNOTATIONS or p == {})]


RefModel = Callable[[str], TypeNode]
InlineModel = Callable[[dict[str, Any], str, str], TypeNode]  # (schema, name hint, pointer)


def resolve_type(schema: Any, ref_model: RefModel, inline: InlineModel, hint: str, pointer: str) -> TypeNode:
    """The type of `schema` at `pointer` (null included when the schema allows it); `$ref`s go
    to `ref_model`, inline objects, enums and compositions to `inline`.

    `hint` is the inline name this schema would get (`V2IntervalsDeletePost200Response`);
    array items extend it with `Inner` as OpenAPI Generator does.
    """
    node = _resolve(schema, ref_model, inline, hint, pointer)
    if isinstance(schema, dict) and "$ref" not in schema:
        node = constrained(node, schema)
    return nullable(node) if is_nullable(schema) else node


def _resolve(schema: Any, ref_model: RefModel, inline: InlineModel, hint: str, pointer: str) -> TypeNode:
    if not isinstance(schema, dict) or not schema:
        return AnyValue()
    if "$ref" in schema:
        return ref_model(schema["$ref"])
    if "const" in schema:
        return LiteralOf((schema["const"],))
    shaped = shaping_parts(schema)
    if len(shaped) == 1 and not schema.get("properties"):
        index, part = shaped[0]
        node = _resolve(part, ref_model, inline, hint, f"{pointer}/allOf/{index}")
        return nullable(node) if any(is_nullable(p) for p in schema["allOf"]) else node
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members and not schema.get("discriminator"):
            typed = [(i, m) for i, m in enumerate(members) if not _is_null(m)]
            if all(isinstance(m, dict) and ("$ref" in m or primitive(m)) for _, m in typed):
                return union([_resolve(m, ref_model, inline, f"{hint}{n}", f"{pointer}/{key}/{i}")
                              for n, (i, m) in enumerate(typed)])
    if "enum" in schema or shaped or any(k in schema for k in ("oneOf", "anyOf")):
        return inline(schema, hint, pointer)
    if "allOf" in schema:  # only annotations (`allOf: [{}, {description: ...}]`): the rest says it all
        schema = {k: v for k, v in schema.items() if k != "allOf"}
        if not schema:
            return AnyValue()
    kinds = [t for t in schema_types(schema) if t != "null"]
    if "array" in kinds or (not kinds and ("items" in schema or "prefixItems" in schema)):
        return _array(schema, ref_model, inline, hint, pointer)
    if "object" in kinds or (not kinds and ("properties" in schema or "additionalProperties" in schema)):
        if schema.get("properties"):
            return inline(schema, hint, pointer)
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            return DictOf(resolve_type(extra, ref_model, inline, hint + "Value", f"{pointer}/additionalProperties"))
        return FreeForm(declared_map="additionalProperties" in schema)
    found = primitive(schema)
    if found is not None:
        return found
    if len(kinds) > 1:
        return union([primitive({"type": k}) or AnyValue() for k in kinds])
    return AnyValue()


def _array(schema: dict[str, Any], ref_model: RefModel, inline: InlineModel, hint: str, pointer: str) -> TypeNode:
    prefix = schema.get("prefixItems")
    if isinstance(prefix, list) and prefix:
        return TupleOf(tuple(resolve_type(item, ref_model, inline, f"{hint}Inner{i}", f"{pointer}/prefixItems/{i}")
                             for i, item in enumerate(prefix)))
    return ListOf(resolve_type(schema.get("items", {}), ref_model, inline, hint + "Inner", f"{pointer}/items"))


_LIMIT_NAMES = {"minLength": "min_length", "maxLength": "max_length", "minItems": "min_length",
                "maxItems": "max_length", "multipleOf": "multiple_of"}


def limits(schema: dict[str, Any]) -> Limits | None:
    """A schema's constraints the client enforces on what it builds, or None."""
    found: dict[str, Any] = {}
    for key, name in _LIMIT_NAMES.items():
        if _is_number(schema.get(key)):
            found[name] = schema[key]
    for bound, inclusive, exclusive in (("minimum", "ge", "gt"), ("maximum", "le", "lt")):
        value = schema.get(bound)
        flag = schema.get("exclusive" + bound.capitalize())
        if _is_number(flag):  # 3.1: the bound itself
            found[exclusive] = flag
        elif _is_number(value):
            found[exclusive if flag is True else inclusive] = value
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _compiles(pattern):
        found["pattern"] = pattern
    if schema.get("uniqueItems") is True:
        found["unique"] = True
    return Limits(tuple(sorted(found.items()))) if found else None


def constrained(node: TypeNode, schema: dict[str, Any]) -> TypeNode:
    found = limits(schema)
    return Constrained(node, found) if found else node


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _compiles(pattern: str) -> bool:
    """ECMA-262 patterns Python's `re` cannot read are not enforced (the server still checks).
    A Perl-style `/body/flags` pattern is read as its body (the runtime applies the flags)."""
    perl = re.fullmatch(r"/(.*)/([imsux]*)", pattern, re.DOTALL)
    try:
        re.compile(perl.group(1) if perl else pattern)
    except re.error:
        return False
    return True
