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


def example_value(schema: Any, name: str, deref: Callable[[str], Any], depth: int = 0,
                  seen: frozenset[str] = frozenset()) -> Any:
    """A JSON value for `schema`, preferring `example`, `default`, then the first enum member.

    An example given beside a `$ref` (a request body's own) wins over the target's. A reference
    back into itself yields None: only optional properties can be recursive.
    """
    if not isinstance(schema, dict) or depth > 40:
        return None
    for key in ("example", "default"):
        if key in schema and schema[key] is not None:
            return schema[key]
    if "$ref" in schema:
        if schema["$ref"] in seen:
            return None
        return example_value(deref(schema["$ref"]), name, deref, depth + 1, seen | {schema["$ref"]})
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), None)
    for key in ("allOf", "oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            if key == "allOf":
                merged: dict[str, Any] = {}
                for part in schema[key]:
                    value = example_value(part, name, deref, depth + 1, seen)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
            return example_value(schema[key][0], name, deref, depth + 1, seen)
    kinds = [t for t in types.schema_types(schema) if t != "null"]
    kind = kinds[0] if kinds else ("object" if "properties" in schema else "")
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
    if kind == "array":
        item = example_value(schema.get("items", {}), name, deref, depth + 1, seen)
        return [item] if item is not None else []
    if kind == "object":
        required = set(schema.get("required") or [])
        out: dict[str, Any] = {}
        for prop, sub in (schema.get("properties") or {}).items():
            if prop in required:
                out[prop] = example_value(sub, prop, deref, depth + 1, seen)
        return out
    return None
