"""Schema → Python type: the annotation for code, the text for docs, and what to import."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.ir import TypeRef

# format → (annotation, doc, stdlib import)
_STRING_FORMATS: dict[str, tuple[str, str, str]] = {
    "date-time": ("datetime", "datetime", "from datetime import datetime"),
    "date": ("date", "date", "from datetime import date"),
    "decimal": ("Decimal", "decimal.Decimal", "from decimal import Decimal"),
}
ANY = TypeRef("Any", "object", typing=("Any",))
FREE_FORM = TypeRef("dict[str, Any]", "Dict[str, object]", typing=("Any",))
OBJECT = TypeRef("dict[str, Any]", "object", typing=("Any",))
BINARY = TypeRef("bytearray", "bytearray", is_binary=True)
FILE_UPLOAD = TypeRef("FileInput", "bytearray", is_binary=True)


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
        if isinstance(members, list) and any(
            isinstance(m, dict) and schema_types(m) == ["null"] for m in members
        ):
            return True
    return False


def is_free_form(schema: dict[str, Any]) -> bool:
    """An object schema with no properties and no typed additionalProperties."""
    if schema.get("properties") or any(k in schema for k in ("allOf", "oneOf", "anyOf", "enum")):
        return False
    extra = schema.get("additionalProperties", True)
    return extra is True or extra == {}


def primitive(schema: dict[str, Any]) -> TypeRef | None:
    """The type of a schema with a primitive `type`, or None when it is not one."""
    kinds = [t for t in schema_types(schema) if t != "null"]
    kind = kinds[0] if len(kinds) == 1 else ""
    fmt = schema.get("format", "")
    if kind == "string":
        if fmt == "binary":
            return BINARY
        if fmt in _STRING_FORMATS:
            annotation, doc, stdlib = _STRING_FORMATS[fmt]
            return TypeRef(annotation, doc, stdlib=(stdlib,))
        return TypeRef("str", "str")
    if kind == "integer":
        return TypeRef("int", "int")
    if kind == "number":
        return TypeRef("float", "float")
    if kind == "boolean":
        return TypeRef("bool", "bool")
    return None


def list_of(item: TypeRef) -> TypeRef:
    return TypeRef(
        f"list[{item.annotation}]",
        f"List[{item.doc}]",
        item.models,
        item.typing,
        item.stdlib,
        doc_link=item.doc_link,
    )


def dict_of(value: TypeRef) -> TypeRef:
    return TypeRef(
        f"dict[str, {value.annotation}]",
        f"Dict[str, {value.doc}]",
        value.models,
        value.typing,
        value.stdlib,
        doc_link=value.doc_link,
    )


def union_of(members: list[TypeRef]) -> TypeRef:
    unique: list[TypeRef] = []
    for member in members:
        if member.annotation not in {m.annotation for m in unique}:
            unique.append(member)
    if len(unique) == 1:
        return unique[0]
    models = tuple(dict.fromkeys(m for t in unique for m in t.models))
    typing = tuple(sorted({"Union"} | {n for t in unique for n in t.typing}))
    stdlib = tuple(sorted({n for t in unique for n in t.stdlib}))
    annotation = "Union[" + ", ".join(t.annotation for t in unique) + "]"
    doc = "Union[" + ", ".join(t.doc for t in unique) + "]"
    return TypeRef(annotation, doc, models, typing, stdlib)


def model(name: str) -> TypeRef:
    return TypeRef(name, name, (name,), doc_link=name, is_model=True)


def enum_model(name: str) -> TypeRef:
    return TypeRef(name, name, (name,), doc_link=name)


def optional(ref: TypeRef) -> tuple[str, tuple[str, ...]]:
    """`Optional[T]` and the typing names it needs."""
    if ref.annotation == "Any" or ref.annotation.startswith("Optional["):
        return ref.annotation, ref.typing
    return f"Optional[{ref.annotation}]", tuple(sorted(set(ref.typing) | {"Optional"}))


def resolve_type(
    schema: Any,
    ref_model: Callable[[str], TypeRef],
    inline: Callable[[dict[str, Any], str], TypeRef],
    hint: str,
) -> TypeRef:
    """The type of `schema`; `$ref`s go to `ref_model`, inline objects and enums to `inline`.

    `hint` is the inline name this schema would get (`V2IntervalsDeletePost200Response`);
    array items extend it with `Inner` as OpenAPI Generator does.
    """
    if not isinstance(schema, dict) or not schema:
        return ANY
    if "$ref" in schema:
        return ref_model(schema["$ref"])
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and not schema.get("properties"):
        return resolve_type(all_of[0], ref_model, inline, hint)
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list) and members and not schema.get("discriminator"):
            typed = [m for m in members if not (isinstance(m, dict) and schema_types(m) == ["null"])]
            if all(isinstance(m, dict) and ("$ref" in m or primitive(m)) for m in typed):
                parts = [resolve_type(m, ref_model, inline, f"{hint}{i}") for i, m in enumerate(typed)]
                return union_of(parts)
    if "enum" in schema or any(k in schema for k in ("allOf", "oneOf", "anyOf")):
        return inline(schema, hint)
    kinds = [t for t in schema_types(schema) if t != "null"]
    if "array" in kinds or (not kinds and "items" in schema):
        items = schema.get("items", {})
        return list_of(_maybe_null(items, resolve_type(items, ref_model, inline, hint + "Inner")))
    if "object" in kinds or (not kinds and ("properties" in schema or "additionalProperties" in schema)):
        if schema.get("properties"):
            return inline(schema, hint)
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, dict) and extra:
            return dict_of(_maybe_null(extra, resolve_type(extra, ref_model, inline, hint + "Value")))
        # OpenAPI Generator documents a bare `type: object` as `object`, a declared map as a Dict.
        return FREE_FORM if "additionalProperties" in schema else OBJECT
    found = primitive(schema)
    if found is not None:
        return found
    if len(kinds) > 1:
        return union_of([primitive({"type": k}) or ANY for k in kinds])
    return ANY


def _maybe_null(schema: Any, ref: TypeRef) -> TypeRef:
    """An array item or map value that may be null is `Optional[...]` inside the container."""
    if not is_nullable(schema):
        return ref
    annotation, typing_names = optional(ref)
    return TypeRef(annotation, ref.doc, ref.models, typing_names, ref.stdlib, ref.doc_link)
