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
    return call(indent, head, params, f" -> {returns}:")


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
    exploded = "\n".join(_argument_line(indent + 4, arg) for arg in args)
    return f"{pad}{head}(\n{exploded}\n{pad}){tail}"


def _argument_line(indent: int, arg: str) -> str:
    """One argument of an exploded call; a `name=(...)` collection that does not fit is split too."""
    line = f"{' ' * indent}{arg},"
    if len(line) <= LINE_LENGTH or "=" not in arg:
        return line
    name, _, value = arg.partition("=")
    brackets = value[0] + value[-1] if value[:1] in "({[" and len(value) > 1 else ""
    if not name.isidentifier() or brackets not in ("()", "{}", "[]"):
        return line
    items = split_top_level(value[1:-1])
    return collection_keyword(indent, name, items, brackets)


def split_top_level(text: str) -> list[str]:
    """`a, f(b, c), "d,e"` → ["a", "f(b, c)", '"d,e"']: commas outside brackets and strings."""
    items, depth, quote, start, index = [], 0, "", 0, 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
        index += 1
    last = text[start:].strip()
    return items + ([last] if last else [])


def import_from(indent: int, module: str, names: str) -> str:
    """`from module import names`, parenthesized one name per line when too long (black, isort)."""
    pad = " " * indent
    line = f"{pad}from {module} import {names}"
    if len(line) <= LINE_LENGTH:
        return line
    exploded = "\n".join(f"{pad}    {name.strip()}," for name in names.split(","))
    return f"{pad}from {module} import (\n{exploded}\n{pad})"


def collection_keyword(indent: int, name: str, items: list[str], brackets: str = "()") -> str:
    """`name=(a, b),` inside an exploded call: on one line when it fits, else one item per line
    with a trailing comma, as black splits a collection literal. A one-item tuple keeps its comma."""
    pad = " " * indent
    open_, close = brackets[0], brackets[1]
    inside = ", ".join(items) + ("," if brackets == "()" and len(items) == 1 else "")
    one_line = f"{pad}{name}={open_}{inside}{close},"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    exploded = "\n".join(f"{pad}    {item}," for item in items)
    return f"{pad}{name}={open_}\n{exploded}\n{pad}{close},"
