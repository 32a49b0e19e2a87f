"""Format generated Python with black, in-process, with the mode pinned.

The templates and `layout.py` already emit code the way black lays it out, so black only needs
to see what a spec made too long to fit: each module is cut into top-level statements and
methods, and only the pieces with an over-long code line go through black. Tests run
`black --check` over every generated package, so this shortcut cannot drift unnoticed.
"""

from __future__ import annotations

import re

import black
from black.mode import Mode, TargetVersion
from black.report import NothingChanged

from generator.layout import LINE_LENGTH

MODE = Mode(target_versions={TargetVersion.PY39}, line_length=LINE_LENGTH)
_METHOD_START = re.compile(r"^    (?:async def |def |@)")


def _black(source: str, line_length: int = LINE_LENGTH) -> str:
    mode = MODE if line_length == LINE_LENGTH else Mode(
        target_versions={TargetVersion.PY39}, line_length=line_length)
    try:
        return black.format_str(source, mode=mode)
    except NothingChanged:
        return source


_STRING = r'"(?:[^"\\]|\\.)*"'
# An item of an exploded call or collection with no bracket to split at: a string, a keyword
# with a string, `"key": "value"`, `Name as Name` (black leaves such a line as long as it is).
_UNSPLITTABLE = re.compile(rf"\s*(?:{_STRING}|[A-Za-z_]\w*=(?:{_STRING}|-?[\w.]+)|{_STRING}: {_STRING}"
                           rf"|[A-Za-z_]\w* as [A-Za-z_]\w*),")


def _code_lines_too_long(lines: list[str]) -> bool:
    """Whether a piece has an over-long line black would change: code, not docstrings, comments
    or items black cannot split."""
    in_docstring = False
    for line in lines:
        quotes = line.count('"""')
        too_long = len(line) > LINE_LENGTH
        if too_long and not in_docstring and not quotes and not line.lstrip().startswith("#") \
                and not _UNSPLITTABLE.fullmatch(line):
            return True
        if too_long and quotes and not in_docstring and not line.lstrip().startswith('"""'):
            return True  # code that opens a docstring-like string on an over-long line
        if quotes % 2:
            in_docstring = not in_docstring
    return False


def _pieces(lines: list[str], start: re.Pattern[str]) -> list[list[str]]:
    """Cut lines where `start` matches outside a docstring."""
    pieces: list[list[str]] = []
    in_docstring = False
    for line in lines:
        if not in_docstring and start.match(line) and pieces and not _continues_decorator(pieces[-1]):
            pieces.append([line])
        elif pieces:
            pieces[-1].append(line)
        else:
            pieces.append([line])
        if line.count('"""') % 2:
            in_docstring = not in_docstring
    return pieces


def _continues_decorator(piece: list[str]) -> bool:
    code = [line for line in piece if line.strip()]
    return bool(code) and code[-1].lstrip().startswith("@")


def _split_blank_tail(piece: list[str]) -> tuple[list[str], list[str]]:
    end = len(piece)
    while end > 0 and not piece[end - 1].strip():
        end -= 1
    return piece[:end], piece[end:]


def _format_piece(piece: list[str], depth: int, split_class: bool = True) -> list[str]:
    body, blank_tail = _split_blank_tail(piece)
    if not _code_lines_too_long(body):
        return piece
    if split_class and depth == 0 and body and body[0].startswith("class "):
        # The class line with its docstring and fields, then each method on its own.
        header, *methods = _pieces(body, _METHOD_START)
        formatted = _format_piece(header, 0, split_class=False)
        return formatted + [line for sub in methods for line in _format_piece(sub, 1)] + blank_tail
    prefix = "    " * depth
    dedented = "\n".join(line.removeprefix(prefix) for line in body) + "\n"
    formatted = _black(dedented, LINE_LENGTH - len(prefix)).rstrip("\n").split("\n")
    return [prefix + line if line else line for line in formatted] + blank_tail


def format_source(source: str) -> str:
    lines = source.split("\n")
    if not _code_lines_too_long(lines):
        return source
    top_level = _pieces(lines, re.compile(r"^(?:[A-Za-z_@]|async def )"))
    return "\n".join(line for piece in top_level for line in _format_piece(piece, 0))


def format_files(files: dict[str, str]) -> dict[str, str]:
    """`files` with every `.py` file formatted; other files unchanged."""
    return {path: (format_source(text) if path.endswith(".py") else text) for path, text in files.items()}
