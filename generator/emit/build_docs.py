"""Doc pages' final text pieces, laid out like OpenAPI Generator 7.x's python docs.

Everything a doc template prints is computed here, escaped for markdown: table cells,
signature lines and the example programs (from `doc_examples`).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit import doc_examples, escape, printers
from generator.emit.escape import Markdown, md_cell
from generator.ir import naming
from generator.ir.nodes import (
    NO_VALUE,
    ApiClass,
    Location,
    Model,
    ModelKind,
    Operation,
    Package,
    Parameter,
    SecurityScheme,
)
from generator.ir.typetree import ModelRef, TypeNode, strip


@dataclass(frozen=True)
class PageHeader:
    """What every page shows about the package."""

    package_name: str
    title: Markdown
    description: Markdown
    host: Markdown
    api_version: Markdown
    version: Markdown
    python_requires: Markdown
    project_name: Markdown


@dataclass(frozen=True)
class ParamRow:
    name: str
    type_cell: Markdown
    description: Markdown
    notes: Markdown


@dataclass(frozen=True)
class ResponseRow:
    status: Markdown
    description: Markdown
    headers: Markdown


@dataclass(frozen=True)
class OperationDoc:
    method_name: str
    http_method: str
    path: Markdown
    summary_cell: Markdown
    signature_line: Markdown
    text: Markdown  # summary, then description
    auth_bullets: tuple[Markdown, ...]
    example: Markdown
    params: tuple[ParamRow, ...]
    return_cell: Markdown
    auth_cell: Markdown
    content_type: Markdown
    accept: Markdown
    responses: tuple[ResponseRow, ...]


@dataclass(frozen=True)
class ApiDoc:
    name: str
    header: PageHeader
    operations: tuple[OperationDoc, ...]


@dataclass(frozen=True)
class ModelDoc:
    name: str
    description: Markdown
    is_enum: bool
    enum_lines: tuple[Markdown, ...]
    properties: tuple[ParamRow, ...]
    example: Markdown


def header(package: Package) -> PageHeader:
    return PageHeader(
        package_name=package.package_name, title=md_cell(package.title), description=escape.md_text(package.description),
        host=md_cell(package.host), api_version=md_cell(package.api_version), version=md_cell(package.version),
        python_requires=md_cell(package.python_requires), project_name=md_cell(package.project_name),
    )


def type_cell(node: TypeNode) -> Markdown:
    """`[**List[Interval]**](Interval.md)`: generated names only, safe as they are."""
    doc, link = printers.doc_type(node), printers.doc_link(node)
    return Markdown(f"[**{doc}**]({link}.md)" if link else f"**{doc}**")


def api_doc(package: Package, api: ApiClass) -> ApiDoc:
    return ApiDoc(api.name, header(package), tuple(_operation_doc(package, api, op) for op in api.operations))


def auth_schemes(package: Package, op: Operation) -> list[SecurityScheme]:
    schemes = {s.name: s for s in package.security_schemes}
    return [schemes[name] for name in op.auth if name in schemes]


def _operation_doc(package: Package, api: ApiClass, op: Operation) -> OperationDoc:
    args = doc_examples.call_arguments(op)
    returns = printers.doc_type(op.returns) if op.returns is not None else ""
    signature = f"{returns} {op.method_name}({args})" if returns else f"{op.method_name}({args})"
    auth = auth_schemes(package, op)
    text = "\n\n".join(t.strip("\n") for t in (op.summary, op.description) if t.strip())
    if op.deprecated:
        text = "**Deprecated:** this operation may be removed from the API.\n\n" + text
    return OperationDoc(
        method_name=op.method_name, http_method=op.http_method, path=md_cell(op.path),
        summary_cell=md_cell(op.summary), signature_line=Markdown(signature), text=escape.md_text(text),
        auth_bullets=tuple(Markdown(f"* {_auth_kind(s)} ({md_cell(s.name)}):") for s in auth),
        example=escape.md_code(doc_examples.example_program(package, api, op, auth)),
        params=tuple(_param_row(p) for p in op.parameters),
        return_cell=type_cell(op.returns) if op.returns is not None else Markdown("void (empty response body)"),
        auth_cell=Markdown(", ".join(f"[{md_cell(s.name)}](../README.md#{_anchor(s.name)})" for s in auth)
                           or "No authorization required"),
        content_type=md_cell(", ".join(op.body_media_types) or "Not defined"),
        accept=md_cell(", ".join(op.accepts) or "Not defined"),
        responses=tuple(ResponseRow(md_cell(r.status), md_cell(r.description), md_cell(", ".join(r.headers) or "-"))
                        for r in op.responses),
    )


def _anchor(name: str) -> str:
    """A name usable as an HTML id and a link fragment."""
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)


def _param_row(p: Parameter) -> ParamRow:
    notes = "" if p.required else "[optional]"
    if p.default is not NO_VALUE:
        notes += f" [default to {escape.doc_default(p.default)}]"
    return ParamRow(p.name, type_cell(p.type), md_cell(p.description), md_cell(notes.strip()))


def _auth_kind(scheme: SecurityScheme) -> str:
    return {"api_key": "Api Key Authentication", "http_basic": "Basic Authentication",
            "http_bearer": "Bearer Authentication", "oauth2": "OAuth Authentication"}.get(scheme.kind, "Authentication")


def model_doc(package: Package, model: Model) -> ModelDoc:
    rows = []
    for p in model.properties:
        notes = ["[optional]"] if p.optional else []
        if p.read_only:
            notes.append("[readonly]")
        if p.default is not NO_VALUE:
            shown = escape.doc_default(p.default)
            target = strip(p.type)
            if isinstance(target, ModelRef) and target.kind is ModelKind.ENUM:
                shown = f"{target.name}.{naming.enum_member_name(p.default)}"
            notes.append(f"[default to {shown}]")
        rows.append(ParamRow(p.name, type_cell(p.type), md_cell(p.description), md_cell(" ".join(notes))))
    enum_lines = tuple(Markdown(f"* `{m.name}` (value: {escape.md_code_span(escape.python_value(m.value))})")
                       for m in model.enum_members)
    example = Markdown("")
    if model.kind is not ModelKind.ENUM:
        json_text = escape.json_text(model.example) if model.example is not NO_VALUE else "{}"
        example = escape.md_code(doc_examples.model_example(package, model.name, model.module, json_text))
    return ModelDoc(model.name, escape.md_text(model.description), model.kind is ModelKind.ENUM, enum_lines,
                    tuple(rows), example)


@dataclass(frozen=True)
class EndpointRow:
    api: str
    method_name: str
    http_method: str
    path: Markdown
    summary: Markdown


@dataclass(frozen=True)
class AuthDoc:
    name: Markdown
    anchor: Markdown
    lines: tuple[Markdown, ...]


@dataclass(frozen=True)
class ReadmeDoc:
    header: PageHeader
    example: Markdown
    endpoints: tuple[EndpointRow, ...]
    models: tuple[str, ...]
    auth: tuple[AuthDoc, ...]
    async_example: Markdown


def readme_doc(package: Package) -> ReadmeDoc:
    example = ""
    if package.apis and package.apis[0].operations:
        api = package.apis[0]
        op = api.operations[0]
        example = doc_examples.example_program(package, api, op, auth_schemes(package, op))
    endpoints = tuple(EndpointRow(api.name, op.method_name, op.http_method, md_cell(op.path), md_cell(op.summary))
                      for api in package.apis for op in api.operations)
    auth = []
    for scheme in package.security_schemes:
        lines: tuple[str, ...]
        if scheme.kind == "api_key":
            where = {"header": "HTTP header", "query": "URL query string", "cookie": "cookie"}.get(scheme.location, "")
            lines = ("- **Type**: API key", f"- **API key parameter name**: {md_cell(scheme.param_name)}",
                     f"- **Location**: {where}")
        elif scheme.kind == "http_basic":
            lines = ("- **Type**: HTTP basic authentication",)
        elif scheme.kind == "http_bearer":
            fmt = f" ({md_cell(scheme.bearer_format)})" if scheme.bearer_format else ""
            lines = ("- **Type**: Bearer authentication" + fmt,)
        else:
            lines = ("- **Type**: OAuth (set `configuration.access_token`)",)
        auth.append(AuthDoc(md_cell(scheme.name), Markdown(_anchor(scheme.name)), tuple(map(Markdown, lines))))
    return ReadmeDoc(header(package), escape.md_code(example), endpoints, tuple(m.name for m in package.models),
                     tuple(auth), escape.md_code(doc_examples.async_example(package)))


@dataclass(frozen=True)
class EndpointParam:
    name: Markdown  # wire name, as the HTTP API knows it
    type: Markdown
    text: Markdown  # description plus notes (required, default)


@dataclass(frozen=True)
class EndpointDoc:
    method_name: str
    api: str
    http_method: str
    path: Markdown  # inside a code span
    heading_path: Markdown
    text: Markdown
    groups: tuple[tuple[Markdown, tuple[EndpointParam, ...]], ...]  # ("Query parameters", params)
    request_body: Markdown
    returns: Markdown
    statuses: tuple[ResponseRow, ...]


@dataclass(frozen=True)
class EndpointsDoc:
    header: PageHeader
    sections: tuple[tuple[Markdown, Markdown, tuple[EndpointDoc, ...]], ...]  # (tag, description, endpoints)


_PARAM_GROUPS = tuple((location, Markdown(title)) for location, title in (
    (Location.PATH, "Path parameters"), (Location.QUERY, "Query parameters"), (Location.HEADER, "Headers"),
    (Location.COOKIE, "Cookies"), (Location.FORM, "Form fields")))


def endpoints_doc(package: Package) -> EndpointsDoc:
    """The HTTP view of the API: each endpoint with its parameters, body, result and status codes."""
    sections = []
    for api in package.apis:
        in_spec_order = sorted(api.operations, key=lambda op: op.spec_index)
        sections.append((md_cell(api.tag), escape.md_text(api.description),
                         tuple(_endpoint(api, op) for op in in_spec_order)))
    return EndpointsDoc(header(package), tuple(sections))


def _endpoint(api: ApiClass, op: Operation) -> EndpointDoc:
    groups = []
    for location, title in _PARAM_GROUPS:
        params = tuple(_endpoint_param(p) for p in op.parameters if p.location is location)
        if params:
            groups.append((title, params))
    body = next((p for p in op.parameters if p.location is Location.BODY), None)
    request_body = ""
    if body is not None:
        request_body = f"{type_cell(body.type)} as {md_cell(', '.join(op.body_media_types))}"
        request_body += "" if body.required else " (optional)"
    text = "\n\n".join(t.strip() for t in (op.summary, op.description) if t.strip())
    return EndpointDoc(
        op.method_name, api.name, op.http_method, escape.md_code_span(op.path), md_cell(op.path), escape.md_text(text),
        tuple(groups), Markdown(request_body),
        type_cell(op.returns) if op.returns is not None else Markdown("no body"),
        tuple(ResponseRow(md_cell(r.status), md_cell(r.description), md_cell(", ".join(r.headers) or "-"))
              for r in op.responses))


def _endpoint_param(p: Parameter) -> EndpointParam:
    doc = printers.doc_type(p.type)
    repeatable = doc.startswith("List[") and p.explode and p.location is Location.QUERY
    default = f"[default to {escape.doc_default(p.default)}]" if p.default is not NO_VALUE else ""
    text = " ".join(t for t in (md_cell(p.description), "(required)" if p.required else "", md_cell(default)) if t)
    return EndpointParam(escape.md_code_span(p.wire_name), Markdown(doc + (", repeatable" if repeatable else "")),
                         Markdown(text))
