"""Models as text (repr, str, to_str, pprint) without recursion: a response nested hundreds of
levels deep prints instead of raising RecursionError, and a value that contains itself shows
`...` where it does (as Python's repr does).

`represent` writes what pydantic's repr writes, `Pet(name='Rex', tags=['a'])`, from an explicit
stack. `pretty` is pprint.pformat for data up to PRETTY_DEPTH containers deep (pprint recurses,
three frames a level); deeper data is written on one line by `represent`.
"""

from __future__ import annotations

import pprint
from enum import Enum
from typing import Any, Callable, Optional

from pydantic import BaseModel

PRETTY_DEPTH = 100
_CYCLE: dict[type, str] = {list: "[...]", dict: "{...}", tuple: "(...)"}


class _Text(str):
    """Output as it is (the other stack entries are values still to write)."""


class _Leave:
    """Marks where the writing of a container ends: it may appear inside itself again after."""

    __slots__ = ("key",)

    def __init__(self, key: int) -> None:
        self.key = key


def represent(value: Any, separator: str = ", ", name: bool = True) -> str:
    """repr(value), with models written as pydantic writes them (`separator` and `name` give
    str(model): `name='Rex' tags=['a']`)."""
    out: list[str] = []
    open_now: set[int] = set()
    stack: list[Any] = [value]
    first = True
    while stack:
        item = stack.pop()
        if isinstance(item, _Text):
            out.append(item)
        elif isinstance(item, _Leave):
            open_now.discard(item.key)
        else:
            parts = _parts(item, separator if first else ", ", name or not first)
            first = False
            if parts is None:
                out.append(repr(item))
            elif id(item) in open_now:  # as Python writes a list inside itself: [...]
                out.append(_CYCLE.get(type(item), f"{type(item).__name__}(...)"))
            else:
                open_now.add(id(item))
                stack.append(_Leave(id(item)))
                stack.extend(reversed(parts))
    return "".join(out)


def _parts(value: Any, separator: str, name: bool) -> Optional[list[Any]]:
    """What `value` is written as: text and the values inside it; None for a leaf."""
    if isinstance(value, BaseModel) and _writes_as_pydantic(type(value)):
        fields = [(key, item) for key, item in value.__repr_args__()]
        parts: list[Any] = [_Text(f"{type(value).__name__}(")] if name else []
        for index, (key, item) in enumerate(fields):
            parts += [_Text(separator)] if index else []
            parts += [_Text(f"{key}=")] if key is not None else []
            parts.append(item)
        return parts + ([_Text(")")] if name else [])
    if type(value) in (list, tuple, dict):
        if not value:
            return None
        if isinstance(value, dict):
            inner = [
                part
                for key, item in value.items()
                for part in (key, _Text(": "), item, _Text(", "))
            ]
            return [_Text("{"), *inner[:-1], _Text("}")]
        if isinstance(value, tuple) and len(value) == 1:
            return [_Text("("), value[0], _Text(",)")]
        inner = [part for item in value for part in (item, _Text(", "))]
        brackets = "()" if isinstance(value, tuple) else "[]"
        return [_Text(brackets[0]), *inner[:-1], _Text(brackets[1])]
    return None


def _writes_as_pydantic(cls: type[BaseModel]) -> bool:
    """Whether the class is written as pydantic writes a model (not by a repr of its own)."""
    own: Callable[..., str] = cls.__repr__
    return own is BaseModel.__repr__ or getattr(own, "_writes_as_pydantic", False)


def printable(value: Any, as_fields: Callable[[Any], Optional[dict[str, Any]]]) -> tuple[Any, int]:
    """`value` as plain dicts and lists (enums as their values; `as_fields` gives a model's
    shown fields, or None for another value), and how many containers deep that is."""
    root: list[Any] = [None]
    deepest = 0
    stack: list[tuple[Any, Any, Any, int]] = [(value, root, 0, 0)]
    open_now: set[int] = set()
    while stack:
        item, parent, key, depth = stack.pop()
        if parent is None:  # the end of a container
            open_now.discard(key)
            continue
        source = id(item)  # a model's shown fields are a new dict: a cycle runs through it
        fields = as_fields(item)
        if fields is not None:
            item = fields
        elif isinstance(item, BaseModel):
            item = item.model_dump(by_alias=True)
        if isinstance(item, Enum):
            parent[key] = item.value
        elif isinstance(item, (dict, list, tuple)):
            if source in open_now:
                parent[key] = "..."
                continue
            deepest = max(deepest, depth + 1)
            copy: Any = dict.fromkeys(item) if isinstance(item, dict) else [None] * len(item)
            parent[key] = copy
            open_now.add(source)
            stack.append((None, None, source, depth))
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            stack.extend((inner, copy, name, depth + 1) for name, inner in pairs)
        else:
            parent[key] = item
    return root[0], deepest


def pretty(data: Any, depth: int) -> str:
    """pprint.pformat(data) for data `depth` containers deep, on one line past PRETTY_DEPTH."""
    return pprint.pformat(data) if depth <= PRETTY_DEPTH else represent(data)
