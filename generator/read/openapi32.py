"""OpenAPI 3.2: what it adds over 3.1, read for a client, and a 3.1 view for the tools that stop at 3.1.

openapi-spec-validator validates 3.2 from 0.9 on, which openapi-core (the mock's request
checker) cannot be installed with yet; until then a 3.2 document is validated, and served by the
mock, as the 3.1 document it is once the 3.2-only keywords are set aside. The builders read the
3.2 document itself: the `query` method and `additionalOperations` are operations like any other
(spec_walk), a `querystring` parameter is read here as the query parameters of its fields.
"""

from __future__ import annotations

from typing import Any

from generator.errors import Finding
from generator.read.parse import copy_tree, escape_token

_FORM = "application/x-www-form-urlencoded"
# Keywords 3.2 adds, by the object that holds them: the 3.1 view leaves them out.
_TAG_KEYS = ("parent", "kind", "summary")
_MEDIA_KEYS = ("itemSchema", "itemEncoding", "prefixEncoding")
_EXAMPLE_KEYS = ("dataValue", "serializedValue")


def is_32(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.2.")


def read_32(document: dict[str, Any]) -> list[Finding]:
    """Read a 3.2 document's `in: querystring` parameters as query parameters (in place)."""
    findings: list[Finding] = []
    for at, param in _parameters(document):
        if param.get("in") != "querystring":
            continue
        content: dict[str, Any] = param["content"] if isinstance(param.get("content"), dict) else {}
        media, holder = next(iter(content.items()), (_FORM, {}))
        schema = holder.get("schema") if isinstance(holder, dict) else None
        param.pop("content", None)
        param.update({"in": "query", "style": "form", "explode": True,
                      "schema": copy_tree(schema) if isinstance(schema, dict) else {"type": "object"}})
        how = "the query string is built from its fields, form-encoded"
        if media != _FORM:
            how += f" ({media!r} is not sent as such)"
        findings.append(Finding(at, f"an `in: querystring` parameter is read as query parameters: {how}",
                                "querystring"))
    return findings


def view_31(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the 3.2 document as 3.1 reads it: 3.2-only keywords and operations left out."""
    view: dict[str, Any] = copy_tree(document)
    view["openapi"] = "3.1.1"
    view.pop("$self", None)
    for tag in view.get("tags") or []:
        for key in _TAG_KEYS if isinstance(tag, dict) else ():
            tag.pop(key, None)
    for item in (view.get("paths") or {}).values():
        if isinstance(item, dict):
            item.pop("query", None)
            item.pop("additionalOperations", None)
    stack: list[Any] = [view]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("discriminator"), dict):
                node["discriminator"].pop("defaultMapping", None)
            for media in node["content"].values() if isinstance(node.get("content"), dict) else ():
                for key in _MEDIA_KEYS if isinstance(media, dict) else ():
                    media.pop(key, None)
            for example in node["examples"].values() if isinstance(node.get("examples"), dict) else ():
                if isinstance(example, dict) and "dataValue" in example:
                    example.setdefault("value", example["dataValue"])
                for key in _EXAMPLE_KEYS if isinstance(example, dict) else ():
                    example.pop(key, None)
            stack.extend(value for key, value in node.items()
                         if isinstance(value, (dict, list)) and not str(key).startswith("x-"))
        elif isinstance(node, list):
            stack.extend(value for value in node if isinstance(value, (dict, list)))
    return view


def _parameters(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(pointer, parameter) of every parameter object written out (not `$ref`s)."""
    from generator.read.spec_walk import iter_operations

    found: list[tuple[str, dict[str, Any]]] = []
    components = document.get("components")
    params = components.get("parameters") if isinstance(components, dict) else None
    for name, param in params.items() if isinstance(params, dict) else ():
        found.append((f"/components/parameters/{escape_token(str(name))}", param))
    seen: set[int] = set()
    for path, method, item, operation in iter_operations(document):
        for owner, at in ((item, f"/paths/{escape_token(path)}"), (operation, f"/paths/{escape_token(path)}/{method}")):
            if id(owner.get("parameters")) in seen:
                continue
            seen.add(id(owner.get("parameters")))
            for index, param in enumerate(owner.get("parameters") or []):
                found.append((f"{at}/parameters/{index}", param))
    return [(at, param) for at, param in found if isinstance(param, dict)]
