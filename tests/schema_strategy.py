"""Hypothesis strategies for JSON values valid against an OpenAPI schema (the subset our specs use)."""

from __future__ import annotations

import base64
import datetime
from typing import Any

from hypothesis import strategies as st

_MAX_DEPTH = 3
# Below this depth a union offers only its first member, so that a cycle through required
# fields (an expression's required operands) ends: the specs list a terminating member first.
_UNION_DEPTH = _MAX_DEPTH + 3
_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


class SchemaStrategies:
    """Strategies for the schemas of one spec; `$ref`s resolve within `document`."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}

    def deref(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def value(self, schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
        schema = self.deref(schema)
        if not isinstance(schema, dict) or not schema:
            return st.one_of(st.none(), st.integers(), _TEXT) if depth < _MAX_DEPTH else st.none()
        base = self._value(schema, depth)
        nullable = schema.get("nullable") or "null" in (schema.get("type") or [])
        return st.one_of(st.none(), base) if nullable else base

    def _value(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        if "enum" in schema:
            return st.sampled_from([v for v in schema["enum"] if v is not None])
        if "allOf" in schema:
            if len(schema["allOf"]) == 1 and not schema.get("properties"):
                return self.value(schema["allOf"][0], depth)
            return self._object(self._merged(schema), depth)
        discriminator = schema.get("discriminator")
        for key in ("oneOf", "anyOf"):
            if key in schema:
                members = [m for m in schema[key] if self.deref(m).get("type") != "null"]
                members = members[:1] if depth >= _UNION_DEPTH else members
                if isinstance(discriminator, dict) and all("$ref" in m for m in members):
                    return st.one_of([self._tagged(discriminator, m, depth) for m in members])
                return st.one_of([self.value(m, depth + 1) for m in members])
        kinds = schema.get("type")
        kind = next((k for k in kinds if k != "null"), "") if isinstance(kinds, list) else kinds
        if kind == "string":
            return self._string(schema)
        if kind == "integer":
            return st.integers(min_value=schema.get("minimum", -(2**31)), max_value=schema.get("maximum", 2**31))
        if kind == "number":
            if "multipleOf" in schema:
                step = schema["multipleOf"]
                return st.integers(-1000, 1000).map(lambda n: n * step)
            return st.floats(min_value=schema.get("minimum"), max_value=schema.get("maximum"),
                             allow_nan=False, allow_infinity=False, width=32)
        if kind == "boolean":
            return st.booleans()
        if kind == "array" or "items" in schema:
            if depth >= _MAX_DEPTH:
                return st.just([])
            return st.lists(self.value(schema.get("items", {}), depth + 1),
                            min_size=schema.get("minItems", 0), max_size=min(schema.get("maxItems", 3), 3))
        return self._object(schema, depth)

    def _tagged(self, discriminator: dict[str, Any], member: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        """A member's value with the discriminator property set to the tag that selects it."""
        ref = member["$ref"]
        tags = [tag for tag, target in (discriminator.get("mapping") or {}).items() if target == ref]
        tag = tags[0] if tags else ref.rsplit("/", 1)[-1]
        prop = discriminator["propertyName"]
        return self.value(member, depth + 1).map(lambda value: {**value, prop: tag})

    def _merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema.get("allOf", []) + [schema]:
            part = self.deref(part)
            if "allOf" in part and part is not schema:
                part = self._merged(part)
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += part.get("required") or []
        return merged

    def _object(self, schema: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or [])
        if not properties:
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                if depth >= _MAX_DEPTH:
                    return st.just({})
                return st.dictionaries(_TEXT, self.value(extra, depth + 1), max_size=3)
            return st.dictionaries(_TEXT, st.one_of(st.integers(), _TEXT, st.booleans()), max_size=3)
        fields = {name: self.value(sub, depth + 1) for name, sub in properties.items() if name in required}
        optional = {name: self.value(sub, depth + 1) for name, sub in properties.items()
                    if name not in required and depth < _MAX_DEPTH}
        return st.fixed_dictionaries(fields, optional=optional)

    @staticmethod
    def _string(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        fmt = schema.get("format")
        if fmt == "date-time":
            return st.datetimes(min_value=datetime.datetime(1970, 1, 2), timezones=st.just(datetime.UTC)).map(
                lambda d: d.isoformat())
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if fmt == "uuid":
            return st.uuids().map(str)
        if fmt == "byte":
            return st.binary(max_size=8).map(lambda b: base64.b64encode(b).decode())
        if fmt == "decimal":
            return st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str)
        min_size = schema.get("minLength", 0)
        max_size = max(schema.get("maxLength", 12), min_size)
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True).filter(
                lambda text: min_size <= len(text) <= max_size)
        return st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                       min_size=min_size, max_size=min(max_size, 24))
