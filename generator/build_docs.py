"""Doc pages' final text pieces, laid out like OpenAPI Generator 7.x's python docs.

Everything a doc template prints is computed here: table cells, signature lines and the
example programs (which, unlike OpenAPI Generator's, import what they use and run).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import literals
from generator.ir import ApiClass, Model, ModelKind, Operation, Package, Parameter, SecurityScheme


@dataclass(frozen=True)
class ParamRow:
    name: str
    type_cell: str
    description: str
    notes: str


@dataclass(frozen=True)
class ResponseRow:
    status: str
    description: str
    headers: str


@dataclass(frozen=True)
class OperationDoc:
    method_name: str
    http_method: str
    path: str
    summary_cell: str
    signature_line: str
    text: str  # summary, then description
    auth_bullets: tuple[str, ...]
    example: str
    params: tuple[ParamRow, ...]
    return_cell: str
    auth_cell: str
    content_type: str
    accept: str
    responses: tuple[ResponseRow, ...]


@dataclass(frozen=True)
class ApiDoc:
    name: str
    operations: tuple[OperationDoc, ...]


@dataclass(frozen=True)
class PropertyRow:
    name: str
    type_cell: str
    description: str
    notes: str


@dataclass(frozen=True)
class ModelDoc:
    name: str
    description: str
    is_enum: bool
    enum_lines: tuple[str, ...]
    properties: tuple[PropertyRow, ...]
    example: str


def type_cell(doc_type: str, link: str) -> str:
    if link:
        return f"[**{doc_type}**]({link}.md)"
    return f"**{doc_type}**"


def api_doc(package: Package, api: ApiClass) -> ApiDoc:
    return ApiDoc(api.name, tuple(_operation_doc(package, api, op) for op in api.operations))


def _operation_doc(package: Package, api: ApiClass, op: Operation) -> OperationDoc:
    args = ", ".join(p.name if p.required else f"{p.name}={p.name}" for p in op.parameters)
    signature = f"{op.return_doc} {op.method_name}({args})" if op.return_doc else f"{op.method_name}({args})"
    schemes = {s.name: s for s in package.security_schemes}
    auth = [schemes[name] for name in op.auth if name in schemes]
    text = "\n\n".join(t.strip("\n") for t in (op.summary, op.description) if t.strip())
    if op.deprecated:
        text = "**Deprecated:** this operation may be removed from the API.\n\n" + text
    return OperationDoc(
        method_name=op.method_name, http_method=op.http_method, path=op.path,
        summary_cell=literals.md_cell(op.summary), signature_line=signature, text=text,
        auth_bullets=tuple(f"* {_auth_kind(s)} ({s.name}):" for s in auth),
        example=example_program(package, api, op, auth),
        params=tuple(_param_row(p) for p in op.parameters),
        return_cell=type_cell(op.return_doc, op.return_doc_link) if op.return_doc else "void (empty response body)",
        auth_cell=", ".join(f"[{s.name}](../README.md#{s.name})" for s in auth) or "No authorization required",
        content_type=", ".join(op.body_media_types) or "Not defined",
        accept=", ".join(op.accepts) or "Not defined",
        responses=tuple(ResponseRow(r.status, literals.md_cell(r.description), r.headers) for r in op.responses),
    )


def _param_row(p: Parameter) -> ParamRow:
    return ParamRow(p.name, type_cell(p.doc_type, p.type.doc_link), literals.md_cell(p.description), p.doc_notes)


def _auth_kind(scheme: SecurityScheme) -> str:
    return {"api_key": "Api Key Authentication", "http_basic": "Basic Authentication",
            "http_bearer": "Bearer Authentication", "oauth2": "OAuth Authentication"}.get(scheme.kind, "Authentication")


def configuration_lines(package: Package, schemes: list[SecurityScheme]) -> list[str]:
    """The configuration part every example shares: host, then one block per auth scheme."""
    pkg = package.package_name
    lines = [
        f"# Defining the host is optional and defaults to {package.host}",
        "# See configuration.py for a list of all supported configuration parameters.",
        f"configuration = {pkg}.Configuration(",
        f'    host = os.environ.get("{pkg.upper()}_HOST", "{package.host}")',
        ")",
    ]
    if schemes:
        lines += ["", "# The client must configure the authentication and authorization parameters",
                  "# in accordance with the API server security policy."]
    for scheme in schemes:
        if scheme.kind == "api_key":
            lines += ["", f"# Configure API key authorization: {scheme.name}",
                      f'configuration.api_key[{scheme.name!r}] = os.environ["API_KEY"]', "",
                      "# Uncomment below to setup prefix (e.g. Bearer) for API key, if needed",
                      f"# configuration.api_key_prefix[{scheme.name!r}] = 'Bearer'"]
        elif scheme.kind == "http_basic":
            lines += ["", f"# Configure HTTP basic authorization: {scheme.name}",
                      'configuration.username = os.environ["USERNAME"]',
                      'configuration.password = os.environ["PASSWORD"]']
        else:
            lines += ["", f"# Configure Bearer authorization: {scheme.name}",
                      'configuration.access_token = os.environ["BEARER_TOKEN"]']
    return lines


def example_program(package: Package, api: ApiClass, op: Operation, schemes: list[SecurityScheme]) -> str:
    pkg = package.package_name
    imports = ["import os", f"import {pkg}"]
    imports += [f"from {pkg}.models.{_module_of(package, m)} import {m}" for m in op.models]
    imports += [f"from {pkg}.rest import ApiException", "from pprint import pprint"]
    body = [f"    api_instance = {pkg}.{api.name}(api_client)"]
    for p in op.parameters:
        comment = f"{p.doc_type} | {literals.md_cell(p.description)}".rstrip()
        if not p.required:
            comment += " (optional)"
        body.append(f"    {p.name} = {p.example_literal}  # {comment}")
    args = ", ".join(p.name if p.required else f"{p.name}={p.name}" for p in op.parameters)
    call = f"api_instance.{op.method_name}({args})"
    lines = imports + [""] + configuration_lines(package, schemes) + [
        "", "# Enter a context with an instance of the API client",
        f"with {pkg}.ApiClient(configuration) as api_client:",
        "    # Create an instance of the API class",
        *body, "", "    try:",
    ]
    if op.summary:
        lines.append(f"        # {literals.md_cell(op.summary)}")
    if op.return_doc:
        lines += [f"        api_response = {call}",
                  f'        print("The response of {api.name}->{op.method_name}:\\n")',
                  "        pprint(api_response)"]
    else:
        lines.append(f"        {call}")
    lines += ["    except ApiException as e:",
              f'        print("Exception when calling {api.name}->{op.method_name}: %s\\n" % e)']
    return "\n".join(lines)


def _module_of(package: Package, model_name: str) -> str:
    return next(m.module for m in package.models if m.name == model_name)


def model_doc(package: Package, model: Model) -> ModelDoc:
    pkg = package.package_name
    rows = tuple(PropertyRow(p.name, type_cell(p.doc_type, p.type.doc_link), literals.md_cell(p.description),
                             p.doc_notes) for p in model.properties)
    enum_lines = tuple(f"* `{m.name}` (value: `{m.literal}`)" for m in model.enum_members)
    example = ""
    if model.kind is not ModelKind.ENUM:
        var = model.module
        example = "\n".join([
            f"from {pkg}.models.{model.module} import {model.name}",
            "",
            f"json = {model.example_json or '{}'!r}",
            f"# create an instance of {model.name} from a JSON string",
            f"{var}_instance = {model.name}.from_json(json)",
            "# print the JSON string representation of the object",
            f"print({var}_instance.to_json())",
            "",
            "# convert the object into a dict",
            f"{var}_dict = {var}_instance.to_dict()",
            f"# create an instance of {model.name} from a dict",
            f"{var}_from_dict = {model.name}.from_dict({var}_dict)",
        ])
    return ModelDoc(model.name, model.description, model.kind is ModelKind.ENUM, enum_lines, rows, example)


@dataclass(frozen=True)
class EndpointRow:
    api: str
    method_name: str
    http_method: str
    path: str
    summary: str


@dataclass(frozen=True)
class AuthDoc:
    name: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ReadmeDoc:
    example: str
    endpoints: tuple[EndpointRow, ...]
    models: tuple[str, ...]
    auth: tuple[AuthDoc, ...]
    async_example: str


def readme_doc(package: Package) -> ReadmeDoc:
    example = ""
    if package.apis and package.apis[0].operations:
        api = package.apis[0]
        op = api.operations[0]
        schemes = [s for s in package.security_schemes if s.name in op.auth]
        example = example_program(package, api, op, schemes)
    endpoints = tuple(EndpointRow(api.name, op.method_name, op.http_method, op.path, literals.md_cell(op.summary))
                      for api in package.apis for op in api.operations)
    auth = []
    for scheme in package.security_schemes:
        lines: tuple[str, ...]
        if scheme.kind == "api_key":
            where = {"header": "HTTP header", "query": "URL query string", "cookie": "cookie"}.get(scheme.location, "")
            lines = ("- **Type**: API key", f"- **API key parameter name**: {scheme.param_name}",
                     f"- **Location**: {where}")
        elif scheme.kind == "http_basic":
            lines = ("- **Type**: HTTP basic authentication",)
        elif scheme.kind == "http_bearer":
            lines = ("- **Type**: Bearer authentication" + (f" ({scheme.bearer_format})" if scheme.bearer_format else ""),)
        else:
            lines = ("- **Type**: OAuth (set `configuration.access_token`)",)
        auth.append(AuthDoc(scheme.name, lines))
    async_example = _async_example(package)
    return ReadmeDoc(example, endpoints, tuple(m.name for m in package.models), tuple(auth), async_example)


def _async_example(package: Package) -> str:
    """The getting-started call again, with asyncio: a whole program that runs."""
    if not (package.apis and package.apis[0].operations):
        return ""
    api = package.apis[0]
    op = api.operations[0]
    pkg = package.package_name
    schemes = [s for s in package.security_schemes if s.name in op.auth]
    args = ", ".join(p.name if p.required else f"{p.name}={p.name}" for p in op.parameters)
    lines = ["import asyncio", "import os", f"import {pkg}", "", *configuration_lines(package, schemes), "", "",
             "async def main() -> None:",
             f"    async with {pkg}.AsyncApiClient(configuration) as api_client:",
             f"        api_instance = {pkg}.Async{api.name}(api_client)"]
    lines += [f"        {p.name} = {p.example_literal}" for p in op.parameters]
    lines += [f"        result = await api_instance.{op.method_name}({args})", "        print(result)", "", "",
              "asyncio.run(main())"]
    return "\n".join(lines)


@dataclass(frozen=True)
class EndpointParam:
    name: str  # wire name, as the HTTP API knows it
    type: str
    text: str  # description plus notes (required, default)


@dataclass(frozen=True)
class EndpointDoc:
    method_name: str
    api: str
    http_method: str
    path: str
    text: str
    groups: tuple[tuple[str, tuple[EndpointParam, ...]], ...]  # ("Query parameters", params)
    request_body: str
    returns: str
    statuses: tuple[ResponseRow, ...]


@dataclass(frozen=True)
class EndpointsDoc:
    sections: tuple[tuple[str, str, tuple[EndpointDoc, ...]], ...]  # (tag, description, endpoints)


_PARAM_GROUPS = (("path", "Path parameters"), ("query", "Query parameters"), ("header", "Headers"),
                 ("cookie", "Cookies"), ("form", "Form fields"))


def endpoints_doc(package: Package) -> EndpointsDoc:
    """The HTTP view of the API: each endpoint with its parameters, body, result and status codes."""
    sections = []
    for api in package.apis:
        in_spec_order = sorted(api.operations, key=lambda op: op.spec_index)
        sections.append((api.tag, api.description, tuple(_endpoint(api, op) for op in in_spec_order)))
    return EndpointsDoc(tuple(sections))


def _endpoint(api: ApiClass, op: Operation) -> EndpointDoc:
    groups = []
    for location, title in _PARAM_GROUPS:
        params = tuple(
            EndpointParam(p.wire_name, p.doc_type + (", repeatable" if p.doc_type.startswith("List[") and p.explode
                                                      and location == "query" else ""),
                          " ".join(t for t in (literals.md_cell(p.description),
                                               "(required)" if p.required else "", _default_note(p.doc_notes)) if t))
            for p in op.parameters if p.location.value == location)
        if params:
            groups.append((title, params))
    body = next((p for p in op.parameters if p.location.value == "body"), None)
    request_body = ""
    if body is not None:
        request_body = f"{type_cell(body.doc_type, body.type.doc_link)} as {', '.join(op.body_media_types)}"
        request_body += "" if body.required else " (optional)"
    text = "\n\n".join(t.strip() for t in (op.summary, op.description) if t.strip())
    return EndpointDoc(op.method_name, api.name, op.http_method, op.path, text, tuple(groups), request_body,
                       type_cell(op.return_doc, op.return_doc_link) if op.return_doc else "no body",
                       tuple(ResponseRow(r.status, literals.md_cell(r.description), r.headers) for r in op.responses))


def _default_note(notes: str) -> str:
    start = notes.find("[default to ")
    return notes[start:] if start >= 0 else ""
