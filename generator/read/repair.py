"""The lenient reading of a spec: what real specs get wrong that a client can live with.

Each rule finds one kind of slip, puts the nearest sound reading in its place (in the loaded
document, before validation) and says what it did. In strict mode the same findings are
errors. Constructs a client does not need, or that a Python type cannot express exactly, are
reported here too; the builders then ignore them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from generator.errors import Finding
from generator.read.load import resolve_pointer, unescape_token
from generator.read.parse import escape_token
from generator.read.repair_paths import repair_path_parameters
from generator.read.spec_walk import HTTP_METHODS, iter_operations, iter_schemas
from generator.read.validate import allof_cycles

_TYPE_ALIASES = {"float": "number", "double": "number", "int": "integer", "long": "integer", "bool": "boolean",
                 "str": "string", "list": "array", "dict": "object", "map": "object"}
_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")
_NOT_EXPRESSED = {
    "not": "a Python type cannot say what a value is not: read as the rest of the schema",
    "if": "conditional schemas (if/then/else) are read as the rest of the schema",
    "patternProperties": "properties matched by pattern are read as extra fields of any type",
    "$dynamicRef": "dynamic references are read as any value",
    "$recursiveRef": "recursive references are read as any value",
    "unevaluatedProperties": "unevaluatedProperties is not checked by the client",
    "unevaluatedItems": "unevaluatedItems is not checked by the client",
    "contains": "contains is not checked by the client",
}
# Keys each OpenAPI object may carry (besides `x-` extensions): others are dropped with a warning.
_OPERATION_KEYS = {"tags", "summary", "description", "externalDocs", "operationId", "parameters", "requestBody",
                   "responses", "callbacks", "deprecated", "security", "servers"}
_PATH_ITEM_KEYS = {"$ref", "summary", "description", "servers", "parameters", *HTTP_METHODS, "query",
                   "additionalOperations"}  # the last two: OpenAPI 3.2


def repair(document: dict[str, Any]) -> list[Finding]:
    """Read the spec leniently: fix what can be read soundly, in place; say what was done."""
    v31 = str(document.get("openapi", "")).startswith(("3.1", "3.2"))  # JSON Schema 2020-12
    findings: list[Finding] = []
    findings += _ignored(document)
    for pointer, schema in iter_schemas(document):
        findings += _schema(pointer, schema, v31)
    findings += _servers(document)
    findings += _security_schemes(document)
    findings += _operations(document)
    findings += repair_path_parameters(document)
    findings += _operation_ids(document)
    findings += _allof_cycles(document)
    findings += _discriminator_mappings(document)
    _hoist_deep_refs(document)
    return findings


_NAMED_SCHEMA = re.compile(r"#/components/schemas/[^/]+")
_COMPONENT_SCHEMA = "#/components/schemas/"
# Pointer tokens that say where a schema stands, not what it is: left out of the name it gets.
_PLACES = {"components", "schemas", "parameters", "responses", "requestBodies", "headers", "properties", "items",
           "schema", "content", "paths", "allOf", "anyOf", "oneOf", "additionalProperties"}


def _hoist_deep_refs(document: dict[str, Any]) -> None:
    """A `$ref` to a schema inside another (`#/components/schemas/Thing/properties/size`,
    `#/components/parameters/Limit/schema`) is valid OpenAPI; the builders name schemas by
    component. So the target moves to a component of its own (`ThingSize`), a `$ref` to it is
    left where it was, and every reference to it points there: one schema, one model. Deeper
    targets move first, so the pointers to them still lead through plain schemas."""
    found: list[Any] = []  # whatever a malformed spec holds there: only strings are kept below
    for _, schema in iter_schemas(document):
        found.append(schema.get("$ref"))
        found.extend(_dict(_dict(schema.get("discriminator")).get("mapping")).values())
    refs = sorted({ref for ref in found if isinstance(ref, str) and ref.startswith("#/")
                   and not _NAMED_SCHEMA.fullmatch(ref)}, key=lambda r: (-r.count("/"), r))
    moved: dict[str, str] = {}
    for ref in refs:
        target = resolve_pointer(document, ref[1:])
        if isinstance(target, dict) and isinstance(target.get("$ref"), str) and len(target) == 1:
            moved[ref] = target["$ref"]  # a reference already: a mapping names where it leads
            continue
        if not isinstance(target, dict):
            continue  # nothing there (the validator says so)
        schemas = _dict(document.setdefault("components", {})).setdefault("schemas", {})
        if not isinstance(schemas, dict):
            return  # the validator says what is wrong with it
        tokens = [t for t in ref[2:].split("/") if t not in _PLACES and "~1" not in t]
        base = "".join(t[:1].upper() + t[1:] for t in tokens) or "Schema"
        name = base if base not in schemas else next(
            f"{base}{n}" for n in range(2, len(schemas) + 3) if f"{base}{n}" not in schemas)
        schemas[name] = dict(target)
        moved[ref] = f"#/components/schemas/{escape_token(name)}"
        target.clear()
        target["$ref"] = moved[ref]
    for _, schema in iter_schemas(document):
        points_to = schema.get("$ref")
        if isinstance(points_to, str) and points_to in moved and moved[points_to].startswith(_COMPONENT_SCHEMA):
            schema["$ref"] = moved[points_to]
        mapping = _dict(_dict(schema.get("discriminator")).get("mapping"))
        for key, value in mapping.items():  # a discriminator names its schemas by reference too
            for _ in range(len(moved)):  # through references already there, to a component
                if not isinstance(value, str) or value not in moved:
                    break
                mapping[key] = value = moved[value]


def _allof_cycles(document: dict[str, Any]) -> Iterator[Finding]:
    """A schema that includes itself through allOf (`Tiger: allOf: [$ref: Tiger, ...]`) is read
    without the reference that closes the cycle: the rest of the schema is all it can mean."""
    for pointer, cycle in allof_cycles(document, limit=1_000_000):
        item = resolve_pointer(document, pointer.removesuffix("/$ref"))
        if isinstance(item, dict):
            item.clear()
        yield Finding(pointer, f"schema includes itself through allOf ({' → '.join(cycle)}): "
                               "that reference is left out", "reference cycle")


def _ignored(document: dict[str, Any]) -> Iterator[Finding]:
    if document.get("webhooks"):
        yield Finding("/webhooks", "webhooks describe calls the API makes, not a client's: ignored", "ignored")
    for path, method, _, operation in iter_operations(document):
        if operation.get("callbacks"):
            at = f"/paths/{escape_token(path)}/{method}/callbacks"
            yield Finding(at, "callbacks describe calls the API makes, not a client's: ignored", "ignored")
        for status, response in _dict(operation.get("responses")).items():
            if isinstance(response, dict) and response.get("links"):
                at = f"/paths/{escape_token(path)}/{method}/responses/{escape_token(str(status))}/links"
                yield Finding(at, "links describe follow-up calls; the client does not make them: ignored",
                              "ignored")


def _schema(pointer: str, schema: dict[str, Any], v31: bool) -> Iterator[Finding]:
    yield from _type(pointer, schema)
    for key, why in _NOT_EXPRESSED.items():
        if key in schema:
            yield Finding(f"{pointer}/{escape_token(key)}", why, "not expressed")
    if "xml" in schema and isinstance(schema["xml"], dict) and not pointer.count("/properties/"):
        yield Finding(f"{pointer}/xml", "XML names are not used by a JSON client: ignored", "ignored")
    yield from _bounds(pointer, schema, v31)
    if "const" in schema and not v31:
        schema["enum"] = [schema.pop("const")]
        yield Finding(f"{pointer}/const", "const is OpenAPI 3.1: read as a one-value enum", "3.1 in 3.0")
    if isinstance(schema.get("enum"), list) and not schema["enum"]:
        del schema["enum"]
        yield Finding(f"{pointer}/enum", "an empty enum allows no value: ignored", "invalid keyword")
    required = schema.get("required")
    if "required" in schema and not isinstance(required, list):
        del schema["required"]
        yield Finding(f"{pointer}/required", f"required must list property names, not {required!r}: ignored",
                      "invalid keyword")
    elif isinstance(required, list):
        unique = list(dict.fromkeys(r for r in required if isinstance(r, str)))
        if unique != required:
            schema["required"] = unique
            yield Finding(f"{pointer}/required", "required lists a name twice (or a non-name): kept once",
                          "invalid keyword")
    for key in ("default", "example"):
        if key in schema and not _fits(schema[key], schema):
            value = schema.pop(key)
            yield Finding(f"{pointer}/{key}", f"{key} {_short(value)} does not match the schema's type: ignored",
                          "example or default")


def _type(pointer: str, schema: dict[str, Any]) -> Iterator[Finding]:
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind is not None else []
    fixed = []
    for item in kinds:
        if item in _TYPES:
            fixed.append(item)
        elif isinstance(item, str) and item.lower() in _TYPE_ALIASES:
            fixed.append(_TYPE_ALIASES[item.lower()])
            yield Finding(f"{pointer}/type", f"type {item!r} is not an OpenAPI type: read as "
                                             f"{_TYPE_ALIASES[item.lower()]!r}", "invalid keyword")
        else:
            fixed.append(item)  # a type nobody could mean (a typo): the validator refuses it
    if kinds and fixed != kinds:
        schema["type"] = fixed if isinstance(kind, list) else fixed[0]


def _bounds(pointer: str, schema: dict[str, Any], v31: bool) -> Iterator[Finding]:
    for bound in ("Minimum", "Maximum"):
        key, plain = "exclusive" + bound, bound.lower()
        flag = schema.get(key)
        if v31 and isinstance(flag, bool):
            del schema[key]
            if flag and _is_number(schema.get(plain)):
                schema[key] = schema.pop(plain)
            yield Finding(f"{pointer}/{key}", f"{key}: {str(flag).lower()} is OpenAPI 3.0: read as 3.0 means it",
                          "3.0 in 3.1")
        elif not v31 and _is_number(flag):
            schema[plain], schema[key] = flag, True
            yield Finding(f"{pointer}/{key}", f"{key}: {flag} is OpenAPI 3.1: read as 3.1 means it", "3.1 in 3.0")


def _servers(document: dict[str, Any]) -> Iterator[Finding]:
    """Server lists of the document, of each path and of each operation."""
    holders: list[tuple[str, Any]] = [("", document)]
    for path, item in _dict(document.get("paths")).items():
        if isinstance(item, dict):
            base = f"/paths/{escape_token(str(path))}"
            holders.append((base, item))
            holders += [(f"{base}/{m}", item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
    for base, holder in holders:
        yield from _server_list(base, holder.get("servers"))


def _server_list(base: str, servers: Any) -> Iterator[Finding]:
    for index, server in enumerate(servers if isinstance(servers, list) else []):
        if not isinstance(server, dict):
            continue
        url = server.get("url")
        for name in dict.fromkeys(re.findall(r"{([^{}]+)}", url if isinstance(url, str) else "")):
            if name not in _dict(server.get("variables")):
                yield Finding(f"{base}/servers/{index}/url", f"server URL {url!r} uses {{{name}}}, which it does not "
                                                             "define: filled at call time from "
                                                             "Configuration.server_variables", "server variable")
        for name, variable in _dict(server.get("variables")).items():
            if not isinstance(variable, dict):
                continue
            at = f"{base}/servers/{index}/variables/{escape_token(str(name))}"
            if "default" in variable and not isinstance(variable["default"], str):
                variable["default"] = _text(variable["default"])
                yield Finding(f"{at}/default", "a server variable's default must be a string: read as one",
                              "invalid keyword")
            enum = variable.get("enum")
            if isinstance(enum, list) and any(not isinstance(v, str) for v in enum):
                variable["enum"] = [_text(v) for v in enum]
                yield Finding(f"{at}/enum", "a server variable's enum must list strings: read as strings",
                              "invalid keyword")


HTTP_AUTH_SCHEMES = ("basic", "bearer")  # the `http` schemes a client sends (case-insensitive)


def _security_schemes(document: dict[str, Any]) -> Iterator[Finding]:
    schemes = _dict(_dict(document.get("components")).get("securitySchemes"))
    for name, scheme in schemes.items():
        if not isinstance(scheme, dict) or scheme.get("type") != "http":
            continue
        kind = str(scheme.get("scheme", ""))
        if kind.lower() not in HTTP_AUTH_SCHEMES:
            yield Finding(f"/components/securitySchemes/{escape_token(str(name))}/scheme",
                          f"HTTP {kind!r} authentication is not supported: calls are sent without it "
                          "(pass its headers with `_headers`)", "ignored")


def _operations(document: dict[str, Any]) -> Iterator[Finding]:
    for path, item in _dict(document.get("paths")).items():
        if not isinstance(item, dict):
            continue
        base = f"/paths/{escape_token(str(path))}"
        yield from _unknown_keys(base, item, _PATH_ITEM_KEYS, "a path item")
        yield from _parameters(base, item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield from _unknown_keys(f"{base}/{method}", item[method], _OPERATION_KEYS, "an operation")
                yield from _parameters(f"{base}/{method}", item[method])
    for name, parameter in _dict(_dict(document.get("components")).get("parameters")).items():
        if isinstance(parameter, dict):
            yield from _parameter(f"/components/parameters/{escape_token(str(name))}", parameter)


def _operation_ids(document: dict[str, Any]) -> Iterator[Finding]:
    """A repeated operationId gets a number (`listPets_2`): its method needs a name of its own."""
    seen: dict[str, str] = {}
    for path, method, _, operation in iter_operations(document):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        at = f"/paths/{escape_token(path)}/{method}/operationId"
        if operation_id in seen:
            number = 2
            while f"{operation_id}_{number}" in seen:
                number += 1
            operation["operationId"] = f"{operation_id}_{number}"
            yield Finding(at, f"duplicate operationId {operation_id!r} (also at {seen[operation_id]}): read as "
                              f"{operation['operationId']!r}", "duplicate operationId")
            seen[operation["operationId"]] = at
        else:
            seen[operation_id] = at.removesuffix("/operationId")


def _parameters(base: str, holder: dict[str, Any]) -> Iterator[Finding]:
    parameters = holder.get("parameters")
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        if isinstance(parameter, dict) and "$ref" not in parameter:
            yield from _parameter(f"{base}/parameters/{index}", parameter)


LEFT_OUT = "x-apigen-left-out"  # marks a parameter the builders skip (said in a warning here)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # an HTTP token (RFC 9110)


def _parameter(at: str, parameter: dict[str, Any]) -> Iterator[Finding]:
    required = parameter.get("required")
    if "required" in parameter and not isinstance(required, bool):
        parameter["required"] = str(required).strip().lower() in ("true", "yes", "1")
        yield Finding(f"{at}/required", f"required must be true or false, not {required!r}: read as "
                                        f"{str(parameter['required']).lower()}", "invalid keyword")
    name = parameter.get("name")
    if parameter.get("in") == "header" and isinstance(name, str) and not _HEADER_NAME.fullmatch(name):
        parameter[LEFT_OUT] = True
        yield Finding(f"{at}/name", f"header {name!r} cannot be sent: its name is not an HTTP header name; "
                                    "the parameter is left out", "invalid keyword")
    if parameter.get("in") == "path" and parameter.get("required") is not True:
        parameter["required"] = True
        yield Finding(f"{at}/required", "a path parameter is always required: read as required", "invalid keyword")
    yield from _style(at, parameter)


# The styles OpenAPI defines for each location; the first is the location's default.
STYLES = {"path": ("simple", "label", "matrix"), "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
          "header": ("simple",), "cookie": ("form",)}


def _style(at: str, parameter: dict[str, Any]) -> Iterator[Finding]:
    """A style its location does not have (`style: form` on a header, as real specs write) is
    read as the location's own; a deepObject with nested values asks for what OpenAPI leaves
    undefined: said, and sent as README's rule says (nested values as JSON text)."""
    where, style = parameter.get("in"), parameter.get("style")
    allowed = STYLES.get(str(where))
    if allowed and isinstance(style, str) and style not in allowed:
        parameter["style"] = allowed[0]
        yield Finding(f"{at}/style", f"style {style!r} is not allowed in a {where} parameter: read as "
                                     f"{allowed[0]!r}", "invalid keyword")
    schema = parameter.get("schema")
    if style == "deepObject" and isinstance(schema, dict) and "$ref" not in schema:
        properties = schema.get("properties")
        nested = [name for name, prop in (properties.items() if isinstance(properties, dict) else ())
                  if isinstance(prop, dict) and (prop.get("type") in ("object", "array") or "$ref" in prop)]
        if nested or schema.get("type") == "array":
            what = f"nested values ({', '.join(map(str, nested))})" if nested else "an array"
            yield Finding(f"{at}/style", f"deepObject leaves {what} undefined: sent as JSON text",
                          "not expressed")


def _unknown_keys(at: str, node: dict[str, Any], known: set[str], what: str) -> Iterator[Finding]:
    for key in [k for k in node if isinstance(k, str) and k not in known and not k.startswith("x-")]:
        del node[key]
        yield Finding(f"{at}/{escape_token(key)}", f"{key!r} is not a field of {what}: ignored", "unknown field")


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    """Whether a default or example has a type the schema allows (structure is not checked)."""
    kind = schema.get("type")
    kinds = set(kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else [])
    if not kinds:
        return True
    if value is None:
        return "null" in kinds or schema.get("nullable") is True
    checks = {"string": isinstance(value, str), "boolean": isinstance(value, bool),
              "integer": _is_number(value) and float(value).is_integer(),
              "number": isinstance(value, (int, float)) and not isinstance(value, bool),
              "array": isinstance(value, list), "object": isinstance(value, dict)}
    return any(checks.get(k, True) for k in kinds)


def _dict(value: Any) -> dict[Any, Any]:
    """`value` if it is a mapping, else none: repairs run before the validator, which reports
    a wrong shape at its place."""
    return value if isinstance(value, dict) else {}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _text(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _discriminator_mappings(document: dict[str, Any]) -> Iterator[Finding]:
    """A discriminator's mapping names models: an entry that names no schema of
    components/schemas (`dog: '#/components/schemas/Nope'`, `fish: Fish` without a `Fish`, a
    pointer into a property) maps to nothing a client can build, so it is left out."""
    schemas = _dict(_dict(document.get("components")).get("schemas"))
    for pointer, schema in iter_schemas(document):
        mapping = _dict(_dict(schema.get("discriminator")).get("mapping"))
        for value, target in list(mapping.items()):
            name = target.removeprefix("#/components/schemas/") if isinstance(target, str) else None
            if name is not None and target.startswith("#") and name == target:
                name = None  # a pointer elsewhere (`#/paths/...`)
            if name is not None and "/" not in name and unescape_token(name) in schemas:
                continue
            del mapping[value]
            yield Finding(f"{pointer}/discriminator/mapping/{escape_token(str(value))}",
                          f"discriminator mapping {_short(value)} -> {_short(target)} names no schema of "
                          "components/schemas: that entry is left out", "reference")
