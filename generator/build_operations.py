"""Build the API part of the IR: one class per tag, one operation per path and method."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator import examples, literals, naming, types
from generator.build_models import ModelRegistry
from generator.ir import ApiClass, Location, Operation, Parameter, Response, TypeRef
from generator.load import MISSING, LoadedSpec, escape_token, resolve_pointer
from generator.spec_walk import iter_operations, operation_method_name

_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_DEFAULT_STYLE = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


def build_apis(spec: LoadedSpec, registry: ModelRegistry) -> tuple[ApiClass, ...]:
    builder = _OperationBuilder(spec, registry)
    grouped: dict[str, list[Operation]] = {}
    tags: dict[str, str] = {}
    for index, (path, method, item, operation) in enumerate(iter_operations(spec.document)):
        tag_list = operation.get("tags") or ["default"]
        tag = str(tag_list[0])
        class_name = naming.api_class_name(tag)
        tags.setdefault(class_name, tag)
        built = dataclasses.replace(builder.build(path, method, item, operation), spec_index=index)
        grouped.setdefault(class_name, []).append(built)
    descriptions = {str(t.get("name")): str(t.get("description") or "") for t in spec.document.get("tags") or []
                    if isinstance(t, dict)}
    apis = []
    for class_name in sorted(grouped):
        operations = tuple(sorted(grouped[class_name], key=lambda op: op.method_name))
        refs = sorted({m for op in operations for m in op.models})
        stdlib = sorted({s for op in operations for p in op.parameters for s in p.type.stdlib}
                        | {s for op in operations for s in _return_stdlib(op)})
        apis.append(ApiClass(
            name=class_name, module=naming.module_name(class_name), tag=tags[class_name],
            description=descriptions.get(tags[class_name], ""), operations=operations,
            docstring=literals.docstring(descriptions.get(tags[class_name], "") or f"Operations tagged {tags[class_name]!r}."),
            models=tuple(refs), stdlib_imports=tuple(stdlib),
        ))
    return tuple(apis)


def _return_stdlib(op: Operation) -> list[str]:
    needed = []
    if "datetime" in op.return_annotation:
        needed.append("from datetime import datetime")
    if "date" in op.return_annotation.replace("datetime", ""):
        needed.append("from datetime import date")
    if "Decimal" in op.return_annotation:
        needed.append("from decimal import Decimal")
    return needed


class _OperationBuilder:
    def __init__(self, spec: LoadedSpec, registry: ModelRegistry) -> None:
        self.spec = spec
        self.registry = registry
        self.document = spec.document
        self.global_security = self.document.get("security")

    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow `$ref`s of parameters, bodies and responses to their target."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise self.spec.error(pointer, f"$ref {ref!r} refers to itself")
            seen.add(ref)
            target = resolve_pointer(self.document, ref[1:]) if ref.startswith("#") else MISSING
            if target is MISSING:
                raise self.spec.error(pointer, f"$ref {ref!r} points to nothing")
            node, pointer = target, ref[1:]
        return node, pointer

    def schema_of(self, ref: str) -> Any:
        return self.deref({"$ref": ref}, "")[0]

    def build(self, path: str, method: str, item: dict[str, Any], operation: dict[str, Any]) -> Operation:
        pointer = f"/paths/{escape_token(path)}/{method}"
        method_name = operation_method_name(path, method, operation)
        pascal = naming.camelize(method_name)
        params = self._parameters(item, operation, pointer, pascal)
        body_params, body_types = self._body(operation, pointer, pascal, method_name)
        ordered = [p for p in params + body_params if p.required] + [p for p in params + body_params if not p.required]
        responses, accepts, return_type = self._responses(operation, pointer, pascal)
        security = operation.get("security", self.global_security) or []
        auth = tuple(dict.fromkeys(name for req in security if isinstance(req, dict) for name in req))
        summary = str(operation.get("summary") or "")
        description = str(operation.get("description") or "")
        models = {m for p in ordered for m in p.type.models} | set(return_type.models if return_type else ())
        returns = {r.status: r.type_expr for r in responses}
        descriptor_args = _descriptor_args(method, path, ordered, body_types, accepts, returns, auth)
        return Operation(
            signature=("self", *(p.signature_item for p in ordered), "**_options: Unpack[RequestOptions]"),
            # Statuses without a body need no entry: an undocumented status decodes the same way.
            descriptor_args=descriptor_args,
            method_name=method_name, const_name="_" + method_name.upper(), http_method=method.upper(),
            path=path, summary=summary, description=description,
            docstring=literals.docstring("\n\n".join(t for t in (
                "Deprecated: this operation may be removed from the API." if operation.get("deprecated") else "",
                summary, description) if t) or f"{method.upper()} {path}"),
            parameters=tuple(ordered), body_media_types=body_types, accepts=accepts,
            return_annotation=return_type.annotation if return_type else "None",
            returns_value=return_type is not None,
            return_doc=return_type.doc if return_type else "",
            return_doc_link=return_type.doc_link if return_type else "",
            return_type_expr=_runtime_type(return_type), responses=responses, auth=auth,
            models=tuple(sorted(models)), deprecated=bool(operation.get("deprecated")),
            typing_names=tuple(sorted({n for p in ordered for n in p.typing_names} | set(return_type.typing if return_type else ()))),
        )

    def _parameters(self, item: dict[str, Any], operation: dict[str, Any], pointer: str, pascal: str) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        for base, raw_list in ((path_pointer, item.get("parameters")), (pointer, operation.get("parameters"))):
            for index, raw in enumerate(raw_list or []):
                param, at = self.deref(raw, f"{base}/parameters/{index}")
                if isinstance(param, dict):
                    merged[(str(param.get("name")), str(param.get("in")))] = (param, at)
        result = []
        for (wire, location), (param, at) in merged.items():
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                schema = next(iter(param["content"].values())).get("schema")
            schema = schema if isinstance(schema, dict) else {}
            type_ref = self.registry.type_of(schema, pascal + naming.camelize(naming.sanitize(wire)) + "Parameter", at + "/schema")
            required = bool(param.get("required")) or location == "path"
            style = str(param.get("style") or _DEFAULT_STYLE.get(location, "form"))
            explode = param.get("explode", style == "form")
            result.append(self._parameter(wire, Location(location), type_ref, required, param, schema, style, bool(explode)))
        return result

    def _parameter(self, wire: str, location: Location, type_ref: TypeRef, required: bool, holder: dict[str, Any],
                   schema: dict[str, Any], style: str = "form", explode: bool = True, name: str = "") -> Parameter:
        name = name or naming.snake_identifier(wire)
        annotation = type_ref.annotation
        typing_names = set(type_ref.typing)
        if type_ref.is_model:
            annotation = f"Union[{annotation}, dict[str, Any]]"
            typing_names |= {"Union", "Any"}
        if not required and annotation != "Any":
            annotation = f"Optional[{annotation}]"
            typing_names.add("Optional")
        own = holder.get("description")  # a body's is the requestBody's own, not its schema's
        description = str(own if location is Location.BODY else own or schema.get("description") or "")
        default = schema.get("default")
        notes = "" if required else "[optional]"
        if default is not None and not required:
            notes += f" [default to {literals.doc_default(default)}]"
        value = examples.example_value({**schema, **({"example": holder["example"]} if "example" in holder else {})},
                                       name, self.schema_of)
        where = "file" if location is Location.FORM and type_ref.is_binary else location.value
        descriptor_args = [literals.python_literal(name), literals.python_literal(where)]
        if wire != name:
            descriptor_args.append(literals.python_literal(wire))
        styled = location in (Location.QUERY, Location.COOKIE, Location.HEADER, Location.PATH)
        if styled and style != _DEFAULT_STYLE[location.value]:
            descriptor_args.append(f"style={literals.python_literal(style)}")
        if styled and explode != (style == "form"):
            descriptor_args.append(f"explode={explode!r}")
        if required and location is not Location.PATH:
            descriptor_args.append("required=True")
        return Parameter(
            descriptor=f"Param({', '.join(descriptor_args)})",
            signature_item=f"{name}: {annotation}" + ("" if required else " = None"),
            name=name, wire_name=wire, location=location, type=type_ref, annotation=annotation,
            required=required, description=description, doc_type=type_ref.doc, doc_notes=notes.strip(),
            example_literal='b"file contents"' if type_ref.is_binary and value is None else literals.python_literal(value),
            typing_names=tuple(sorted(typing_names)), style=style, explode=explode,
        )

    def _body(self, operation: dict[str, Any], pointer: str, pascal: str, method_name: str) -> tuple[list[Parameter], tuple[str, ...]]:
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
            target, target_at = self.deref(schema, media_pointer + "/schema")
            required_fields = set(target.get("required") or [])
            params = []
            for wire, prop in (target.get("properties") or {}).items():
                prop_at = f"{target_at}/properties/{escape_token(wire)}"
                prop = prop if isinstance(prop, dict) else {}
                is_file = prop.get("format") == "binary" or (prop.get("type") == "array" and (prop.get("items") or {}).get("format") == "binary")
                type_ref = types.FILE_UPLOAD if is_file else self.registry.type_of(prop, pascal + naming.camelize(wire), prop_at)
                params.append(self._parameter(wire, Location.FORM, type_ref, wire in required_fields, prop, prop))
            return params, media_types
        hint = pascal + "Request"
        type_ref = self.registry.type_of(schema, hint, media_pointer + "/schema")
        if type_ref.is_binary:
            type_ref = TypeRef("Union[bytes, str]", "bytearray", typing=("Union",), is_binary=True)
        name = operation.get("x-codegen-request-body-name")
        if not name:
            if "$ref" in schema or type_ref.is_model:
                name = naming.snake_identifier(type_ref.annotation) if type_ref.is_model else "body"
            elif types.schema_types(schema) == ["array"]:
                name = "request_body"
            else:
                name = "body"
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), dict) and media["examples"]:
            first = next(iter(media["examples"].values()))
            example = first.get("value") if isinstance(first, dict) else None
        holder = {"description": body.get("description") or "", **({"example": example} if example is not None else {})}
        param = self._parameter(str(name), Location.BODY, type_ref, required, holder, schema, name=naming.snake_identifier(str(name)))
        return [param], media_types

    def _responses(self, operation: dict[str, Any], pointer: str, pascal: str) -> tuple[tuple[Response, ...], tuple[str, ...], TypeRef | None]:
        responses = []
        accepts: list[str] = []
        return_type: TypeRef | None = None
        for status, raw in (operation.get("responses") or {}).items():
            status = str(status)
            response, at = self.deref(raw, f"{pointer}/responses/{escape_token(status)}")
            content = response.get("content") or {}
            type_ref: TypeRef | None = None
            if content:
                chosen = _preferred_media_type(tuple(content))
                schema = (content[chosen] or {}).get("schema")
                hint = pascal + status + "Response"
                if isinstance(schema, dict) and schema:
                    type_ref = self.registry.type_of(schema, hint, f"{at}/content/{escape_token(chosen)}/schema")
                elif chosen.startswith("text/"):
                    type_ref = TypeRef("str", "str")
                elif chosen == "application/octet-stream":
                    type_ref = types.BINARY
                accepts.extend(m for m in content if m not in accepts)
            if return_type is None and status.startswith("2") and type_ref is not None:
                return_type = type_ref
            headers = ", ".join(sorted(response.get("headers") or {})) or "-"
            responses.append(Response(status, str(response.get("description") or ""), _runtime_type(type_ref),
                                      tuple(content), headers))
        return tuple(responses), tuple(accepts), return_type


def _preferred_media_type(media_types: tuple[str, ...]) -> str:
    for candidate in media_types:
        base = candidate.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return candidate
    for candidate in media_types:
        if candidate in _FORM_TYPES:
            return candidate
    return media_types[0]


def _runtime_type(type_ref: TypeRef | None) -> str:
    """The type expression the runtime decodes a body into; "" means no body."""
    if type_ref is None:
        return ""
    return type_ref.annotation


def _descriptor_args(method: str, path: str, params: list[Parameter], content_types: tuple[str, ...],
                     accepts: tuple[str, ...], returns: dict[str, str], auth: tuple[str, ...]) -> tuple[str, ...]:
    """The arguments of an operation's `Operation(...)` descriptor, as source text."""
    args = [literals.python_literal(method.upper()), literals.python_literal(path)]
    if params:
        args.append(f"params={_tuple(p.descriptor for p in params)}")
    if content_types:
        args.append(f"content_types={_tuple(literals.python_literal(c) for c in content_types)}")
    if accepts:
        args.append(f"accepts={_tuple(literals.python_literal(a) for a in accepts)}")
    # Statuses without a body need no entry: an undocumented status decodes the same way.
    with_body = [f"{literals.python_literal(k)}: {literals.python_literal(v)}" for k, v in returns.items() if v]
    if with_body:
        args.append("returns={" + ", ".join(with_body) + "}")
    if auth:
        args.append(f"auth={_tuple(literals.python_literal(a) for a in auth)}")
    return tuple(args)


def _tuple(items: Any) -> str:
    parts = list(items)
    return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
