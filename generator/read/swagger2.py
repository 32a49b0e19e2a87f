"""Swagger 2.0 read as OpenAPI 3.0: the conversion OpenAPI Generator and swagger2openapi make.

The 2.0 document is left as it was (the 2.0 validator checks it, and its lines are what messages
show); a new 3.0 document is built beside it, and every node built records the 2.0 node it came
from, so a warning about the 3.0 document points at a line of the 2.0 file. Lenient: what has no
3.0 form is read the nearest sound way, with a finding that says so. The document's frame is
here (servers, security, paths, operations, responses); its parts in swagger2_parts.py.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Finding
from generator.read.parse import copy_tree, escape_token
from generator.read.swagger2_parts import Converted, Parts, media_types, ptr

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_OAUTH2_FLOWS = {"implicit": ("implicit", ("authorizationUrl",)), "password": ("password", ("tokenUrl",)),
                 "application": ("clientCredentials", ("tokenUrl",)),
                 "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl"))}


def convert(swagger: dict[str, Any]) -> Converted:
    """The OpenAPI 3.0 reading of a Swagger 2.0 document (which is not changed)."""
    return _Converter(swagger).run()


class _Converter(Parts):
    def run(self) -> Converted:
        doc, src = self.out.document, self.src
        self.origin("", "")
        self.origin("/openapi", "/swagger")
        for key, value in src.items():
            if key in ("info", "tags", "externalDocs", "security") or str(key).startswith("x-"):
                doc[key] = copy_tree(value)
                self.origin(ptr(key), ptr(key))
        doc["servers"] = self.servers()
        components: dict[str, Any] = {}
        for new, old in (("schemas", "definitions"), ("parameters", "parameters"), ("responses", "responses"),
                         ("securitySchemes", "securityDefinitions")):
            self.origin(ptr("components", new), ptr(old))  # refined below, node by node
        definitions = src.get("definitions")
        if isinstance(definitions, dict):
            components["schemas"] = {name: self.schema(schema, ptr("components", "schemas", name),
                                                       ptr("definitions", name))
                                     for name, schema in definitions.items()}
        self.components_parameters(components)
        responses = src.get("responses")
        if isinstance(responses, dict):
            components["responses"] = {
                name: self.response(value, self.produces, ptr("components", "responses", name),
                                    ptr("responses", name))
                for name, value in responses.items()}
        schemes = src.get("securityDefinitions")
        if isinstance(schemes, dict):
            components["securitySchemes"] = {name: self.security_scheme(name, value)
                                             for name, value in schemes.items()}
        doc["paths"] = self.paths()
        if components:
            doc["components"] = components
        return self.out

    def servers(self) -> list[dict[str, Any]]:
        """`host` + `basePath` under each of `schemes` (https when none is given)."""
        host, base = self.src.get("host"), self.src.get("basePath")
        base = base if isinstance(base, str) else ""
        schemes = [s for s in self.src.get("schemes") or [] if s in ("http", "https", "ws", "wss")]
        where = "/host" if "host" in self.src else "/basePath"
        self.origin("/servers", where)
        if not isinstance(host, str) or not host:
            return [{"url": base or "/"}]
        # 2.0 says: the scheme the spec was fetched with. That is not known here; https is the
        # sound guess, and valid 2.0 (so no warning, which strict mode would make an error).
        schemes = schemes or ["https"]
        return [{"url": f"{scheme}://{host}{base}"} for scheme in schemes]

    def security_scheme(self, name: str, value: Any) -> Any:
        at, src = ptr("components", "securitySchemes", name), ptr("securityDefinitions", name)
        self.origin(at, src)
        if not isinstance(value, dict):
            return copy_tree(value)
        kind = value.get("type")
        extra = {k: copy_tree(v) for k, v in value.items() if k == "description" or str(k).startswith("x-")}
        if kind == "basic":
            return {"type": "http", "scheme": "basic", **extra}
        if kind == "apiKey":
            return {"type": "apiKey", "name": value.get("name"), "in": value.get("in"), **extra}
        if kind == "oauth2" and value.get("flow") in _OAUTH2_FLOWS:
            flow_name, urls = _OAUTH2_FLOWS[value["flow"]]
            flow = {url: value.get(url, "") for url in urls}
            flow["scopes"] = copy_tree(value.get("scopes") or {})
            return {"type": "oauth2", "flows": {flow_name: flow}, **extra}
        self.warn(at, f"security scheme {name!r} of type {kind!r} has no OpenAPI 3 form: kept as written")
        return copy_tree(value)
    # -- paths and operations -----------------------------------------------------------------

    def paths(self) -> dict[str, Any]:
        paths = self.src.get("paths")
        result: dict[str, Any] = {}
        self.origin("/paths", "/paths")
        for path, item in paths.items() if isinstance(paths, dict) else ():
            at = ptr("paths", path)
            self.origin(at, at)
            if not isinstance(item, dict):
                result[path] = copy_tree(item)
                continue
            shared = self.resolved_params(item.get("parameters"), f"{at}/parameters")
            new: dict[str, Any] = {k: copy_tree(v) for k, v in item.items() if str(k).startswith("x-")}
            if isinstance(item.get("$ref"), str):
                new["$ref"] = item["$ref"]
            plain = [(p, s, r) for p, s, r in shared if p.get("in") not in ("body", "formData")]
            if plain:
                new["parameters"] = [self.operation_parameter(p, s, r, f"{at}/parameters/{i}")
                                     for i, (p, s, r) in enumerate(plain)]
            for method in _METHODS:
                if isinstance(item.get(method), dict):
                    new[method] = self.operation(item[method], f"{at}/{method}", shared)
            result[path] = new
        return result

    def resolved_params(self, params: Any, src: str) -> list[tuple[dict[str, Any], str, str | None]]:
        """(parameter, its 2.0 pointer, the global name it was referred by) of a parameter list."""
        found: list[tuple[dict[str, Any], str, str | None]] = []
        for index, param in enumerate(params if isinstance(params, list) else []):
            at = f"{src}/{index}"
            ref = param.get("$ref") if isinstance(param, dict) else None
            if isinstance(ref, str) and ref.startswith("#/parameters/"):
                name = ref[len("#/parameters/"):].replace("~1", "/").replace("~0", "~")
                target = self.global_params.get(name)
                if isinstance(target, dict):
                    found.append((target, ptr("parameters", name), name))
                    continue
            if isinstance(param, dict):
                found.append((param, at, None))
        return found

    def operation_parameter(self, param: dict[str, Any], src: str, ref: str | None, at: str) -> Any:
        if ref is not None:
            self.origin(at, src)
            return {"$ref": "#/components/parameters/" + escape_token(ref)}
        if isinstance(param.get("$ref"), str):
            self.origin(at, src)
            return {"$ref": param["$ref"]}  # another file's parameter: the bundler reads it
        return self.parameter(param, at, src)

    def operation(self, op: dict[str, Any], at: str, shared: list[tuple[dict[str, Any], str, str | None]]) -> Any:
        self.origin(at, at)
        new = {k: copy_tree(v) for k, v in op.items()
               if k in ("tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security")
               or str(k).startswith("x-")}
        consumes = media_types(op.get("consumes")) or self.consumes
        produces = media_types(op.get("produces")) or self.produces
        own = self.resolved_params(op.get("parameters"), f"{at}/parameters")
        overridden = {(p.get("in"), p.get("name")) for p, _, _ in own}
        params = [entry for entry in shared if (entry[0].get("in"), entry[0].get("name")) not in overridden] + own
        plain = [entry for entry in params if entry[0].get("in") not in ("body", "formData")]
        if plain:
            new["parameters"] = [self.operation_parameter(p, s, r, f"{at}/parameters/{i}")
                                 for i, (p, s, r) in enumerate(plain)]
        bodies = [entry for entry in params if entry[0].get("in") == "body"]
        forms = [(p, s) for p, s, _ in params if p.get("in") == "formData"]
        if bodies:
            param, src, ref = bodies[-1]
            if ref is not None and consumes == self.consumes:
                self.origin(f"{at}/requestBody", src)
                new["requestBody"] = {"$ref": "#/components/requestBodies/" + escape_token(ref)}
            else:
                new["requestBody"] = self.body(param, consumes, f"{at}/requestBody", src)
            if isinstance(param.get("name"), str):  # the method's argument is named as in 2.0 (as OpenAPI Generator does)
                new.setdefault("x-codegen-request-body-name", param["name"])
            if forms:
                self.warn(f"{at}/requestBody", "both body and formData parameters: the formData ones are left out")
        elif forms:
            new["requestBody"] = self.form_body(forms, consumes, f"{at}/requestBody")
        responses = op.get("responses")
        new["responses"] = {str(code): self.response(value, produces, f"{at}/responses/{escape_token(str(code))}",
                                                     f"{at}/responses/{escape_token(str(code))}")
                            for code, value in responses.items()} if isinstance(responses, dict) else {}
        if not new["responses"]:
            new["responses"] = {"default": {"description": ""}}
            self.warn(f"{at}/responses", "no responses: read as one default response without content")
        if isinstance(op.get("schemes"), list):
            self.warn(f"{at}", "per-operation `schemes` are not kept: the spec's servers apply")
        return new

    def response(self, value: Any, produces: list[str], at: str, src: str) -> Any:
        self.origin(at, src)
        if not isinstance(value, dict):
            return copy_tree(value)
        if isinstance(value.get("$ref"), str):
            return {"$ref": self.ref(value["$ref"], at)}
        new: dict[str, Any] = {k: copy_tree(v) for k, v in value.items() if str(k).startswith("x-")}
        new["description"] = value.get("description") if isinstance(value.get("description"), str) else ""
        schema = value.get("schema")
        examples: dict[str, Any] = value["examples"] if isinstance(value.get("examples"), dict) else {}
        if isinstance(schema, dict):
            content = {}
            for media in produces:
                media_at = f"{at}/content/{escape_token(media)}"
                content[media] = {"schema": self.schema(schema, f"{media_at}/schema", f"{src}/schema")}
                if media in examples:
                    content[media]["example"] = copy_tree(examples[media])
                    self.origin(f"{media_at}/example", f"{src}/examples/{escape_token(media)}")
            new["content"] = content
        headers = value.get("headers")
        if isinstance(headers, dict):
            new["headers"] = {}
            for name, header in headers.items():
                header_at, header_src = f"{at}/headers/{escape_token(str(name))}", f"{src}/headers/{escape_token(str(name))}"
                self.origin(header_at, header_src)
                if not isinstance(header, dict):
                    continue
                converted = {k: copy_tree(v) for k, v in header.items() if k == "description" or str(k).startswith("x-")}
                converted["schema"] = self.simple_schema(header, f"{header_at}/schema", header_src)
                new["headers"][name] = converted
        return new


def finish(document: dict[str, Any]) -> list[Finding]:
    """Convert what bundling brought in from other 2.0 files: their parameters and schemas.

    (The root file's were converted before bundling; content of other files is read as it is
    referred to, so it is converted here, in place, where it landed.)
    """
    from generator.read.spec_walk import iter_operations, iter_schemas

    converter = _Converter({})
    for path, method, item, operation in iter_operations(document):
        for owner, at in ((item, ptr("paths", path)), (operation, ptr("paths", path, method))):
            params: list[Any] = owner["parameters"] if isinstance(owner.get("parameters"), list) else []
            for index, param in enumerate(params):
                if isinstance(param, dict) and "schema" not in param and "$ref" not in param \
                        and param.get("in") not in ("body", "formData"):
                    params[index] = converter.parameter(param, f"{at}/parameters/{index}", "")
            bodies = [p for p in params if isinstance(p, dict) and p.get("in") in ("body", "formData")]
            if bodies:
                owner["parameters"] = [p for p in params if p not in bodies]
                converter.warn(f"{at}/parameters", "body or formData parameters from another file are left out")
    for pointer, schema in iter_schemas(document):
        converter.schema_in_place(schema, pointer, "")
    return converter.out.findings
