"""Lay out the few code shapes whose length depends on the spec exactly as black would.

Generated modules are then black-stable as rendered, and `format.py` only hands black the rare
blocks that still have an over-long line. Black's rule for a `def` that does not fit on one line:
split after the first `(`; keep the parameters on one line if they fit, else one per line with a
trailing comma.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

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
    """One argument of an exploded call; one that does not fit is split as black splits it: a
    `name=(...)` collection one item per line, a bare collection likewise, anything else at its
    last bracket (`name: Union[` / `A, B` / `] = None`)."""
    line = f"{' ' * indent}{arg},"
    if len(line) <= LINE_LENGTH:
        return line
    name, equals, value = arg.partition("=")
    brackets = value[0] + value[-1] if value[:1] in "({[" and len(value) > 1 else ""
    if equals and name.isidentifier() and brackets in ("()", "{}", "[]"):
        return collection_keyword(indent, name, split_top_level(value[1:-1]), brackets)
    if arg[:1] in "{[" and arg[-1:] in "}]":
        pad = " " * indent
        items = "\n".join(f"{pad}    {item}," for item in split_top_level(arg[1:-1]))
        return f"{pad}{arg[0]}\n{items}\n{pad}{arg[-1]},"
    return last_bracket_split(indent, arg, ",") or line


@functools.lru_cache(maxsize=4096)  # the same parameter stands in six methods of an operation
def last_bracket_split(indent: int, text: str, tail: str = "") -> str:
    """`text` split at its last bracket pair, as black's right-hand split does, or "" when the
    result would still be too long (black is then left to do it)."""
    close = _last_closing(text)
    if close is None:
        return ""
    open_ = _matching_open(text, close)
    pad, inner = " " * indent, " " * (indent + 4)
    head, body, end = text[: open_ + 1], text[open_ + 1 : close], text[close:] + tail
    if not body.strip() or len(pad + head) > LINE_LENGTH or len(pad + end) > LINE_LENGTH:
        return ""
    items = split_top_level(body)
    # A dict, list or tuple literal split with two or more items (or a trailing comma) has one
    # item per line (black's rule for collections); a call's or a subscript's keeps them on one
    # line when they fit.
    display = text[open_] == "{" or open_ == 0 or not (text[open_ - 1].isalnum() or text[open_ - 1] in "_)]")
    if len(inner + body) <= LINE_LENGTH and not (display and (len(items) > 1 or body.rstrip().endswith(","))):
        return f"{pad}{head}\n{inner}{body}\n{pad}{end}"
    if len(items) == 1:  # `list[Annotated[...]]`: split again at its own last bracket
        nested = last_bracket_split(indent + 4, body) if _is_subscript(body) else ""
        return f"{pad}{head}\n{nested}\n{pad}{end}" if nested else ""
    lines = [f"{inner}{item}," for item in items]
    for index, line in enumerate(lines):
        if len(line) > LINE_LENGTH:
            lines[index] = last_bracket_split(indent + 4, items[index], ",") if _is_subscript(items[index]) else ""
    if not all(lines):
        return ""
    return f"{pad}{head}\n" + "\n".join(lines) + f"\n{pad}{end}"


def _is_subscript(text: str) -> bool:
    """Whether `text` is names, strings and numbers in subscripts and commas only
    (`Annotated[Literal["a", "b"], ENUM]`): black splits those at brackets and commas alone,
    where other operators would give it other places to split."""
    return all(char in "[],-" for _, char in code_marks(text))


# A string literal (skipped whole), or one mark of code: what is not a name, number, dot or space.
_MARK = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\w\s."']""")


def code_marks(text: str, end: int | None = None) -> Iterator[tuple[int, str]]:
    """(index, character) of the brackets, commas, operators and other marks of `text[:end]`
    outside string literals (names, numbers, dots and spaces are passed over)."""
    for match in _MARK.finditer(text, 0, len(text) if end is None else end):
        mark = match.group()
        if mark[0] not in "\"'":
            yield match.start(), mark


def _last_closing(text: str) -> int | None:
    """The index of the last `)` or `]` outside strings."""
    found = None
    for index, char in code_marks(text):
        if char in ")]":
            found = index
    return found


def _matching_open(text: str, close: int) -> int:
    """The index of the bracket that the one at `close` closes."""
    opens = []
    for index, char in code_marks(text, close):
        if char in "([{":
            opens.append(index)
        elif char in ")]}":
            opens.pop()
    return opens[-1]


def split_top_level(text: str) -> list[str]:
    """`a, f(b, c), "d,e"` → ["a", "f(b, c)", '"d,e"']: commas outside brackets and strings."""
    items, depth, start = [], 0, 0
    for index, char in code_marks(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
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


def dict_call(head: str, entries: list[tuple[str, list[str]]]) -> str:
    """`head({key: (a, b), ...})` at a module's top level, as black lays out a call whose one
    argument is a dict of tuples: on one line; else the dict on one line inside the call; else
    one entry per line, and an entry too long has its tuple one element per line."""
    items = [f"{key}: ({', '.join(elements)})" for key, elements in entries]
    inside = "{" + ", ".join(items) + "}"
    if len(f"{head}({inside})") <= LINE_LENGTH:
        return f"{head}({inside})"
    if len(f"    {inside}") <= LINE_LENGTH:
        return f"{head}(\n    {inside}\n)"
    lines = []
    for item, (key, elements) in zip(items, entries, strict=True):
        if len(f"        {item},") <= LINE_LENGTH:
            lines.append(f"        {item},")
        else:  # a tuple, like any collection literal black splits, one element per line
            lines.append(f"        {key}: (\n" + "".join(f"            {e},\n" for e in elements) + "        ),")
    return f"{head}(\n    {{\n" + "\n".join(lines) + "\n    }\n)"


def collection_keyword(indent: int, name: str, items: list[str], brackets: str = "()") -> str:
    """`name=(a, b),` inside an exploded call: on one line when it fits, else one item per line
    with a trailing comma, as black splits a collection literal. A one-item tuple keeps its comma."""
    pad = " " * indent
    open_, close = brackets[0], brackets[1]
    inside = ", ".join(items) + ("," if brackets == "()" and len(items) == 1 else "")
    one_line = f"{pad}{name}={open_}{inside}{close},"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    exploded = "\n".join(_item_line(indent + 4, item) for item in items)
    return f"{pad}{name}={open_}\n{exploded}\n{pad}{close},"


def _item_line(indent: int, item: str) -> str:
    line = f"{' ' * indent}{item},"
    if len(line) <= LINE_LENGTH:
        return line
    return last_bracket_split(indent, item, ",") or line
