"""Valid request values for one spec: JSON-schema → JSON value, deterministic and depth-limited.

The order of preference is the spec's own word first: an `example` (of the media type, the
parameter or the schema), then the schema's `default`, then its first `enum` value; only when
none of those validates is a value synthesized from the schema's keywords. Synthesis is the mock
server's (`generator.mock.data.Synthesizer`, direction "request"): format-aware (date-time, date,
uuid, email, uri, byte, binary, ...), bounded by depth and node count, and checked with the same
OpenAPI-aware validators the mock validates requests with, so "valid" means the same on both
sides. Every result says where it came from, so a test can tell a spec example the schema rejects
(and that had to be replaced) from one that was used as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.mock.data import Synthesizer, deref, media_examples, schema_examples

EXAMPLE, DEFAULT, ENUM, SYNTHESIZED = "example", "default", "enum", "synthesized"


@dataclass(frozen=True)
class Value:
    value: Any
    source: str  # EXAMPLE | DEFAULT | ENUM | SYNTHESIZED
    rejected_examples: tuple[str, ...] = ()  # why each spec example given here was not used


class SpecValues:
    """Builds values for the schemas, parameters and request bodies of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._synthesizer = Synthesizer(document, "request")
        self.checker = self._synthesizer.checker

    def for_schema(self, schema: Any, name: str = "", examples: tuple[Any, ...] = ()) -> Value:
        """`examples` (from the parameter or media type) first, then the schema's own."""
        resolved = self._resolve(schema)
        rejected: list[str] = []
        candidates: list[tuple[str, Any]] = [(EXAMPLE, e) for e in (*examples, *schema_examples(resolved))]
        if "default" in resolved:
            candidates.append((DEFAULT, resolved["default"]))
        if isinstance(resolved.get("enum"), list) and resolved["enum"]:
            candidates.append((ENUM, resolved["enum"][0]))
        for source, candidate in candidates:
            errors = self.checker.errors(schema, candidate)
            if not errors:
                return Value(candidate, source, tuple(rejected))
            if source == EXAMPLE:
                rejected.append(f"{candidate!r:.120}: {errors[0]}")
        return Value(self._synthesizer.value(schema, name), SYNTHESIZED, tuple(rejected))

    def for_parameter(self, parameter: Mapping[str, Any]) -> Value:
        """A value for a parameter object (`$ref`s followed), from its `schema` or `content`."""
        parameter = deref(self.document, parameter)
        schema = parameter.get("schema")
        examples = self._examples_of(parameter)
        if schema is None:  # described by `content` instead: one media type with a schema
            media = next(iter((parameter.get("content") or {}).values()), {})
            schema = media.get("schema", {})
            examples += tuple(value for _, value in media_examples(self.document, media))
        return self.for_schema(schema, str(parameter.get("name", "")), examples)

    def for_media(self, media: Mapping[str, Any], name: str = "") -> Value:
        """A request body for one media type object of a requestBody."""
        media = deref(self.document, media)
        examples = tuple(value for _, value in media_examples(self.document, media))
        return self.for_schema(media.get("schema", {}), name, examples)

    def _examples_of(self, node: Mapping[str, Any]) -> tuple[Any, ...]:
        found = [node["example"]] if "example" in node else []
        for example in (node.get("examples") or {}).values():
            example = deref(self.document, example)
            if isinstance(example, Mapping) and "value" in example:
                found.append(example["value"])
        return tuple(found)

    def _resolve(self, schema: Any) -> Mapping[str, Any]:
        """The schema a chain of `$ref`s ends at (for its example, default and enum)."""
        resolved = deref(self.document, schema)
        return resolved if isinstance(resolved, Mapping) else {}
