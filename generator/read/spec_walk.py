"""Walking a loaded spec: its operations and schemas in spec order.

Shared by the checking stage and the builders, so checking never imports a builder.
"""

from __future__ import annotations

from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords every generated method also takes; a parameter may not take their names.
OPTION_NAMES = frozenset({"_request_timeout", "_request_auth", "_content_type", "_headers", "_host_index",
                          "_idempotent", "_max_pages"})


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, path item, operation) for every operation, in spec order."""
    found: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    paths = document.get("paths")
    if not isinstance(paths, dict):  # the validator reports it; lenient repairs run before it
        return found
    v32 = str(document.get("openapi", "")).startswith("3.2.")
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((path, method, item, operation))
        if v32:
            found += [(path, method, item, operation) for method, operation in _operations_32(item)]
    return found


def _operations_32(item: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """OpenAPI 3.2's `query` and `additionalOperations` (method: `additionalOperations/COPY`,
    so that `/paths/<path>/<method>` is the operation's pointer; `http_verb` gives `COPY`)."""
    found = [("query", item["query"])] if isinstance(item.get("query"), dict) else []
    extra = item.get("additionalOperations")
    for verb, operation in extra.items() if isinstance(extra, dict) else ():
        if isinstance(operation, dict) and "/" not in str(verb) and str(verb).lower() not in (*HTTP_METHODS, "query"):
            found.append((f"additionalOperations/{verb}", operation))
    return found


def http_verb(method: str) -> str:
    """The HTTP method of an operation named by `iter_operations`, as sent: `GET`, `QUERY`, `COPY`
    (an additional operation's as its key writes it: 3.2 says that is what is sent)."""
    return method.rsplit("/", 1)[-1] if "/" in method else method.upper()


def operation_tag(operation: dict[str, Any]) -> str:
    """The tag whose API class gets the operation: its first, else `default`."""
    tags = operation.get("tags")
    return str(tags[0]) if isinstance(tags, list) and tags else "default"


def declared_tags(document: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(index, tag object) of the document's `tags`."""
    tags = document.get("tags")
    return [(i, t) for i, t in enumerate(tags) if isinstance(t, dict)] if isinstance(tags, list) else []


# Schema keywords whose value is a schema, a list of schemas, or a map of schemas.
_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
        "unevaluatedProperties", "unevaluatedItems", "additionalItems")
_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
_MAP = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def iter_schemas(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, schema) for every schema object of the document, nested ones included.

    Schemas are found where OpenAPI puts them (components/schemas, any `schema` key outside a
    schema) and followed through the schema keywords only, so example and default values
    that happen to look like schemas are never taken for one.
    """
    from generator.read.parse import escape_token

    found: list[tuple[str, dict[str, Any]]] = []
    stack: list[tuple[Any, str, bool]] = [(document, "", False)]
    while stack:
        node, at, is_schema = stack.pop()
        if is_schema:
            if not isinstance(node, dict):
                continue
            found.append((at, node))
            for key in _ONE:
                if isinstance(node.get(key), dict):
                    stack.append((node[key], f"{at}/{key}", True))
                elif isinstance(node.get(key), list):  # the old tuple form, `items: [...]`
                    stack += [(v, f"{at}/{key}/{i}", True) for i, v in enumerate(node[key])]
            for key in _LIST:
                if isinstance(node.get(key), list):
                    stack += [(v, f"{at}/{key}/{i}", True) for i, v in enumerate(node[key])]
            for key in _MAP:
                if isinstance(node.get(key), dict):
                    stack += [(v, f"{at}/{key}/{escape_token(str(k))}", True) for k, v in node[key].items()]
        elif isinstance(node, dict):
            for key, value in node.items():
                key = str(key)
                if key.startswith("x-") or key in ("example", "examples", "default", "enum", "const"):
                    continue
                child = f"{at}/{escape_token(key)}"
                if key == "schema" or at == "/components/schemas":
                    stack.append((value, child, True))
                elif isinstance(value, (dict, list)):
                    stack.append((value, child, False))
        elif isinstance(node, list):
            stack += [(v, f"{at}/{i}", False) for i, v in enumerate(node) if isinstance(v, (dict, list))]
    found.sort(key=lambda item: item[0])
    return found
