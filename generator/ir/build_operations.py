"""Build the API part of the IR: one class per tag, one operation per path and method.

The spec is checked before this runs: every `$ref` resolves, so lookups here do not fail.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.errors import Finding
from generator.ir import examples, naming, types
from generator.ir.build_models import ModelRegistry
from generator.ir.names import operation_method_name
from generator.ir.nodes import (
    NO_VALUE,
    ApiClass,
    Location,
    Operation,
    Pagination,
    Parameter,
    Response,
    Server,
    ServerVariable,
)
from generator.ir.pagination import Unsupported, pagination_of
from generator.ir.streams import stream_of
from generator.ir.typetree import (
    Binary,
    BinaryRole,
    ListOf,
    ModelKind,
    ModelRef,
    Nullable,
    Primitive,
    Scalar,
    TypeNode,
    nullable,
    strip,
)
from generator.read.load import LoadedSpec, escape_token, resolve_pointer
from generator.read.repair import LEFT_OUT
from generator.read.spec_walk import declared_tags, http_verb, iter_operations, operation_tag

_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def build_apis(spec: LoadedSpec, registry: ModelRegistry) -> tuple[ApiClass, ...]:
    builder = _OperationBuilder(spec, registry)
    grouped: dict[str, list[Operation]] = {}
    tags: dict[str, str] = {}
    for index, (path, method, item, operation) in enumerate(iter_operations(spec.document)):
        tag = operation_tag(operation)
        class_name = registry.names.api_class(tag)
        tags.setdefault(class_name, tag)
        built = dataclasses.replace(builder.build(path, method, item, operation), spec_index=index)
        grouped.setdefault(class_name, []).append(built)
    descriptions = {str(t.get("name")): str(t.get("description") or "") for _, t in declared_tags(spec.document)}
    return tuple(
        ApiClass(name=class_name, module=naming.module_name(class_name), tag=tags[class_name],
                 description=descriptions.get(tags[class_name], ""),
                 operations=tuple(sorted(grouped[class_name], key=lambda op: op.method_name)))
        for class_name in sorted(grouped)
    )


class _OperationBuilder:
    def __init__(self, spec: LoadedSpec, registry: ModelRegistry) -> None:
        self.spec = spec
        self.registry = registry
        self.document = spec.document
        self.global_security = self.document.get("security")

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref`s of parameters, bodies and responses to their target."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            pointer = node["$ref"][1:]
            node = resolve_pointer(self.document, pointer)
        return node, pointer

    def schema_of(self, ref: str) -> Any:
        return self.deref({"$ref": ref}, "")[0]

    def build(self, path: str, method: str, item: dict[str, Any], operation: dict[str, Any]) -> Operation:
        pointer = f"/paths/{escape_token(path)}/{method}"
        method_name = self.registry.names.method(pointer)
        pascal = naming.camelize(operation_method_name(path, method, operation))
        params = self._parameters(item, operation, pointer, pascal)
        body_params, body_types = self._body(operation, pointer, pascal)
        named = self._named(params + body_params)
        ordered = [p for p in named if p.required] + [p for p in named if not p.required]
        pagination = self._pagination(operation, pointer, named)
        responses, accepts, returns = self._responses(operation, pointer, pascal)
        security = operation.get("security", self.global_security) or []
        auth = tuple(dict.fromkeys(name for req in security if isinstance(req, dict) for name in req))
        return Operation(
            method_name=method_name, http_method=http_verb(method), path=path,
            summary=str(operation.get("summary") or ""), description=str(operation.get("description") or ""),
            parameters=tuple(ordered), body_media_types=body_types, accepts=accepts, responses=responses,
            returns=returns, auth=auth, deprecated=bool(operation.get("deprecated")),
            servers=tuple(server_of(s) for s in operation.get("servers") or item.get("servers") or []
                          if isinstance(s, dict)),
            stream=stream_of(operation.get("responses") or {}, pointer, self.deref, self.registry.type_of, pascal),
            pagination=pagination,
        )

    def _pagination(self, operation: dict[str, Any], pointer: str, params: list[Parameter]) -> Pagination | None:
        try:
            return pagination_of(operation, params)
        except Unsupported as exc:
            key = next(k for k in ("x-speakeasy-pagination", "x-fern-pagination") if k in operation)
            self.registry.names.findings.append(
                Finding(f"{pointer}/{key}", f"pagination rule not followed ({exc}): no <method>_pages", "pagination"))
            return None

    def _named(self, params: list[tuple[str, Parameter]]) -> list[Parameter]:
        """The operation's arguments with their final, unique Python names."""
        names = self.registry.names.parameters([(at, p.wire_name, p.location.value) for at, p in params])
        return [dataclasses.replace(p, name=name) for name, (_, p) in zip(names, params, strict=True)]

    def _parameters(self, item: dict[str, Any], operation: dict[str, Any], pointer: str,
                    pascal: str) -> list[tuple[str, Parameter]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        for base, raw_list in ((path_pointer, item.get("parameters")), (pointer, operation.get("parameters"))):
            for index, raw in enumerate(raw_list or []):
                param, at = self.deref(raw, f"{base}/parameters/{index}")
                if isinstance(param, dict) and not param.get(LEFT_OUT):
                    merged[(str(param.get("name")), str(param.get("in")))] = (param, at)
        result = []
        for (wire, location), (param, at) in merged.items():
            schema = param.get("schema")
            content_type = ""
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                content_type = str(next(iter(param["content"])))
                schema = (next(iter(param["content"].values())) or {}).get("schema")
            schema = schema if isinstance(schema, dict) else {}
            node = self.registry.type_of(schema, pascal + naming.camelize(naming.sanitize(wire)) + "Parameter", at + "/schema")
            style = str(param.get("style") or _DEFAULT_STYLE.get(location, "form"))
            parameter = self._parameter(
                wire, Location(location), node, bool(param.get("required")) or location == "path", param, schema,
                style=style, explode=bool(param.get("explode", style == "form")))
            result.append((at, dataclasses.replace(
                parameter, allow_reserved=param.get("allowReserved") is True, content_type=content_type)))
        return result

    def _parameter(self, wire: str, location: Location, node: TypeNode, required: bool, holder: dict[str, Any],
                   schema: dict[str, Any], style: str = "", explode: bool = True) -> Parameter:
        name = naming.parameter_name(wire)  # for the example's variable; the final name comes from the plan
        own = holder.get("description")  # a body's is the requestBody's own, not its schema's
        description = str(own if location is Location.BODY else own or schema.get("description") or "")
        default = schema.get("default")
        example = examples.example_value({**schema, **({"example": holder["example"]} if "example" in holder else {})},
                                         name, self.schema_of)
        return Parameter(
            name=name, wire_name=wire, location=location, type=node, required=required, description=description,
            default=NO_VALUE if default is None or required else default,
            example=NO_VALUE if example is None else example, style=style, explode=explode,
        )

    def _body(self, operation: dict[str, Any], pointer: str,
              pascal: str) -> tuple[list[tuple[str, Parameter]], tuple[str, ...]]:
        raw = operation.get("requestBody")
        if raw is None:
            return [], ()
        body, at = self.deref(raw, pointer + "/requestBody")
        content = body.get("content") or {}
        media_types = tuple(content)
        if not media_types:
            return [], ()
        chosen = _preferred_media_type(media_types)
        media = content[chosen] or {}
        schema: dict[str, Any] = media["schema"] if isinstance(media.get("schema"), dict) else {}
        required = bool(body.get("required"))
        media_pointer = f"{at}/content/{escape_token(chosen)}"
        if chosen in _FORM_TYPES:
            encoding = media.get("encoding")
            encoding = encoding if isinstance(encoding, dict) else {}
            return self._form_fields(schema, media_pointer, pascal, encoding), media_types
        node = _binary_as(self.registry.type_of(schema, pascal + "Request", media_pointer + "/schema"), BinaryRole.BODY)
        name = operation.get("x-codegen-request-body-name")
        if not name:
            plain = strip(node)
            if isinstance(plain, ModelRef) and plain.kind is not ModelKind.ENUM:
                name = naming.snake_identifier(plain.name)
            elif types.schema_types(schema) == ["array"] and "$ref" not in schema:
                name = "request_body"
            else:
                name = "body"
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
            first = next(iter(media["examples"].values()))
            example = first.get("value") if isinstance(first, dict) else None
        holder = {"description": body.get("description") or "", **({"example": example} if example is not None else {})}
        param = self._parameter(str(name), Location.BODY, node, required, holder, schema)
        return [(at, param)], media_types

    def _form_fields(self, schema: dict[str, Any], media_pointer: str, pascal: str,
                     encoding: dict[str, Any]) -> list[tuple[str, Parameter]]:
        params = []
        for wire, (prop, prop_at, required) in self._form_properties(schema, media_pointer + "/schema").items():
            prop = prop if isinstance(prop, dict) else {}
            node = self.registry.type_of(prop, pascal + "Request" + naming.camelize(wire), prop_at)
            node = _binary_as(node, BinaryRole.FILE)
            plain = strip(node)
            if isinstance(plain, ListOf):
                node = ListOf(_binary_as(plain.item, BinaryRole.FILE))
            # The media type's `encoding` (style, explode) says how a form field's value is written;
            # without one, style form, explode true (OAS 3.x "Encoding Object").
            rule = encoding.get(wire)
            rule = rule if isinstance(rule, dict) else {}
            style = str(rule.get("style") or "form")
            explode = rule.get("explode", style == "form") is True
            params.append((prop_at, self._parameter(wire, Location.FORM, node, required, prop, prop,
                                                    style=style, explode=explode)))
        return params

    def _form_properties(self, schema: Any, pointer: str, depth: int = 0) -> dict[str, tuple[Any, str, bool]]:
        """The fields of a form body, by wire name: (schema, pointer, required). allOf parts add
        theirs; a oneOf/anyOf offers every member's fields, required where every member needs it."""
        target, at = self.deref(schema, pointer)
        if not isinstance(target, dict) or depth > 50:
            return {}
        fields: dict[str, tuple[Any, str, bool]] = {}
        for index, part in enumerate(target.get("allOf") or []):
            fields.update(self._form_properties(part, f"{at}/allOf/{index}", depth + 1))
        for key in ("oneOf", "anyOf"):
            members = [self._form_properties(m, f"{at}/{key}/{i}", depth + 1) for i, m in enumerate(target.get(key) or [])]
            for member in members:
                for wire, (prop, prop_at, required) in member.items():
                    everywhere = all(other.get(wire, (None, "", False))[2] for other in members)
                    fields.setdefault(wire, (prop, prop_at, required and everywhere))
        required_here = {r for r in target.get("required") or [] if isinstance(r, str)}
        for wire, prop in (target.get("properties") or {}).items():
            fields[str(wire)] = (prop, f"{at}/properties/{escape_token(str(wire))}", wire in required_here)
        for wire in required_here & set(fields):
            prop, prop_at, _ = fields[wire]
            fields[wire] = (prop, prop_at, True)
        return fields

    def _responses(self, operation: dict[str, Any], pointer: str,
                   pascal: str) -> tuple[tuple[Response, ...], tuple[str, ...], TypeNode | None]:
        responses = []
        accepts: list[str] = []
        returns: TypeNode | None = None
        empty_success = False  # a 2xx without a body (204) beside one with: the call may give None
        for status, raw in (operation.get("responses") or {}).items():
            status = str(status)
            response, at = self.deref(raw, f"{pointer}/responses/{escape_token(status)}")
            content = response.get("content") or {}
            node: TypeNode | None = None
            if content:
                chosen = _preferred_media_type(tuple(content))
                schema = (content[chosen] or {}).get("schema")
                if isinstance(schema, dict) and schema:
                    node = self.registry.type_of(schema, pascal + status + "Response",
                                                 f"{at}/content/{escape_token(chosen)}/schema")
                    node = _binary_as(node, BinaryRole.RESPONSE)
                elif chosen.startswith("text/"):
                    node = Primitive(Scalar.STR)
                elif chosen == "application/octet-stream":
                    node = Binary(BinaryRole.RESPONSE)
                accepts.extend(m for m in content if m not in accepts)
            if returns is None and status.startswith("2") and node is not None:
                returns = node
            empty_success = empty_success or (status.startswith("2") and node is None)
            responses.append(Response(status, str(response.get("description") or ""), node, tuple(content),
                                      tuple(sorted(response.get("headers") or {}))))
        if returns is not None and empty_success:
            returns = nullable(returns)
        return tuple(responses), tuple(accepts), returns


def _binary_as(node: TypeNode, role: BinaryRole) -> TypeNode:
    """Raw bytes standing directly in this place take its role (a body, a file, a response)."""
    if isinstance(node, Binary):
        return Binary(role)
    if isinstance(node, Nullable) and isinstance(node.inner, Binary):
        return Nullable(Binary(role))
    return node


def _preferred_media_type(media_types: tuple[str, ...]) -> str:
    for candidate in media_types:
        base = candidate.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return candidate
    for candidate in media_types:
        if candidate in _FORM_TYPES:
            return candidate
    return media_types[0]


def server_of(raw: dict[str, Any]) -> Server:
    url = str(raw.get("url", "")).rstrip("/") or "/"
    variables = []
    default_url = url
    for name, spec in (raw.get("variables") or {}).items():
        spec = spec if isinstance(spec, dict) else {}
        default = str(spec.get("default", ""))
        variables.append(ServerVariable(str(name), default, tuple(str(v) for v in spec.get("enum") or []),
                                        str(spec.get("description") or "")))
        default_url = default_url.replace("{" + str(name) + "}", default)
    return Server(url, str(raw.get("description") or ""), tuple(variables), default_url.rstrip("/") or "/")
