"""Render planned files with Jinja2 (StrictUndefined: a missing IR field is a bug, not a blank)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from generator import layout, literals
from generator.plan import OutputFile

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _pytuple(values: Iterable[Any]) -> str:
    items = [literals.python_literal(v) for v in values]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _pyset(values: Iterable[Any]) -> str:
    items = sorted(literals.python_literal(v) for v in values)
    return "{" + ", ".join(items) + "}" if items else ""


def _pydict(pairs: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{literals.python_literal(k)}: {literals.python_literal(v)}" for k, v in pairs) + "}"


def _oneline(text: str) -> str:
    return " ".join(str(text).split()).replace('"""', "'''").replace("\\", "\\\\")


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=literals.python_literal, pytuple=_pytuple, pyset=_pyset, pydict=_pydict,
        oneline=_oneline, docindent=literals.indent_docstring, tomlstr=lambda value: json.dumps(str(value), ensure_ascii=False),
    )
    env.globals.update(defsig=layout.def_signature, call=layout.call, collection_keyword=layout.collection_keyword)
    return env


def render_files(files: list[OutputFile]) -> dict[str, str]:
    env = environment()
    rendered: dict[str, str] = {}
    for output in files:
        if not output.template:
            rendered[output.path] = output.context["text"]
            continue
        text = env.get_template(output.template).render(**output.context)
        rendered[output.path] = text.rstrip("\n") + "\n"
    return rendered
