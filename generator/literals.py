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
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return repr(str(value))


def docstring(text: str) -> str:
    """Text for the inside of a triple-double-quoted docstring: no escape can close it early."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').rstrip()
    if text.endswith('"'):
        text += " "
    lines = [line.rstrip() for line in text.splitlines()]
    return "\n".join(lines)


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


def md_text(text: str) -> str:
    """Markdown block text: kept as written, but template syntax from a spec can do nothing."""
    return text or ""


def json_example(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
