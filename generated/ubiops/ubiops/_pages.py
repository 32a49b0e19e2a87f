"""Paginated list operations: page after page, or item after item, fetched as the loop asks.

A `Pagination` rule says how one answer leads to the next request: `cursor` (a value of the
answer becomes a parameter of the next request), `offset` (a parameter grows by the items read,
or by the page size), `page` (a parameter grows by one) `link` (the `Link: <...>; rel="next"`
header's query parameters are the next request's) or `url` (as `link`, from a URL in the answer). Paths into an answer are wire names.

Every loop ends: on a page without items, when the answer says there is no more, when the next
cursor is missing or was seen before (a server that repeats itself), or after `max_pages`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Optional, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .api_response import ApiResponse
from .exceptions import ApiValueError

T = TypeVar("T")
Fetch = Callable[[tuple[Any, ...]], ApiResponse[Any]]
AsyncFetch = Callable[[tuple[Any, ...]], Awaitable[ApiResponse[Any]]]

_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")
_NEXT = re.compile(r"""rel\s*=\s*"?([^";]*)"?""")


class Pagination:
    """How one answer of an operation leads to the next request."""

    __slots__ = ("has_more", "limit", "next", "param", "results", "style")

    def __init__(
        self,
        style: str,  # cursor | offset | page | link | url
        param: str = "",  # the argument (Python name) the next request changes
        results: tuple[str, ...] = (),  # where the items are in an answer; () the answer itself
        next: tuple[str, ...] = (),  # cursor: where the next cursor is
        has_more: tuple[str, ...] = (),  # where a "there is more" flag is, if anywhere
        limit: str = "",  # offset: the page-size argument, when the offset grows by it
    ) -> None:
        self.style = style
        self.param = param
        self.results = results
        self.next = next
        self.has_more = has_more
        self.limit = limit


def at(value: Any, path: Sequence[str]) -> Any:
    """What `path` (wire names) reaches in an answer, typed models and plain data alike."""
    for key in path:
        if value is None:
            return None
        fields = getattr(type(value), "model_fields", None)
        if fields is not None:
            value = _field(value, fields, key)
        elif isinstance(value, Mapping):
            value = value.get(key)
        else:
            return None
    return value


def _field(model: Any, fields: Mapping[str, Any], key: str) -> Any:
    for name, info in fields.items():
        if key in (name, info.alias):
            return getattr(model, name)
    extra = getattr(model, "additional_properties", None) or {}
    return extra.get(key)


def items_of(rule: Pagination, data: Any) -> list[Any]:
    found = at(data, rule.results)
    if found is None:
        return []
    return list(found) if isinstance(found, (list, tuple)) else [found]


class _Walk:
    """The arguments of the next request, from the answer just read; None when done."""

    def __init__(self, rule: Pagination, params: Sequence[Any], args: tuple[Any, ...]) -> None:
        self.rule = rule
        self.index = {p.name: i for i, p in enumerate(params)}
        self.wire = {p.wire: p.name for p in params if p.where == "query"}
        if rule.style not in ("link", "url") and rule.param not in self.index:
            raise ApiValueError(f"pagination: the operation has no argument {rule.param!r}")
        self.args = list(args)
        self.seen: set[str] = set()

    def after(self, response: ApiResponse[Any]) -> Optional[tuple[Any, ...]]:
        rule = self.rule
        items = items_of(rule, response.data)
        if not items or at(response.data, rule.has_more) is False:
            return None
        if rule.style == "cursor":
            cursor = at(response.data, rule.next)
            if cursor is None or cursor == "" or repr(cursor) in self.seen:
                return None
            self.seen.add(repr(cursor))
            self._set(rule.param, cursor)
        elif rule.style == "offset":
            size = self.args[self.index[rule.limit]] if rule.limit else None
            step = size if isinstance(size, int) and size > 0 else len(items)
            self._set(rule.param, (self.args[self.index[rule.param]] or 0) + step)
        elif rule.style == "page":
            start = self.args[self.index[rule.param]]
            self._set(rule.param, (start if start is not None else 1) + 1)
        else:  # link: the Link header's next target; url: a URL the answer holds
            target = (
                next_link(response.headers)
                if rule.style == "link"
                else at(response.data, rule.next)
            )
            if not isinstance(target, str) or not target or target in self.seen:
                return None
            self.seen.add(target)
            for key, value in parse_qsl(urlsplit(target).query, keep_blank_values=True):
                if key in self.wire:
                    self._set(self.wire[key], value)
        return tuple(self.args)

    def _set(self, name: str, value: Any) -> None:
        self.args[self.index[name]] = value


def next_link(headers: Optional[Mapping[str, str]]) -> Optional[str]:
    """The target of the `Link` header's `rel="next"` (RFC 8288), if there is one."""
    header = (headers or {}).get("Link") or (headers or {}).get("link") or ""
    for target, params in _LINK.findall(header):
        rels = _NEXT.search(params)
        if rels and "next" in rels.group(1).lower().split():
            return str(target)
    return None


class Pages(Generic[T]):
    """The answers of a paginated call, fetched one at a time as the loop asks: iterate it for
    each page's data, or `.items()` for the items of every page in turn."""

    def __init__(
        self,
        fetch: Fetch,
        rule: Pagination,
        params: Sequence[Any],
        args: tuple[Any, ...],
        max_pages: Optional[int] = None,
    ) -> None:
        self._fetch, self._rule, self._params, self._args = fetch, rule, params, args
        self.max_pages = max_pages

    def responses(self) -> Iterator[ApiResponse[T]]:
        walk = _Walk(self._rule, self._params, self._args)
        args: Optional[tuple[Any, ...]] = self._args
        count = 0
        while args is not None and (self.max_pages is None or count < self.max_pages):
            response = self._fetch(args)
            count += 1
            yield response
            args = walk.after(response)

    def __iter__(self) -> Iterator[T]:
        return (response.data for response in self.responses())

    def items(self) -> Iterator[Any]:
        for response in self.responses():
            yield from items_of(self._rule, response.data)


class AsyncPages(Generic[T]):
    """As `Pages`, for the asyncio client: `async for page in ...`, `async for item in ....items()`."""

    def __init__(
        self,
        fetch: AsyncFetch,
        rule: Pagination,
        params: Sequence[Any],
        args: tuple[Any, ...],
        max_pages: Optional[int] = None,
    ) -> None:
        self._fetch, self._rule, self._params, self._args = fetch, rule, params, args
        self.max_pages = max_pages

    async def responses(self) -> AsyncIterator[ApiResponse[T]]:
        walk = _Walk(self._rule, self._params, self._args)
        args: Optional[tuple[Any, ...]] = self._args
        count = 0
        while args is not None and (self.max_pages is None or count < self.max_pages):
            response = await self._fetch(args)
            count += 1
            yield response
            args = walk.after(response)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for response in self.responses():
            yield response.data

    async def items(self) -> AsyncIterator[Any]:
        async for response in self.responses():
            for item in items_of(self._rule, response.data):
                yield item
