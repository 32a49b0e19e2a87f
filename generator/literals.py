"""Spec values as safe Python source and markdown text: nothing from a spec is ever executed."""

from __future__ import annotations

import json
import re
from typing import Any


def python_literal(value: Any) -> str:
    """A Python expression that evaluates to `value` (JSON-like data only)."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return _quoted(str(value))


def _quoted(text: str) -> str:
    """A string literal quoted as black would leave it: double quotes unless that adds escapes."""
    original = repr(text)
    if original[0] == '"':
        return original
    body = original[1:-1]
    converted = body.replace("\\'", "'").replace('"', '\\"')
    if converted.count("\\") > body.count("\\"):
        return original
    return f'"{converted}"'


def docstring(text: str) -> str:
    """Text for the inside of a triple-double-quoted docstring: no escape can close it early."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def indent_docstring(body: str, indent: int, line_length: int = 100) -> str:
    """A docstring body laid out as black lays it out at `indent` spaces.

    Black strips the first line, removes the common indentation of the others and indents them
    to the docstring's level; it pads a leading or trailing quote with a space.
    """
    lines = [line.expandtabs() for line in body.strip("\n").splitlines()] or [""]
    rest = lines[1:]
    margin = min((len(line) - len(line.lstrip()) for line in rest if line.strip()), default=0)
    prefix = " " * indent
    out = [lines[0].strip()] + [prefix + line[margin:].rstrip() if line.strip() else "" for line in rest]
    while len(out) > 1 and not out[-1]:
        out.pop()
    text = "\n".join(out)
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"') or (text.endswith("\\") and (len(text) - len(text.rstrip("\\"))) % 2):
        text += " "
    # Black moves the closing quotes of a multi-line docstring down when they would overflow.
    if len(out) > 1 and len(text.rsplit("\n", 1)[-1]) + 3 > line_length:
        text += "\n" + prefix
    return text


def doc_default(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def md_cell(text: str) -> str:
    """Text that stays inside one markdown table cell."""
    text = re.sub(r"\s*\n\s*", " ", text or "")
    return text.replace("|", "\\|")


def json_example(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
