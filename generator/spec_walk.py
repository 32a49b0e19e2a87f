"""Walking a loaded spec: its operations in spec order and the names they get.

Shared by the checking stage and the builders, so checking never imports a builder.
"""

from __future__ import annotations

from typing import Any

from generator import naming

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords every generated method also takes; a parameter may not take their names.
OPTION_NAMES = frozenset({"_request_timeout", "_request_auth", "_content_type", "_headers", "_host_index",
                          "_idempotent"})


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, path item, operation) for every operation, in spec order."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((path, method, item, operation))
    return found


def operation_method_name(path: str, method: str, operation: dict[str, Any]) -> str:
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and operation_id.strip():
        return naming.method_name(operation_id)
    return naming.method_name(naming.operation_id_from_path(path, method))
