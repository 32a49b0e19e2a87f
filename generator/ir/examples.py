"""Example values for generated docs: the spec's own examples first, else plausible ones.

Doc examples are executed against the mock server by the tests, so a made-up value must still
satisfy the schema (enum members, formats, minimums).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.ir import types
from generator.ir.synth import number_value, string_value

_FORMAT_EXAMPLES = {
    "date-time": "2013-10-20T19:20:30+01:00",
    "date": "2013-10-20",
    "time": "19:20:30",
    "uuid": "38400000-8cf0-11bd-b23e-10b96e4ef00d",
    "email": "user@example.com",
    "uri": "https://example.com",
    "byte": "U3dhZ2dlciByb2Nrcw==",
}


_STRING_LIMITS = ("pattern", "minLength", "maxLength")
_NUMBER_LIMITS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


# Schema nodes one example may visit: ten required fields that each refer to a schema of ten
# required fields, ten levels deep, would be 10**10 values. Past the budget, parts are left out.
MAX_NODES = 1_000


def example_value(schema: Any, name: str, deref: Callable[[str], Any]) -> Any:
    """A JSON value for `schema`, preferring `example`, `default`, then the first enum member.

    An example given beside a `$ref` (a request body's own) wins over the target's. A reference
    back into itself yields None: only optional properties can be recursive.
    """
    return _Example(deref).value(schema, name, 0, frozenset())


class _Example:
    def __init__(self, deref: Callable[[str], Any]) -> None:
        self.deref = deref
        self.left = MAX_NODES

    def value(self, schema: Any, name: str, depth: int, seen: frozenset[str]) -> Any:
        self.left -= 1
        if not isinstance(schema, dict) or depth > 40 or self.left < 0:
            return None
        for key in ("example", "default"):
            if key in schema and schema[key] is not None:
                return schema[key]
        if "$ref" in schema:
            if schema["$ref"] in seen:
                return None
            return self.value(self.deref(schema["$ref"]), name, depth + 1, seen | {schema["$ref"]})
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return next((v for v in schema["enum"] if v is not None), None)
        for key in ("allOf", "oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                if key == "allOf":
                    merged: dict[str, Any] = {}
                    for part in schema[key]:
                        value = self.value(part, name, depth + 1, seen)
                        if isinstance(value, dict):
                            merged.update(value)
                    return merged
                return self.value(schema[key][0], name, depth + 1, seen)
        kinds = [t for t in types.schema_types(schema) if t != "null"]
        kind = kinds[0] if kinds else ("object" if "properties" in schema else "")
        if kind == "array":
            item = self.value(schema.get("items", {}), name, depth + 1, seen)
            return [item] if item is not None else []
        if kind == "object":
            required = set(schema.get("required") or [])
            out: dict[str, Any] = {}
            for prop, sub in (schema.get("properties") or {}).items():
                if prop in required and self.left > 0:
                    out[prop] = self.value(sub, prop, depth + 1, seen)
            return out
        return _scalar(schema, kind, name)


def _scalar(schema: dict[str, Any], kind: str, name: str) -> Any:
    if kind == "string":
        fmt = schema.get("format", "")
        if fmt == "binary":
            return None
        if any(k in schema for k in _STRING_LIMITS):  # a value the server accepts, made to fit
            return string_value(schema, name)[0]
        if fmt in _FORMAT_EXAMPLES:
            return _FORMAT_EXAMPLES[fmt]
        return f"{name}_example"
    if kind in ("integer", "number"):
        if any(k in schema for k in _NUMBER_LIMITS):
            return number_value(schema, kind == "integer")
        return 56 if kind == "integer" else 3.4
    if kind == "boolean":
        return True
    return None
