"""Lay out the few code shapes whose length depends on the spec exactly as black would.

Generated modules are then black-stable as rendered, and `format.py` only hands black the rare
blocks that still have an over-long line. Black's rule for a `def` that does not fit on one line:
split after the first `(`; keep the parameters on one line if they fit, else one per line with a
trailing comma.
"""

from __future__ import annotations

LINE_LENGTH = 100


def def_signature(indent: int, head: str, params: list[str], returns: str) -> str:
    """`def name(params) -> returns:` at `indent` spaces, wrapped as black wraps it."""
    pad = " " * indent
    one_line = f"{pad}{head}({', '.join(params)}) -> {returns}:"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    inner = " " * (indent + 4)
    body = inner + ", ".join(params)
    if len(body) <= LINE_LENGTH:
        return f"{pad}{head}(\n{body}\n{pad}) -> {returns}:"
    exploded = "\n".join(f"{inner}{param}," for param in params)
    return f"{pad}{head}(\n{exploded}\n{pad}) -> {returns}:"


def call(indent: int, head: str, args: list[str], tail: str = "") -> str:
    """`head(args)tail` at `indent` spaces: on one line, else args on one line inside the
    parentheses, else one argument per line with a trailing comma (black's right-hand split)."""
    pad = " " * indent
    one_line = f"{pad}{head}({', '.join(args)}){tail}"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    inner = " " * (indent + 4)
    body = inner + ", ".join(args)
    if len(body) <= LINE_LENGTH:
        return f"{pad}{head}(\n{body}\n{pad}){tail}"
    exploded = "\n".join(f"{inner}{arg}," for arg in args)
    return f"{pad}{head}(\n{exploded}\n{pad}){tail}"


def import_from(indent: int, module: str, names: str) -> str:
    """`from module import names`, parenthesized one name per line when too long (black, isort)."""
    pad = " " * indent
    line = f"{pad}from {module} import {names}"
    if len(line) <= LINE_LENGTH:
        return line
    exploded = "\n".join(f"{pad}    {name.strip()}," for name in names.split(","))
    return f"{pad}from {module} import (\n{exploded}\n{pad})"


def tuple_keyword(indent: int, name: str, items: list[str]) -> str:
    """`name=(a, b),` inside an exploded call: a one-item tuple stays on one line when it fits
    (its comma is not a "magic" trailing comma to black); otherwise one item per line."""
    pad = " " * indent
    if len(items) == 1 and len(f"{pad}{name}=({items[0]},),") <= LINE_LENGTH:
        return f"{pad}{name}=({items[0]},),"
    exploded = "\n".join(f"{pad}    {item}," for item in items)
    return f"{pad}{name}=(\n{exploded}\n{pad}),"
