"""Render planned files with Jinja2.

StrictUndefined: a missing IR field is a bug, not a blank. And an escaping policy instead of
autoescape: a template may print only text an escaper has marked for its output's context
(`escape.Code` in Python, `escape.Markdown` in markdown, `escape.Toml` in TOML), numbers, and
plain identifiers. Anything else, a raw spec string above all, stops the run as a bug of ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from generator.emit import escape, layout
from generator.emit.plan import OutputFile

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
RUNTIME = Path(__file__).resolve().parents[1] / "runtime"
_CONTEXTS: dict[str, tuple[type, ...]] = {
    ".py": (escape.Code,),
    ".md": (escape.Markdown,),
    ".toml": (escape.Toml,),
}


# What a template itself writes around view fields: keywords, names, dots, `=`.
_TEMPLATE_CODE = re.compile(r"[A-Za-z0-9_. =]*")


class UnescapedValue(Exception):
    """A template printed text that no escaper marked for its context: a bug in apigen."""


def _policy(template: str, allowed: tuple[type, ...]) -> Callable[[Any], Any]:
    def finalize(value: Any) -> Any:
        if isinstance(value, (allowed, int, float)):
            return value
        if isinstance(value, str) and (not value or escape.is_plain_identifier(value)):
            return value
        raise UnescapedValue(f"{template}: unescaped value {str(value)[:60]!r} printed")

    return finalize


def _checked_layout(function: Callable[..., str]) -> Callable[..., escape.Code]:
    """`layout.call`/`def_signature` for templates: their pieces must be code already."""

    def wrapper(indent: int, head: str, pieces: Any, tail: str = "") -> escape.Code:
        for piece in (head, tail, *pieces):
            if not isinstance(piece, escape.Code) and not _TEMPLATE_CODE.fullmatch(piece):
                raise UnescapedValue(f"unescaped code piece {piece[:60]!r}")
        return escape.Code(function(indent, head, list(pieces), tail))

    return wrapper


@cache
def environment(suffix: str) -> jinja2.Environment:
    allowed = _CONTEXTS[suffix]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_policy(suffix, allowed),
    )
    env.globals.update(defsig=_checked_layout(_def_signature), call=_checked_layout(layout.call))
    return env


def _def_signature(indent: int, head: str, params: list[str], returns: str) -> str:
    return layout.def_signature(indent, head, params, returns)


@cache
def runtime_source(name: str) -> str:
    return (RUNTIME / f"{name}.py").read_text("utf-8")


def render_files(files: list[OutputFile]) -> dict[str, str]:
    rendered: dict[str, str] = {}
    for output in files:
        if output.runtime:
            rendered[output.path] = runtime_source(output.runtime)
        elif not output.template:
            rendered[output.path] = output.text
        else:
            suffix = "." + output.template.removesuffix(".jinja").rsplit(".", 1)[-1]
            template = environment(suffix).get_template(output.template)
            text = template.render(**(output.context or {}))
            rendered[output.path] = text.rstrip("\n") + "\n"
    return rendered
