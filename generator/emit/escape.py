"""Spec text into output text: one function per output context, and the marker types that say
a string has been through one.

Templates print only marked strings, numbers and plain identifiers (`render.py` refuses
anything else), so a spec value cannot reach a generated file without passing through here.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any


class Code(str):
    """Python source built by a printer or an escaper: safe in a `.py` template."""


class Markdown(str):
    """Text safe in a markdown page (and in its tables where it came from `md_cell`)."""


class Toml(str):
    """A TOML value (a quoted string)."""


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


def is_plain_identifier(text: str) -> bool:
    """ASCII (dotted) identifiers cannot break out of any context: they need no escaping."""
    return _IDENTIFIER.fullmatch(text) is not None


# Characters Python or black read as line ends or that a source file should not carry raw:
# C0 controls but tab and newline, DEL, C1 controls, and Unicode's line/paragraph separators.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def python_value(value: Any) -> Code:
    """A Python expression that evaluates to `value` (JSON-like data only)."""
    if value is None or isinstance(value, (bool, int, float)):
        return Code(repr(value))
    if isinstance(value, str):
        return Code(_quoted(value))
    if isinstance(value, list):
        return Code("[" + ", ".join(python_value(v) for v in value) + "]")
    if isinstance(value, tuple):
        return Code("(" + ", ".join(python_value(v) for v in value) + ("," if len(value) == 1 else "") + ")")
    if isinstance(value, dict):
        return Code("{" + ", ".join(f"{python_value(str(k))}: {python_value(v)}" for k, v in value.items()) + "}")
    return Code(_quoted(str(value)))


def _quoted(text: str) -> str:
    """A string literal quoted as black would leave it: double quotes unless that adds escapes.

    `repr` does the escaping (quotes, backslashes, newlines, NUL, lone surrogates), so no text
    can end the literal early.
    """
    original = repr(text)
    if original[0] == '"':
        return original
    body = original[1:-1]
    converted = body.replace("\\'", "'").replace('"', '\\"')
    if converted.count("\\") > body.count("\\"):
        return original
    return f'"{converted}"'


def docstring(text: str) -> Code:
    """Text for the inside of a triple-double-quoted docstring: no text can close it early,
    and nothing in it reads as a line break to Python but not to black (or the other way)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return Code(_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def one_line(text: str) -> str:
    """Text on one line: runs of whitespace become one space, unprintable characters go."""
    return " ".join(_UNPRINTABLE.sub(" ", str(text)).split())


def docstring_line(text: str) -> Code:
    """One line of text inside a docstring."""
    return docstring(one_line(text))


def comment(text: str) -> Code:
    """Text for a `# comment`: one line."""
    return Code(one_line(text))


def toml_string(text: str) -> Toml:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = re.sub("[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return Toml(f'"{escaped}"')


def md_cell(text: str) -> Markdown:
    """Text that stays inside one markdown table cell (or heading), its HTML shown, not run."""
    return Markdown(inert_html(one_line(text).replace("|", "\\|")))


def md_text(text: str) -> Markdown:
    """A description as a markdown block: kept as written (specs write markdown), except what
    would take over the page: an unclosed code fence, unprintable characters, raw HTML (a `<!--`
    hides the rest of the page, a `<script>` runs) and links to schemes other than http(s) and
    mailto (`javascript:`)."""
    text = _UNPRINTABLE.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    return Markdown(inert_html(text.replace("```", "\\`\\`\\`").replace("~~~", "\\~\\~\\~")))


_BACKTICKS = re.compile(r"`+")
# A `<` after an even run of backslashes (none included): an odd run has escaped it already (`\\<`).
_ESCAPABLE_LT = re.compile(r"(?<!\\)((?:\\\\)*)<")
# Where link syntax could take a backtick before a code span does, or table cells split a line:
# on such a line no code span is trusted.
_SPAN_SPOILERS = ("|", "](", "][", "\\`")
_LINK_TARGET = re.compile(r"\](?=\(|:)")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")


def inert_html(text: str) -> str:
    """Markdown whose HTML is shown as text: every `<` becomes `&lt;` (so no tag, comment or
    autolink starts), except inside a code span, where it is shown as written anyway; and a
    link or link definition to a scheme a browser would run (`javascript:`, `data:`) loses its
    link syntax (`]\\(`). Code spans are trusted only where a renderer cannot read them otherwise:
    every backtick run of the text closes on its own line, and the line has no table cell or
    link syntax a backtick could belong to; elsewhere their `<` is escaped too (shown as `&lt;`)."""
    lines = text.split("\n")
    spans = [_code_spans(line) for line in lines]
    trusted = all(found is not None for found in spans)
    out = []
    for line, found in zip(lines, spans, strict=True):
        keep = found if trusted and found and not any(mark in line for mark in _SPAN_SPOILERS) else []
        pieces, start = [], 0
        for span_start, span_end in keep:
            pieces += [_ESCAPABLE_LT.sub(r"\1&lt;", line[start:span_start]), line[span_start:span_end]]
            start = span_end
        pieces.append(_ESCAPABLE_LT.sub(r"\1&lt;", line[start:]))
        out.append("".join(pieces))
    return _LINK_TARGET.sub(_inert_link, "\n".join(out))


def _code_spans(line: str) -> list[tuple[int, int]] | None:
    """(start, end) of the code spans of one line as CommonMark pairs backtick runs (a run is
    closed by the next run of the same length), or None if a run is left open."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    spans, index = [], 0
    while index < len(runs):
        start, end = runs[index]
        closer = next((i for i in range(index + 1, len(runs)) if runs[i][1] - runs[i][0] == end - start), None)
        if closer is None:
            return None
        spans.append((start, runs[closer][1]))
        index = closer + 1
    return spans


def _inert_link(match: re.Match[str]) -> str:
    """`]` before a link's `(` or a definition's `:`, with a backslash between when the target's
    scheme (read as a browser reads it: entities decoded, blanks dropped) is not a safe one."""
    text = match.string
    at = match.end() + 1
    target = text[at:at + 200].lstrip(" \t\n").lstrip("<")
    target = re.split(r"[\s)>]", html.unescape(target).replace("\\", ""), maxsplit=1)[0]
    target = "".join(char for char in html.unescape(target) if ord(char) > 0x20)
    scheme = _SCHEME.match(target)
    if scheme and scheme.group(1).lower() not in _SAFE_SCHEMES:
        return "]\\"
    return "]"


def md_code(code: str) -> Markdown:
    """Generated code shown in a fenced block: no line may close the fence."""
    lines = [("\\" + line if line.lstrip().startswith(("```", "~~~")) else line) for line in code.split("\n")]
    return Markdown("\n".join(lines))


def md_code_span(text: str) -> Markdown:
    """Text as an inline code span, fenced with one backtick more than its longest run."""
    text = one_line(text)
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return Markdown(f"{fence}{pad}{text}{pad}{fence}")


def json_text(value: Any) -> str:
    """Compact JSON, as doc examples show it (then escaped for its context by the caller)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def doc_default(value: Any) -> str:
    """A default value as docs show it: `True`, `5`, `auto`."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return value
    return json.dumps(value)


def indent_docstring(body: str, indent: int, line_length: int = 100) -> Code:
    """A docstring body (already escaped) laid out as black lays it out at `indent` spaces.

    Black strips the first line, removes the common indentation of the others and indents them
    to the docstring's level; it pads a leading or trailing quote with a space.
    """
    lines = [line.expandtabs() for line in body.strip("\n").split("\n")] or [""]
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
    return Code(text)
