"""Swagger 2.0 read as OpenAPI 3.0, the parts: schemas, parameters and request bodies.

Each node built records the 2.0 node it came from (`origin`), so the lines of the 2.0 file stay
known; what has no 3.0 form is read the nearest sound way, with a finding (`warn`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from generator.errors import Finding
from generator.read.parse import Position, copy_tree, escape_token

_DEFAULT_MEDIA = "application/json"
_FORM_MEDIA = ("multipart/form-data", "application/x-www-form-urlencoded")
# The schema keywords a 2.0 parameter or header carries beside `in`/`name` (they move under `schema`).
_SCHEMA_KEYS = ("type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
                "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf")
# collectionFormat → (style, explode) for query parameters; path and header ones are `simple`.
_QUERY_STYLES = {"csv": ("form", False), "multi": ("form", True), "ssv": ("spaceDelimited", False),
                 "pipes": ("pipeDelimited", False)}
_REF_PREFIXES = (("#/definitions/", "#/components/schemas/"), ("#/responses/", "#/components/responses/"))
_SCHEMA_ONE = ("items", "additionalProperties", "not")
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf")


@dataclass
class Converted:
    document: dict[str, Any]
    findings: list[Finding]
    origins: list[tuple[str, str]] = field(default_factory=list)  # (3.0 pointer, 2.0 pointer), parents first

    def positions(self, original: dict[str, Position]) -> dict[str, Position]:
        """Each 3.0 node's line: that of the 2.0 node it was made from (or of its nearest parent)."""
        old = sorted(original)
        found: dict[str, Position] = {}
        for new, source in self.origins:
            below = old[bisect.bisect_left(old, source + "/"):bisect.bisect_left(old, source + "0")]
            if source in original:
                found[new] = original[source]
            for pointer in below:
                found[new + pointer[len(source):]] = original[pointer]
        found.setdefault("", Position("", 1))
        return found


def ptr(*tokens: Any) -> str:
    return "".join(f"/{escape_token(str(token))}" for token in tokens)


def media_types(value: Any) -> list[str]:
    return [str(item) for item in value if isinstance(item, str)] if isinstance(value, list) else []


class Parts:
    """What every part of the conversion shares: where each node came from, and the findings."""

    def __init__(self, swagger: dict[str, Any]) -> None:
        self.src = swagger
        self.out = Converted({"openapi": "3.0.3"}, [])
        self.consumes = media_types(swagger.get("consumes")) or [_DEFAULT_MEDIA]
        self.produces = media_types(swagger.get("produces")) or [_DEFAULT_MEDIA]
        params = swagger.get("parameters")
        self.global_params: dict[str, Any] = params if isinstance(params, dict) else {}

    def origin(self, new: str, old: str) -> None:
        self.out.origins.append((new, old))

    def warn(self, pointer: str, message: str) -> None:
        self.out.findings.append(Finding(pointer, message, "swagger2"))
    # -- schemas ------------------------------------------------------------------------------

    def schema(self, value: Any, at: str, src: str) -> Any:
        """A 2.0 schema in its 3.0 form: refs renamed, `x-nullable`, `type: file` and a
        discriminator given as a property name rewritten (iteratively: schemas nest deep)."""
        self.origin(at, src)
        root = copy_tree(value)
        stack: list[tuple[Any, str]] = [(root, at)]
        while stack:
            node, where = stack.pop()
            if not isinstance(node, dict):
                continue
            ref = node.get("$ref")
            if isinstance(ref, str):
                node["$ref"] = self.ref(ref, where)
            if "x-nullable" in node:
                node["nullable"] = bool(node.pop("x-nullable"))
            if node.get("type") == "file":
                node.update(type="string", format="binary")
            if isinstance(node.get("discriminator"), str):
                node["discriminator"] = {"propertyName": node["discriminator"]}
            for key in _SCHEMA_ONE:
                if isinstance(node.get(key), dict):
                    stack.append((node[key], f"{where}/{key}"))
                elif isinstance(node.get(key), list):  # `items: [...]`, written often though not 2.0
                    stack += [(item, f"{where}/{key}/{i}") for i, item in enumerate(node[key])]
            for key in _SCHEMA_LIST:
                if isinstance(node.get(key), list):
                    stack += [(item, f"{where}/{key}/{i}") for i, item in enumerate(node[key])]
            if isinstance(node.get("properties"), dict):
                stack += [(item, f"{where}/properties/{escape_token(str(name))}")
                          for name, item in node["properties"].items()]
        return root

    def ref(self, ref: str, at: str) -> str:
        for old, new in _REF_PREFIXES:
            if ref.startswith(old):
                return new + ref[len(old):]
        if ref.startswith("#/parameters/"):
            return "#/components/parameters/" + ref[len("#/parameters/"):]
        if ref.startswith("#/"):
            self.warn(at, f"$ref {ref!r} points outside what Swagger 2.0 defines: kept as written")
        return ref

    # -- parameters ---------------------------------------------------------------------------

    def components_parameters(self, components: dict[str, Any]) -> None:
        """Global parameters: body ones become request bodies, formData ones are inlined where used."""
        for name, param in self.global_params.items():
            src = ptr("parameters", name)
            where = param.get("in") if isinstance(param, dict) else None
            if where == "body":
                at = ptr("components", "requestBodies", name)
                components.setdefault("requestBodies", {})[name] = self.body(param, self.consumes, at, src)
            elif where != "formData":
                at = ptr("components", "parameters", name)
                components.setdefault("parameters", {})[name] = self.parameter(param, at, src)

    def parameter(self, param: Any, at: str, src: str) -> Any:
        self.origin(at, src)
        if not isinstance(param, dict):
            return copy_tree(param)
        where = param.get("in")
        result = {k: copy_tree(v) for k, v in param.items()
                  if k in ("name", "in", "description", "required", "deprecated", "allowEmptyValue")
                  or str(k).startswith("x-")}
        schema_at = f"{at}/schema"
        if isinstance(param.get("schema"), dict):  # not 2.0, but written often
            result["schema"] = self.schema(param["schema"], schema_at, f"{src}/schema")
        else:
            result["schema"] = self.simple_schema(param, schema_at, src)
        fmt = param.get("collectionFormat")
        if param.get("type") == "array" or fmt is not None:
            self.collection_style(result, str(fmt or "csv"), str(where), at)
        if where == "path":
            result["required"] = True
        return result

    def simple_schema(self, param: dict[str, Any], at: str, src: str) -> dict[str, Any]:
        """A non-body parameter's (or header's) type keywords as a schema."""
        schema = {k: copy_tree(param[k]) for k in _SCHEMA_KEYS if k in param}
        if "x-nullable" in param:
            schema["x-nullable"] = param["x-nullable"]
        return self.schema_in_place(schema, at, src)

    def schema_in_place(self, schema: dict[str, Any], at: str, src: str) -> dict[str, Any]:
        items = schema.get("items")
        if isinstance(items, dict) and "collectionFormat" in items:  # nested arrays: the inner format is lost
            self.warn(f"{at}/items", "a collectionFormat of nested array items has no OpenAPI 3 form: csv assumed")
            items.pop("collectionFormat")
        converted: dict[str, Any] = self.schema(schema, at, src)
        schema.clear()
        schema.update(converted)
        return schema

    def collection_style(self, param: dict[str, Any], fmt: str, where: str, at: str) -> None:
        if where == "query" and fmt in _QUERY_STYLES:
            param["style"], param["explode"] = _QUERY_STYLES[fmt]
            return
        if where in ("path", "header") and fmt == "csv":
            param["style"], param["explode"] = "simple", False
            return
        if where == "formData":
            return
        style = "form" if where in ("query", "cookie") else "simple"
        param["style"], param["explode"] = style, False
        self.warn(at, f"collectionFormat {fmt!r} in {where} has no OpenAPI 3 form: sent comma-separated")

    def body(self, param: dict[str, Any], consumes: list[str], at: str, src: str) -> dict[str, Any]:
        self.origin(at, src)
        schema = param.get("schema")
        schema = self.schema(schema, f"{at}/content/{escape_token(consumes[0])}/schema", f"{src}/schema") \
            if isinstance(schema, dict) else {}
        body: dict[str, Any] = {"content": {media: {"schema": copy_tree(schema)} for media in consumes}}
        for key in ("description", "required"):
            if key in param:
                body[key] = copy_tree(param[key])
        for media in consumes[1:]:
            self.origin(f"{at}/content/{escape_token(media)}/schema", f"{src}/schema")
        return body

    def form_body(self, params: list[tuple[dict[str, Any], str]], consumes: list[str], at: str) -> dict[str, Any]:
        """formData parameters as one object schema, sent as a form (multipart when a file is among them)."""
        has_file = any(p.get("type") == "file" for p, _ in params)
        forms = [m for m in consumes if m in _FORM_MEDIA]
        media = "multipart/form-data" if has_file or not forms else forms[0]
        if has_file and "multipart/form-data" not in consumes:
            self.warn(at, "formData with a file is sent as multipart/form-data, which `consumes` does not list")
        self.origin(at, params[0][1])
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param, src in params:
            name = str(param.get("name"))
            prop_at = f"{at}/content/{escape_token(media)}/schema/properties/{escape_token(name)}"
            prop = self.simple_schema(param, prop_at, src)
            if isinstance(param.get("description"), str):
                prop["description"] = param["description"]
            properties[name] = prop
            if param.get("required") is True:
                required.append(name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return {"content": {media: {"schema": schema}}, **({"required": True} if required else {})}
