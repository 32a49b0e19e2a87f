"""Paginated list operations: the rule that leads from one answer to the next request.

Read from the vendor extensions specs already carry, as their owners document them:
`x-speakeasy-pagination` (type offsetLimit / cursor / url, `inputs` and `outputs` with JSONPath
such as `$.data.items`) and `x-fern-pagination` (`cursor` / `next_cursor`, or `offset`
with an optional `step` and `has-next-page`, and `results`, as `$request.x` / `$response.a.b`).
Only the request's own parameters can vary, and paths are plain member names: a rule that asks
for more (a body field, `[-1]`, filters) gives no pagination, said in `problem`.
"""

from __future__ import annotations

import re
from typing import Any

from generator.ir.nodes import Pagination, Parameter

_MEMBER = re.compile(r"[^.\[\]$]+")


class Unsupported(ValueError):
    """A rule this generator cannot follow: the operation gets no pagination (and a warning)."""


def _path(expression: Any, prefix: str) -> tuple[str, ...]:
    """`$.data.items` (prefix `$`) or `$response.data.items` (prefix `$response`) → members."""
    text = str(expression or "").strip()
    if not text.startswith(prefix):
        raise Unsupported(f"{expression!r} does not start with {prefix}")
    rest = text[len(prefix):]
    if rest and not rest.startswith("."):
        raise Unsupported(f"{expression!r} is not a plain path")
    members = tuple(rest.split(".")[1:]) if rest else ()
    if any(not _MEMBER.fullmatch(m) for m in members):
        raise Unsupported(f"{expression!r} is not a plain path of member names")
    return members


def _argument(wire: str, params: list[Parameter]) -> str:
    for param in params:
        if param.wire_name == wire and param.location.value in ("query", "header", "path", "cookie"):
            return param.name
    raise Unsupported(f"the operation has no parameter {wire!r} to page with")


def pagination_of(operation: dict[str, Any], params: list[Parameter]) -> Pagination | None:
    """The operation's pagination rule, or None; raises Unsupported for a rule it cannot follow."""
    speakeasy = operation.get("x-speakeasy-pagination")
    if isinstance(speakeasy, dict):
        return _speakeasy(speakeasy, params)
    fern = operation.get("x-fern-pagination")
    if isinstance(fern, dict):
        return _fern(fern, params)
    return None


def _speakeasy(rule: dict[str, Any], params: list[Parameter]) -> Pagination:
    kind = str(rule.get("type") or "")
    inputs = {str(i.get("type")): i for i in rule.get("inputs") or [] if isinstance(i, dict)}
    outputs: dict[str, Any] = rule["outputs"] if isinstance(rule.get("outputs"), dict) else {}
    for given in inputs.values():
        if given.get("in", "parameters") != "parameters":
            raise Unsupported(f"input {given.get('name')!r} is in the request body")
    results = _path(outputs.get("results", "$"), "$")
    if kind == "cursor" and "cursor" in inputs:
        return Pagination("cursor", _argument(str(inputs["cursor"].get("name")), params), results,
                          next=_path(outputs.get("nextCursor"), "$"))
    if kind == "offsetLimit" and "offset" in inputs:
        limit = _argument(str(inputs["limit"].get("name")), params) if "limit" in inputs else ""
        return Pagination("offset", _argument(str(inputs["offset"].get("name")), params), results, limit=limit)
    if kind == "offsetLimit" and "page" in inputs:
        return Pagination("page", _argument(str(inputs["page"].get("name")), params), results)
    if kind == "url":
        return Pagination("url", "", results, next=_path(outputs.get("nextUrl"), "$"))
    raise Unsupported(f"type {kind!r} with inputs {sorted(inputs)}")


def _fern(rule: dict[str, Any], params: list[Parameter]) -> Pagination:
    results = _path(rule.get("results"), "$response")
    if "cursor" in rule:
        return Pagination("cursor", _argument(_path(rule["cursor"], "$request")[-1], params), results,
                          next=_path(rule.get("next_cursor"), "$response"))
    if "offset" in rule:
        param = _argument(_path(rule["offset"], "$request")[-1], params)
        has_more = _path(rule["has-next-page"], "$response") if "has-next-page" in rule else ()
        if "step" in rule:
            limit = _argument(_path(rule["step"], "$request")[-1], params)
            return Pagination("offset", param, results, has_more=has_more, limit=limit)
        return Pagination("page", param, results, has_more=has_more)
    raise Unsupported("neither cursor nor offset")
