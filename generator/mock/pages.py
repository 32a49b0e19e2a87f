"""Paginated answers from the mock: a few pages that end, so a client's page loop can be tried.

For an operation whose spec says how it pages (`x-speakeasy-pagination`, `x-fern-pagination`,
read as the generator reads them), the synthesized answer is shaped into page N of `pages`
(3, or `Prefer: pages=N`): its items repeated to a page's size (the request's limit, else 3),
the next cursor (`"N+1"`) or null on the last page, `has-next-page` true until then, and no
items past the end. Which page was asked for is read from the request as the rule says.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.ir.nodes import Location, Pagination, Parameter
from generator.ir.pagination import Unsupported, pagination_of
from generator.ir.typetree import AnyValue

DEFAULT_PAGES = 3
MAX_PAGES = 1_000
PAGE_SIZE = 3


def rule_of(operation: Mapping[str, Any], parameters: list[Mapping[str, Any]]) -> Pagination | None:
    """The operation's pagination rule with wire names as argument names, or None."""
    params = [Parameter(str(p["name"]), str(p["name"]), Location(p["in"]), AnyValue(), False)
              for p in parameters if p.get("in") in ("query", "header", "path", "cookie") and "name" in p]
    try:
        return pagination_of(dict(operation), params)
    except Unsupported:
        return None


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isascii() and text.isdigit() and len(text) < 10 else default


def shape_page(body: Any, rule: Pagination, query: Mapping[str, str], prefer: Mapping[str, str]) -> Any:
    """`body` made page N of a few, N read from the request's query as `rule` says."""
    pages = min(_number(prefer.get("pages"), DEFAULT_PAGES), MAX_PAGES)
    size = min(_number(query.get(rule.limit), PAGE_SIZE), 100) if rule.limit else PAGE_SIZE
    if rule.style == "cursor":
        index = _number(query.get(rule.param), 0)
    elif rule.style == "offset":
        index = _number(query.get(rule.param), 0) // max(size, 1)
    elif rule.style == "page":
        index = _number(query.get(rule.param), 1) - 1
    else:
        index = pages - 1  # a URL or a Link: one page, whose next is none
    body = copy.deepcopy(body)
    found = _get(body, rule.results)
    sample = found[0] if isinstance(found, list) and found else None
    items = [copy.deepcopy(sample) for _ in range(size)] if index < pages and sample is not None else []
    body = _set(body, rule.results, items)
    last = index >= pages - 1
    if rule.next:
        body = _set(body, rule.next, None if last or rule.style == "url" else str(index + 1))
    if rule.has_more:
        body = _set(body, rule.has_more, not last)
    return body


def _get(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _set(body: Any, path: tuple[str, ...], value: Any) -> Any:
    if not path:
        return value
    if not isinstance(body, dict):
        body = {}
    node = body
    for key in path[:-1]:
        if not isinstance(node.get(key), dict):
            node[key] = {}
        node = node[key]
    node[path[-1]] = value
    return body
