"""Read the API docs markdown that OpenAPI Generator writes, so tests can hold ours against it.

Two formats are understood: OpenAPI Generator 7.x (`List[X]`, `bytearray`) and the older
swagger-codegen style the ubiops seed uses (`list[X]`, `file`, `dict(str, X)`). Only what is
cosmetic between generator versions is normalized (see `normalize_type`, `normalize_text`);
everything else a comparison finds is a real difference.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ParamDoc:
    name: str
    type: str
    description: str
    required: bool


@dataclass(frozen=True)
class ResponseDoc:
    code: str
    description: str


@dataclass
class OperationDoc:
    method_name: str
    http_method: str = ""
    path: str = ""
    summary: str = ""
    signature: str = ""
    return_type: str = ""
    parameters: list[ParamDoc] = field(default_factory=list)
    content_type: list[str] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    responses: list[ResponseDoc] = field(default_factory=list)


@dataclass
class ApiDoc:
    class_name: str
    operations: dict[str, OperationDoc] = field(default_factory=dict)


# --- normalization -------------------------------------------------------------------------

_BINARY = re.compile(r"\b(?:file|bytes|bytearray)\b")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # markdown backslash escapes, e.g. \" -> "


def _collapse(text: str) -> str:
    return " ".join(text.split())


def normalize_type(text: str) -> str:
    """`list[file]` → `List[bytearray]`, `dict(str, int)` → `Dict[str, int]`."""
    text = _collapse(text)
    text = re.sub(r"\blist\[", "List[", text)
    text = re.sub(r"\bdict\[", "Dict[", text)
    out: list[str] = []
    closers: list[str] = []  # what each open bracket closes with
    i = 0
    while i < len(text):
        if text.startswith("dict(", i) and (i == 0 or not text[i - 1].isalnum()):
            out.append("Dict[")
            closers.append("]")
            i += len("dict(")
            continue
        ch = text[i]
        if ch in "([":
            closers.append(")" if ch == "(" else "]")
        elif ch in ")]" and closers:
            ch = closers.pop()
        out.append(ch)
        i += 1
    text = _BINARY.sub("bytearray", "".join(out))
    return re.sub(r"\s*,\s*", ", ", text)


def normalize_text(text: str) -> str:
    """Prose as rendered: HTML entities and markdown escapes undone, whitespace collapsed."""
    return _collapse(_MD_ESCAPE.sub(r"\1", html.unescape(text)))


_SIGNATURE = re.compile(r"^(?:(?P<ret>.*)\s+)?(?P<name>[A-Za-z_]\w*)\((?P<args>[^()]*)\)$")


def normalize_signature(line: str) -> str:
    """`> list[X] op(a,  b=b)` → `List[X] op(a, b=b)`; only the return type is a type."""
    line = _collapse(line.lstrip(">"))
    match = _SIGNATURE.match(line)
    if not match:
        return line
    ret = normalize_type(match["ret"] or "")
    args = ", ".join(a.strip() for a in match["args"].split(",") if a.strip())
    return f"{ret} {match['name']}({args})".strip()


# --- markdown structure ---------------------------------------------------------------------

def _unfenced(lines: list[str]) -> list[tuple[int, str]]:
    """(index, line) of the lines outside ``` code fences."""
    result, fenced = [], False
    for index, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            result.append((index, line))
    return result


def _sections(lines: list[str], heading: re.Pattern[str]) -> list[tuple[str, list[str]]]:
    """Split at unfenced headings; a later section of the same title wins in a dict()."""
    starts = [(i, m.group(1).strip()) for i, line in _unfenced(lines) if (m := heading.match(line))]
    ends = [i for i, _ in starts[1:]] + [len(lines)]
    return [(title, lines[i + 1 : end]) for (i, title), end in zip(starts, ends)]


_OP_HEADING = re.compile(r"^# \*\*(\w+)\*\*\s*$")
_SUB_HEADING = re.compile(r"^###(?!#)\s*(.+?)\s*$")
_METHOD_ROW = re.compile(r"^\[\*\*(\w+)\*\*\]\([^)]*\)\s*\|\s*\*\*(\w+)\*\*\s+(\S+)\s*\|(.*)$")
_README_ROW = re.compile(
    r"^\*(\w+)\*\s*\|\s*\[\*\*(\w+)\*\*\]\([^)]*\)\s*\|\s*\*\*(\w+)\*\*\s+(\S+)\s*\|"
)
_PARAM_ROW = re.compile(r"^\s*\*\*(?P<name>[^*|]+)\*\*\s*\|(?P<type>[^|]*)\|(?P<rest>.*)$")
_RESPONSE_ROW = re.compile(r"^\*\*(?P<code>[^*|]+)\*\*\s*\|(?P<rest>.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADER = re.compile(r"^\s*-\s*\*\*(Content-Type|Accept)\*\*:\s*(.*)$")


def _cell_type(cell: str) -> str:
    """`[**List[str]**](str.md)` or `**str**` → the type inside the bold."""
    match = _BOLD.search(cell)
    return normalize_type(match.group(1) if match else cell)


def _parameters(lines: list[str]) -> list[ParamDoc]:
    params = []
    for line in lines:
        match = _PARAM_ROW.match(line)
        if not match:
            continue
        description, _, notes = match["rest"].rstrip().rpartition("|")
        params.append(
            ParamDoc(
                name=match["name"].strip(),
                type=_cell_type(match["type"]),
                description=normalize_text(description),
                required="[optional]" not in notes,
            )
        )
    return params


def _return_type(lines: list[str]) -> str:
    text = next((line.strip() for line in lines if line.strip()), "")
    if not text or text.startswith("void"):
        return ""
    return _cell_type(text)


def _media_types(value: str) -> list[str]:
    if value.strip() == "Not defined":
        return []
    return [part.strip() for part in value.split(",") if part.strip()]


def _responses(lines: list[str]) -> list[ResponseDoc]:
    responses = []
    for line in lines:
        match = _RESPONSE_ROW.match(line.strip())
        if match:
            rest = match["rest"].rstrip().removesuffix("|")
            description = rest.rpartition("|")[0]  # the last cell is the response headers
            responses.append(ResponseDoc(match["code"].strip(), normalize_text(description)))
    return responses


def _operation(name: str, body: list[str], table: dict[str, tuple[str, str, str]]) -> OperationDoc:
    http_method, path, summary = table.get(name, ("", "", ""))
    op = OperationDoc(name, http_method, path, summary)
    signature = next((line for _, line in _unfenced(body) if line.startswith(">")), "")
    op.signature = normalize_signature(signature)
    sections = dict(_sections(body, _SUB_HEADING))
    op.parameters = _parameters(sections.get("Parameters", []))
    op.return_type = _return_type(sections.get("Return type", []))
    for line in sections.get("HTTP request headers", []):
        if match := _HEADER.match(line):
            if match.group(1) == "Content-Type":
                op.content_type = _media_types(match.group(2))
            else:
                op.accept = _media_types(match.group(2))
    op.responses = _responses(sections.get("HTTP response details", []))
    return op


def parse_api_doc(text: str) -> ApiDoc:
    """One `docs/<Api>.md`: its class name and every operation it documents."""
    lines = text.splitlines()
    title = next((line for _, line in _unfenced(lines) if line.startswith("# ")), "# ")
    class_name = title[2:].strip().rpartition(".")[2]
    table = {}
    for line in lines:
        if match := _METHOD_ROW.match(line.strip()):
            name, method, path, summary = match.groups()
            table[name] = (method.upper(), path, normalize_text(summary))
    doc = ApiDoc(class_name)
    for name, body in _sections(lines, _OP_HEADING):
        doc.operations[name] = _operation(name, body, table)
    return doc


def _readme_section(text: str, title: str) -> list[str]:
    lines = text.splitlines()
    sections = _sections(lines, re.compile(r"^##(?!#)\s*(.+?)\s*$"))
    return next((body for name, body in sections if name.lower() == title.lower()), [])


def readme_endpoints(text: str) -> list[tuple[str, str, str, str]]:
    """(class_name, method_name, HTTP method, path) of each row of the README endpoint table."""
    rows = []
    for line in _readme_section(text, "Documentation for API Endpoints"):
        if match := _README_ROW.match(line.strip()):
            class_name, method_name, http_method, path = match.groups()
            rows.append((class_name, method_name, http_method.upper(), path))
    return rows


def readme_models(text: str) -> list[str]:
    """Model names listed under the README's "Documentation For Models"."""
    names = []
    for line in _readme_section(text, "Documentation For Models"):
        if match := re.match(r"^\s*-\s*\[([^\]]+)\]\(", line):
            names.append(match.group(1))
    return names


# --- comparison -----------------------------------------------------------------------------

def compare(seed: OperationDoc, ours: OperationDoc) -> list[str]:
    """Each way `ours` differs from `seed`, one message per field, prefixed by the method name."""
    p = f"{seed.method_name}: "
    out = []
    for name in ("method_name", "http_method", "path", "summary", "signature", "return_type",
                 "content_type", "accept"):
        want, got = getattr(seed, name), getattr(ours, name)
        if want != got:
            out.append(f"{p}{name} {want!r} != {got!r}")
    if len(seed.parameters) != len(ours.parameters):
        out.append(f"{p}{len(seed.parameters)} parameters != {len(ours.parameters)}")
    for index, (want, got) in enumerate(zip(seed.parameters, ours.parameters), start=1):
        for name in ("name", "type", "description", "required"):
            if getattr(want, name) != getattr(got, name):
                out.append(f"{p}parameter {index} {want.name!r}: {name} "
                           f"{getattr(want, name)!r} != {getattr(got, name)!r}")
    for extra in ours.parameters[len(seed.parameters):]:
        out.append(f"{p}extra parameter {extra.name!r}")
    for missing in seed.parameters[len(ours.parameters):]:
        out.append(f"{p}missing parameter {missing.name!r}")
    want_codes = [r.code for r in seed.responses]
    got_codes = [r.code for r in ours.responses]
    got_by_code = {r.code: r for r in ours.responses}
    for response in seed.responses:
        other = got_by_code.get(response.code)
        if other is None:
            out.append(f"{p}response {response.code} missing")
        elif other.description != response.description:
            out.append(f"{p}response {response.code}: description "
                       f"{response.description!r} != {other.description!r}")
    for code in got_codes:
        if code not in want_codes:
            out.append(f"{p}response {code} extra")
    if sorted(want_codes) == sorted(got_codes) and want_codes != got_codes:
        out.append(f"{p}response order {want_codes} != {got_codes}")
    return out
