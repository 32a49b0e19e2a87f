"""Format generated Python with black, in-process, with the mode pinned.

The templates and `layout.py` already emit code the way black lays it out, so black only needs
to see what a spec made too long to fit: each module is cut into top-level statements and
methods, and only the pieces with an over-long code line go through black. Tests run
`black --check` over every generated package, so this shortcut cannot drift unnoticed.
"""

from __future__ import annotations

import functools
import re

import black
from black.mode import Mode, TargetVersion
from black.report import NothingChanged

from generator.emit.layout import LINE_LENGTH, code_marks, last_bracket_split

MODE = Mode(target_versions={TargetVersion.PY39}, line_length=LINE_LENGTH)
_METHOD_START = re.compile(r"^    (?:async def |def |@)")
_STATEMENT_START = re.compile(r"^    \S")  # a statement of a class body
_FIELD = re.compile(r"^    [A-Za-z_]\w*: ")  # `name: annotation [= default]` in a class body
_PARAMETER = re.compile(r"^        \*{0,2}[A-Za-z_]\w*[:,=]")


@functools.lru_cache(maxsize=4096)  # a parameter or field repeats across methods and models
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
                           rf"|[A-Za-z_]\w* as [A-Za-z_]\w*),|\s*(?:async )?def [A-Za-z_]\w*\(")


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


def _format_piece(piece: list[str], depth: int) -> list[str]:
    body, blank_tail = _split_blank_tail(piece)
    if not _code_lines_too_long(body):
        return piece
    if depth == 0 and body and body[0].startswith("class "):
        # The class line with its docstring and fields, then each method on its own.
        header, *methods = _pieces(body, _METHOD_START)
        formatted = _format_block(header)
        return formatted + [line for sub in methods for line in _format_piece(sub, 1)] + blank_tail
    if depth == 0 and body and body[0] == "if TYPE_CHECKING:":
        return _format_block(body) + blank_tail
    if depth == 1:
        return _format_method(body) + blank_tail
    return _format_lines(body, depth) + blank_tail


def _format_lines(lines: list[str], depth: int) -> list[str]:
    """Black on `lines` as if they stood at `depth` (their indent)."""
    prefix = "    " * depth
    dedented = "\n".join(line.removeprefix(prefix) for line in lines) + "\n"
    formatted = _black(dedented, LINE_LENGTH - len(prefix)).rstrip("\n").split("\n")
    return [prefix + line if line else line for line in formatted]


def _format_block(lines: list[str]) -> list[str]:
    """A class's (or an `if`'s) first line and docstring as rendered; each field or statement
    of its body on its own (black formats a statement the same wherever it stands, given the
    width left at its indent)."""
    body, blank_tail = _split_blank_tail(lines)
    if len(body[0]) > LINE_LENGTH:
        return _format_lines(lines, 0)
    end = 1 + _docstring_end(body[1:])
    formatted = body[:end]
    for statement in _statements(body[end:]):
        code, blanks = _split_blank_tail(statement)
        if _code_lines_too_long(code):
            laid = _laid_out_field(code[0]) if len(code) == 1 else ""
            code = laid.split("\n") if laid else _format_lines(code, 1)
        formatted += code + blanks
    return formatted + blank_tail


def _statements(lines: list[str]) -> list[list[str]]:
    """Class-body lines cut into statements: a statement starts at the class body's indent,
    outside brackets (a `)` closing a field's `Field(` starts none)."""
    pieces: list[list[str]] = []
    depth = 0
    for line in lines:
        if depth == 0 and _STATEMENT_START.match(line) or not pieces:
            pieces.append([line])
        else:
            pieces[-1].append(line)
        depth += _depth_change(line)
    return pieces


def _laid_out_field(line: str) -> str:
    """`    name: annotation = default` split as black splits it, or "" to leave it to black:
    the default alone in parentheses when all before it fits (black's preference for
    splitting the right-hand side), else the annotation at its last bracket."""
    if not _FIELD.match(line):
        return ""
    annotated, equals, default = line.rpartition(" = ")
    if not equals:  # no default: the annotation splits at its last bracket
        return "" if "=" in line else last_bracket_split(4, line.strip())
    if any(char in "()[]{}" for _, char in code_marks(default)):
        return ""  # a call or collection as the default (or ` = ` inside the annotation): black's

    if len(f"{annotated} = (") <= LINE_LENGTH:
        return f"{annotated} = (\n        {default}\n    )" if len(f"        {default}") <= LINE_LENGTH else ""
    return last_bracket_split(4, line.strip())


def _format_method(lines: list[str]) -> list[str]:
    """A method as three parts black formats on their own: decorators and signature, the
    docstring (black-stable as rendered), the statements. The docstrings are most of a method's
    text, so black sees a small share of it; of a signature, only the parameters too long."""
    signature_end = _signature_end(lines)
    if signature_end is None:
        return _format_lines(lines, 1)
    signature, rest = lines[:signature_end + 1], lines[signature_end + 1:]
    docstring_end = _docstring_end(rest)
    docstring, statements = rest[:docstring_end], rest[docstring_end:]
    if _code_lines_too_long(signature):
        signature = _format_signature(signature)
    if statements and _code_lines_too_long(statements):
        statements = _format_lines(statements, 2)
    return signature + docstring + statements


def _format_signature(lines: list[str]) -> list[str]:
    """A method's decorators and `def`; when its parameters stand one per line (as rendered),
    only those too long go to black, each as the one parameter of a def: black splits each
    parameter of an exploded signature on its own."""
    opening = next((i for i, line in enumerate(lines) if line.rstrip().endswith("(")), None)
    parameters = _parameters(lines[opening + 1:-1]) if opening is not None else None
    if opening is None or not parameters or _code_lines_too_long([*lines[:opening + 1], lines[-1]]):
        return _format_lines([*lines, "        pass"], 1)[:-1]
    formatted = lines[:opening + 1]
    for parameter in parameters:
        if not _code_lines_too_long(parameter):
            formatted += parameter
        elif laid := _laid_out(parameter):
            formatted += laid
        else:  # `def f(\n    <parameter>\n):` at the method's indent, black's lines between
            alone = _format_lines(["    def f(", *parameter, "    ):", "        pass"], 1)
            formatted += alone[1:-2]
    return formatted + [lines[-1]]


def _laid_out(parameter: list[str]) -> list[str]:
    """A one-line parameter split at its brackets by `layout` (as black would), or [] when
    layout leaves it to black."""
    if len(parameter) != 1 or not parameter[0].endswith(","):
        return []
    laid = last_bracket_split(8, parameter[0].strip()[:-1], ",")
    return laid.split("\n") if laid else []


def _parameters(lines: list[str]) -> list[list[str]] | None:
    """The lines of an exploded signature's parameters, each ending with its comma; None when
    they are laid out otherwise."""
    parameters: list[list[str]] = []
    depth = 0
    for line in lines:
        if depth == 0:
            if not _PARAMETER.match(line):
                return None
            parameters.append([])
        parameters[-1].append(line)
        depth += _depth_change(line)
        if depth == 0 and not line.endswith(","):
            return None
    return parameters if depth == 0 else None


def _depth_change(line: str) -> int:
    """Brackets `line` opens minus those it closes, outside strings."""
    marks = [char for _, char in code_marks(line)]
    return sum(char in "([{" for char in marks) - sum(char in ")]}" for char in marks)


def _signature_end(lines: list[str]) -> int | None:
    """The index of the line that ends a method's `def` (`) -> X:`), or None."""
    depth = 0
    for index, line in enumerate(lines):
        if '"""' in line or "#" in line:
            return None  # a docstring or comment before the body ends: leave it to black whole
        depth += _depth_change(line)
        if depth == 0 and line.rstrip().endswith(":") and not line.lstrip().startswith("@"):
            return index
    return None


def _docstring_end(lines: list[str]) -> int:
    """How many of `lines` (a body) are its docstring."""
    if not lines or not lines[0].lstrip().startswith('"""'):
        return 0
    if lines[0].count('"""') >= 2:
        return 1
    for index, line in enumerate(lines[1:], start=1):
        if '"""' in line:
            return index + 1
    return len(lines)


def format_source(source: str) -> str:
    lines = source.split("\n")
    if not _code_lines_too_long(lines):
        return source
    top_level = _pieces(lines, re.compile(r"^(?:[A-Za-z_@]|async def )"))
    return "\n".join(line for piece in top_level for line in _format_piece(piece, 0))


def format_files(files: dict[str, str]) -> dict[str, str]:
    """`files` with every `.py` file formatted; other files unchanged."""
    return {path: (format_source(text) if path.endswith(".py") else text) for path, text in files.items()}
