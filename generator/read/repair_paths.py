"""Lenient reading of path templates and their parameters, as peers read them.

A `{name}` in the template with no path parameter gets one (a string, as the URL holds text). (A
path parameter whose name is not in the template is the validator's complaint, repaired in
repair_complaints.py: the operation is generated without it.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.errors import Finding
from generator.read.load import resolve_pointer
from generator.read.parse import escape_token
from generator.read.spec_walk import iter_operations

PATH_VARIABLE = re.compile(r"{([^}]+)}")


def repair_path_parameters(document: dict[str, Any]) -> Iterator[Finding]:
    for path, method, item, operation in iter_operations(document):
        at = f"/paths/{escape_token(path)}/{method}"
        declared = dict(_path_parameters(document, at.rsplit("/", 1)[0], item))
        declared.update(_path_parameters(document, at, operation))
        in_template = list(dict.fromkeys(PATH_VARIABLE.findall(path)))
        yield from add_template_variable_parameters(operation, at, path, [n for n in in_template if n not in declared])


def add_template_variable_parameters(operation: dict[str, Any], at: str, path: str,
                                     names: list[str]) -> Iterator[Finding]:
    """`{id}` in the template with no parameter: a required string path parameter `id`."""
    if not names:
        return
    parameters = operation.get("parameters")
    if not isinstance(parameters, list):
        parameters = operation["parameters"] = []
    for name in names:
        parameters.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
        yield Finding(at, f"path {path!r} has {{{name}}} but no path parameter {name!r}: read as a string path "
                          "parameter", "path parameter")


def _path_parameters(document: dict[str, Any], base: str, holder: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(name, pointer) of each path parameter in `holder`'s list, references followed."""
    parameters = holder.get("parameters")
    for index, raw in enumerate(parameters if isinstance(parameters, list) else []):
        param = raw
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        if isinstance(ref, str) and ref.startswith("#"):
            param = resolve_pointer(document, ref[1:])
        if isinstance(param, dict) and param.get("in") == "path" and isinstance(param.get("name"), str):
            yield param["name"], f"{base}/parameters/{index}"
