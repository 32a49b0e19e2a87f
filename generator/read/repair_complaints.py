"""Lenient mode's answer to openapi-spec-validator: each complaint becomes a repair.

The validator is the authority on what is wrong; this module decides what a client can read in
its place. Each complaint goes to the first repair that claims it (a small named function that
changes the document at the complaint's pointer and says what it did); one that none claims is
left out of the document if it is a field a client can do without, or stays an error.
`check.py` validates again after repairing, so a repair never hides a second problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.errors import Finding
from generator.read.load import MISSING, resolve_pointer, unescape_token

Complaint = tuple[str, str]  # (JSON pointer, the validator's message)
Repair = Callable[[dict[str, Any], str, str], "Finding | None"]

_UNDEFINED_REQUIRED = re.compile(r"Required list has not defined properties: \[(.*)\]")
# Fields a document cannot do without: a complaint about one of them is not repaired by removal.
_UNRESOLVED_PATH_PARAMETER = re.compile(r"Path parameter '(.+)' for '\w+' operation in '.*' was not resolved")
_UNEXPECTED = re.compile(r"\((.*) (?:was|were) unexpected\)")
_STRUCTURE = {"openapi", "info", "paths", "components", "responses", "schema", "content", "in", "name", "type",
              "url", "flows", "scheme"}
_TEXT = {"description", "summary", "title"}


def repair_complaints(document: dict[str, Any], complaints: list[Complaint]) -> list[Finding]:
    """Repair what each complaint points at, in place; the findings say what was done (none
    for a complaint no repair can take: it stays an error)."""
    findings = []
    for pointer, message in complaints:
        for repair in _REPAIRS:
            finding = repair(document, pointer, message)
            if finding is not None:
                findings.append(finding)
                break
    return findings


def _parent(document: dict[str, Any], pointer: str) -> tuple[Any, str]:
    """(the node holding the pointer's last token, that token), or (MISSING, "")."""
    if not pointer:
        return MISSING, ""
    head, _, token = pointer.rpartition("/")
    return resolve_pointer(document, head), unescape_token(token)


def drop_value_breaking_its_schema(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """A `default` or `example` the schema refuses (`format: date-time, default: Assigned`):
    the client has no default there rather than a wrong one."""
    tokens = pointer.split("/")
    # The validator points into the value (`.../default/size`) when it is a mapping or list.
    at = next((i for i in range(len(tokens) - 1, 0, -1)
               if tokens[i] in ("default", "example") and tokens[i - 1] != "properties"), None)
    if at is None:
        return None
    pointer = "/".join(tokens[:at + 1])
    holder, key = _parent(document, pointer)
    if not isinstance(holder, dict) or key not in holder:
        return None
    holder.pop(key)
    return Finding(pointer, f"{key} does not match its schema ({message}): ignored", "example or default")


def drop_undefined_required(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """`required` naming properties no part of the schema defines: those names are not required."""
    match = _UNDEFINED_REQUIRED.fullmatch(message)
    holder, key = _parent(document, pointer)
    if not match or key != "required" or not isinstance(holder, dict) or not isinstance(holder.get(key), list):
        return None
    undefined = set(re.findall(r"'((?:[^'\\]|\\.)*)'", match.group(1)))
    holder[key] = [name for name in holder[key] if name not in undefined]
    if not holder[key]:
        del holder[key]
    return Finding(pointer, f"required names properties that are not defined ({', '.join(sorted(undefined))}): "
                            "not required", "invalid keyword")


def dedupe_enum(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """An `enum` listing a value twice: kept once."""
    holder, key = _parent(document, pointer)
    if key != "enum" or "non-unique" not in message or not isinstance(holder, dict):
        return None
    values = holder.get(key)
    if not isinstance(values, list):
        return None
    unique: list[Any] = []
    for value in values:
        if not any(value == seen and type(value) is type(seen) for seen in unique):
            unique.append(value)
    holder[key] = unique
    return Finding(pointer, "enum lists a value twice: kept once", "invalid keyword")


def text_for_reference(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """A `$ref` where text is wanted (a tag's `description: {$ref: '#/x-intro'}`): the text it
    points to, or no text when it points to anything else."""
    holder, key = _parent(document, pointer)
    value = holder.get(key) if isinstance(holder, dict) else None
    if key not in _TEXT or not isinstance(value, dict) or not isinstance(value.get("$ref"), str):
        return None
    ref = value["$ref"]
    target = resolve_pointer(document, ref[1:]) if ref.startswith("#") else MISSING
    if isinstance(target, str):
        holder[key] = target
        return Finding(pointer, f"{key} is a $ref ({ref}): read as the text it points to", "text reference")
    del holder[key]
    return Finding(pointer, f"{key} is a $ref ({ref}) to no text: ignored", "text reference")


def drop_unexpected_field(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """A field the object may not have (`required` beside a parameter's `$ref`, a misspelt
    keyword): left out."""
    unexpected = _UNEXPECTED.search(message)
    node = resolve_pointer(document, pointer)
    if not unexpected or not isinstance(node, dict):
        return None
    names = [name for name in re.findall(r"'((?:[^'\\]|\\.)*)'", unexpected.group(1)) if name in node]
    if not names or any(name in _STRUCTURE for name in names):
        return None
    for name in names:
        del node[name]
    return Finding(pointer, f"{', '.join(names)}: not a field here ({message}): left out", "unknown field")


def drop_wrong_keyword(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """Any other field the validator refuses that a client can do without (a keyword of another
    JSON Schema draft with a value of the wrong type, `$recursiveAnchor: true` in a 3.1 spec; an
    unknown `format` value's holder is left alone): left out."""
    holder, key = _parent(document, pointer)
    if not isinstance(holder, dict) or key not in holder or pointer.count("/") < 2:
        return None
    if key in _STRUCTURE and not (key == "type" and _in_schema(pointer)):  # a schema's `type: intger`: any value
        return None
    if _under_structure_list(pointer) or isinstance(holder[key], dict) and not _in_schema(pointer):
        return None  # an object of the document (a response, an operation): not ours to drop
    del holder[key]
    return Finding(pointer, f"{message}: left out", "invalid keyword")


def drop_unresolved_path_parameter(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """A path parameter whose name is not in the path template: the URL has no place for it, so
    the operation is generated without it."""
    unresolved = _UNRESOLVED_PATH_PARAMETER.fullmatch(message)
    operation = resolve_pointer(document, pointer)
    if not unresolved or not isinstance(operation, dict):
        return None
    name, path_item = unresolved.group(1), resolve_pointer(document, pointer.rsplit("/", 1)[0])
    for holder in (operation, path_item):
        parameters = holder.get("parameters") if isinstance(holder, dict) else None
        if isinstance(parameters, list):
            holder["parameters"] = [p for p in parameters if _path_parameter_name(document, p) != name]
    return Finding(pointer, f"path parameter {name!r} is not in the path template: left out", "path parameter")


def _path_parameter_name(document: dict[str, Any], parameter: Any) -> Any:
    ref = parameter.get("$ref") if isinstance(parameter, dict) else None
    if isinstance(ref, str) and ref.startswith("#"):
        parameter = resolve_pointer(document, ref[1:])
    return parameter.get("name") if isinstance(parameter, dict) and parameter.get("in") == "path" else None


def complete_object(document: dict[str, Any], pointer: str, message: str) -> Finding | None:
    """An object without its `description` (a response's is required) gets an empty one; fields
    that are neither its own nor `x-` extensions (`descriptionn`) are left out."""
    node = resolve_pointer(document, pointer)
    if not isinstance(node, dict):
        return None
    added = [name for name in re.findall(r"'(description)' is a required property", message) if name not in node]
    dropped = [name for name in re.findall(r"'([^']+)' does not match any of the regexes", message) if name in node]
    if not added and not dropped:
        return None
    for name in added:
        node[name] = ""
    for name in dropped:
        del node[name]
    done = [*(f"{name} missing: read as empty" for name in added), *(f"{name!r} is not a field here: left out"
                                                                     for name in dropped)]
    return Finding(pointer, "; ".join(done), "unknown field" if dropped else "invalid keyword")


def _in_schema(pointer: str) -> bool:
    return re.search(r"/schema(?:/|$)|^/components/schemas/|/(?:properties|items|allOf|anyOf|oneOf|not)/", pointer) \
        is not None


def _under_structure_list(pointer: str) -> bool:
    """An item of `parameters`, `servers`, `tags`, `security` or `required`: removing a field of a
    list's item is fine, the item itself is not ours to drop."""
    return re.search(r"/(?:parameters|servers|tags|security|required|allOf|anyOf|oneOf|enum)/\d+$", pointer) is not None


_REPAIRS: tuple[Repair, ...] = (drop_value_breaking_its_schema, drop_undefined_required, dedupe_enum, drop_unresolved_path_parameter,
                                text_for_reference, drop_unexpected_field, complete_object, drop_wrong_keyword)

__all__ = ["Complaint", "complete_object", "dedupe_enum", "drop_undefined_required", "drop_unexpected_field", "drop_unresolved_path_parameter", "drop_value_breaking_its_schema",
           "drop_wrong_keyword", "repair_complaints", "text_for_reference"]
