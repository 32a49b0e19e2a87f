"""The example programs of the docs: Python that imports what it uses and runs as written.

Every spec value in them is a Python literal from `escape.python_value` or a one-line comment:
running a documented example can never run text from the spec.
"""

from __future__ import annotations

from generator.emit import escape, printers
from generator.ir import naming
from generator.ir.nodes import NO_VALUE, ApiClass, Operation, Package, Parameter, SecurityScheme
from generator.ir.typetree import ModelRef, is_file_upload, model_refs


def host_variable(package: Package) -> str:
    return f"{package.package_name.upper()}_HOST"


def configuration_lines(package: Package, schemes: list[SecurityScheme]) -> list[str]:
    """The configuration part every example shares: host, then one block per auth scheme.

    Credentials come from the environment; with several schemes, each is configured only when
    its variable is set, so a caller with one kind of credential runs the example unchanged.
    """
    pkg = package.package_name
    host = escape.python_value(package.host)
    lines = [
        f"# Defining the host is optional and defaults to {escape.comment(package.host)}",
        "# See configuration.py for a list of all supported configuration parameters.",
        f"configuration = {pkg}.Configuration(",
        f"    host = os.environ.get({escape.python_value(host_variable(package))}, {host})",
        ")",
    ]
    if schemes:
        lines += ["", "# The client must configure the authentication and authorization parameters",
                  "# in accordance with the API server security policy."]
    guarded = len(schemes) > 1
    for scheme in schemes:
        name = escape.python_value(scheme.name)
        if scheme.kind == "api_key":
            block = [f"# Configure API key authorization: {escape.comment(scheme.name)}",
                     *_assign(f"configuration.api_key[{name}]", "API_KEY", guarded), "",
                     "# Uncomment below to setup prefix (e.g. Bearer) for API key, if needed",
                     f"# configuration.api_key_prefix[{name}] = 'Bearer'"]
        elif scheme.kind == "http_basic":
            block = [f"# Configure HTTP basic authorization: {escape.comment(scheme.name)}",
                     *_assign("configuration.username", "USERNAME", guarded),
                     *_assign("configuration.password", "PASSWORD", guarded)]
        else:
            kind = "OAuth2 access token" if scheme.kind == "oauth2" else "Bearer authorization"
            block = [f"# Configure {kind}: {escape.comment(scheme.name)}",
                     *_assign("configuration.access_token", "BEARER_TOKEN", guarded)]
        lines += ["", *block]
    return lines


def _assign(target: str, variable: str, guarded: bool) -> list[str]:
    if guarded:
        return [f'if "{variable}" in os.environ:', f'    {target} = os.environ["{variable}"]']
    return [f'{target} = os.environ["{variable}"]']


def example_literal(param: Parameter) -> str:
    if is_file_upload(param.type) and param.example is NO_VALUE:
        return 'b"file contents"'
    return escape.python_value(None if param.example is NO_VALUE else param.example)


def call_arguments(op: Operation) -> str:
    return ", ".join(p.name if p.required else f"{p.name}={p.name}" for p in op.parameters)


def operation_models(op: Operation) -> list[ModelRef]:
    nodes = [p.type for p in op.parameters] + ([op.returns] if op.returns is not None else [])
    found = {ref.name: ref for node in nodes for ref in model_refs(node)}
    return [found[name] for name in sorted(found)]


def example_program(package: Package, api: ApiClass, op: Operation, schemes: list[SecurityScheme]) -> str:
    pkg = package.package_name
    imports = ["import os", f"import {pkg}"]
    imports += [f"from {pkg}.models.{ref.module} import {ref.name}" for ref in operation_models(op)]
    imports += [f"from {pkg}.rest import ApiException", "from pprint import pprint"]
    body = [f"    api_instance = {pkg}.{api.name}(api_client)"]
    for p in op.parameters:
        comment = f"{printers.doc_type(p.type)} | {escape.comment(p.description)}".rstrip()
        if not p.required:
            comment += " (optional)"
        body.append(f"    {p.name} = {example_literal(p)}  # {comment}")
    call = f"api_instance.{op.method_name}({call_arguments(op)})"
    lines = imports + [""] + configuration_lines(package, schemes) + [
        "", "# Enter a context with an instance of the API client",
        f"with {pkg}.ApiClient(configuration) as api_client:",
        "    # Create an instance of the API class",
        *body, "", "    try:",
    ]
    if op.summary:
        lines.append(f"        # {escape.comment(op.summary)}")
    if op.returns is not None:
        lines += [f"        api_response = {call}",
                  f'        print("The response of {api.name}->{op.method_name}:\\n")',
                  "        pprint(api_response)"]
    else:
        lines.append(f"        {call}")
    lines += ["    except ApiException as e:",
              f'        print("Exception when calling {api.name}->{op.method_name}: %s\\n" % e)']
    return "\n".join(lines)


def async_example(package: Package) -> str:
    """The getting-started call again, with asyncio: a whole program that runs."""
    if not (package.apis and package.apis[0].operations):
        return ""
    api = package.apis[0]
    op = api.operations[0]
    pkg = package.package_name
    schemes = [s for s in package.security_schemes if s.name in op.auth]
    lines = ["import asyncio", "import os", f"import {pkg}", "", *configuration_lines(package, schemes), "", "",
             "async def main() -> None:",
             f"    async with {pkg}.AsyncApiClient(configuration) as api_client:",
             f"        api_instance = {pkg}.{naming.async_class_name(api.name)}(api_client)"]
    lines += [f"        {p.name} = {example_literal(p)}" for p in op.parameters]
    lines += [f"        result = await api_instance.{op.method_name}({call_arguments(op)})", "        print(result)",
              "", "", "asyncio.run(main())"]
    return "\n".join(lines)


def model_example(package: Package, model_name: str, module: str, example_json: str) -> str:
    var = module
    return "\n".join([
        f"from {package.package_name}.models.{module} import {model_name}",
        "",
        f"json = {escape.python_value(example_json)}",
        f"# create an instance of {model_name} from a JSON string",
        f"{var}_instance = {model_name}.from_json(json)",
        "# print the JSON string representation of the object",
        f"print({var}_instance.to_json())",
        "",
        "# convert the object into a dict",
        f"{var}_dict = {var}_instance.to_dict()",
        f"# create an instance of {model_name} from a dict",
        f"{var}_from_dict = {model_name}.from_dict({var}_dict)",
    ])

