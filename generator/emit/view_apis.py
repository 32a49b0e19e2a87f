"""API modules as their template prints them: descriptors, signatures and calls, from the IR."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.emit import escape, layout, printers
from generator.emit.escape import Code
from generator.emit.imports import Import, render_imports
from generator.emit.printers import ModuleNames
from generator.emit.view_package import server_data
from generator.ir import naming
from generator.ir.nodes import ApiClass, Location, Operation, Package, Parameter
from generator.ir.typetree import (
    FreeForm,
    ModelKind,
    ModelRef,
    Nullable,
    TypeNode,
    UnionOf,
    is_file_upload,
    model_refs,
    strip,
    without_limits,
)

_DEFAULT_STYLE = {Location.QUERY: "form", Location.COOKIE: "form", Location.PATH: "simple", Location.HEADER: "simple",
                  Location.FORM: "form"}


@dataclass(frozen=True)
class MethodView:
    name: str
    info_name: str  # `<name>_with_http_info`, claimed with the name in the names plan
    raw_name: str  # `<name>_without_preload_content`
    stream_name: str  # `<name>_stream`, for an operation that streams
    pages_name: str  # `<name>_pages`, for an operation that pages
    docstring: Code  # laid out at method level
    signature: tuple[Code, ...]  # parameters, `self` first, `**_options` last
    returns: Code  # the plain method's return annotation
    info_returns: Code  # the `_with_http_info` method's
    returns_value: bool
    call_args: tuple[Code, ...]  # (descriptor, argument tuple, options)
    stream_returns: Code | None = None  # `Stream[Item]` when the answer is a stream of items
    async_stream_returns: Code | None = None
    pages_signature: tuple[Code, ...] = ()  # a paginated operation's `_pages` method, else ()
    pages_call_args: tuple[Code, ...] = ()  # call_args and the page bound
    pages_returns: Code | None = None  # `Pages[T]`
    async_pages_returns: Code | None = None


@dataclass(frozen=True)
class ApiModule:
    name: str
    async_name: str  # its asyncio twin, `Async<name>`
    docstring_line: Code  # the module docstring
    class_docstring: Code
    validation: Code  # `_validated = validation({...})`: what the methods' argument checks import
    # runtime names as this module spells them (aliased if the spec has a model of that name)
    optional: Code
    client_class: Code
    async_client_class: Code
    rest_response: Code
    imports: tuple[Code, ...]
    type_checking: tuple[Code, ...]
    descriptors: tuple[Code, ...]  # `_NAME: Operation[T] = Operation(...)`, one per operation
    methods: tuple[MethodView, ...]


def api_module(package: Package, api: ApiClass) -> ApiModule:
    pkg = package.package_name
    models = {ref.name for op in api.operations for node in _nodes(op) for ref in model_refs(node)}
    taken = frozenset(models | {api.name, naming.async_class_name(api.name)})
    names = ModuleNames(pkg, taken=taken)
    # The arguments are checked at run time (runtime `_validation`): what their annotations name
    # is collected apart, to be imported when a method is first called.
    arguments = ModuleNames(pkg, taken=taken, strict=True)
    operation = names.runtime("_operation", "Operation")
    client, optional = names.runtime("api_client", "ApiClient"), names.typing("Optional")
    options = (f"**_options: {arguments.checking('typing_extensions', 'Unpack')}"
               f"[{arguments.checking(f'{pkg}.api_client', 'RequestOptions')}]")
    api_response = names.checking(f"{pkg}.api_response", "ApiResponse")
    descriptors, methods = [], []
    for op in api.operations:
        plain, info, raw, stream, pages, constant = naming.method_family(op.method_name)
        returns = printers.annotation(without_limits(op.returns), names) if op.returns is not None else "None"
        head = f"{constant}: {operation}[{returns}] = {operation}"
        descriptors.append(Code(layout.call(0, head, _descriptor_args(op, names))))
        signature = ["self", *(_signature_item(p, arguments) for p in op.parameters), options]
        args = [p.name for p in op.parameters]
        arg_tuple = "(" + ", ".join(args) + ("," if len(args) == 1 else "") + ")"
        stream_returns = async_stream_returns = None
        if op.stream is not None:
            item = (printers.annotation(without_limits(op.stream.item), names) if op.stream.item is not None
                    else names.checking(f"{pkg}._stream", "ServerSentEvent") if op.stream.events
                    else names.typing("Any"))
            stream_returns = Code(f"{names.checking(f'{pkg}._stream', 'Stream')}[{item}]")
            async_stream_returns = Code(f"{names.checking(f'{pkg}._stream', 'AsyncStream')}[{item}]")
        methods.append(MethodView(
            name=plain, info_name=info, raw_name=raw, stream_name=stream, pages_name=pages,
            docstring=escape.indent_docstring(_docstring(op), 8),
            signature=tuple(map(Code, signature)), returns=Code(returns), info_returns=Code(f"{api_response}[{returns}]"),
            returns_value=op.returns is not None,
            call_args=(Code(constant), Code(arg_tuple), Code("_options")),
            stream_returns=stream_returns, async_stream_returns=async_stream_returns,
            **_pages_view(op, signature, returns, names, optional, (Code(constant), Code(arg_tuple), Code("_options"))),
        ))
    async_client = names.checking(f"{pkg}.async_api_client", "AsyncApiClient")
    rest_response = names.checking(f"{pkg}.rest", "RESTResponseType")
    to_import = {i.alias or i.name: (i.module, i.name) for i in arguments.type_checking}
    validation = layout.dict_call(
        f"_validated = {names.runtime('_validate', 'validation')}",
        [(escape.python_value(local), [escape.python_value(module), escape.python_value(name)])
         for local, (module, name) in sorted(to_import.items())])
    checking = {Import("httpx")} | names.type_checking | arguments.type_checking
    imports = names.imports | arguments.imports | {Import("typing", "TYPE_CHECKING")}
    description = api.description or f"Operations tagged {api.tag!r}."
    return ApiModule(
        name=api.name, async_name=naming.async_class_name(api.name),
        docstring_line=Code(f"{api.name}: the operations tagged "
                            f"{escape.docstring_line(escape.python_value(api.tag))} of "
                            f"{escape.docstring_line(package.title)}."),
        class_docstring=escape.indent_docstring(escape.docstring(description), 4),
        validation=Code(validation),
        optional=Code(optional), client_class=Code(client), async_client_class=Code(async_client),
        rest_response=Code(rest_response),
        imports=tuple(map(Code, render_imports(imports, pkg))),
        type_checking=tuple(map(Code, render_imports(checking, pkg, indent=4))),
        descriptors=tuple(descriptors), methods=tuple(methods),
    )


def _pages_view(op: Operation, signature: list[str], returns: str, names: ModuleNames,
                optional: str, call_args: tuple[Code, ...]) -> dict[str, Any]:
    """The `_pages` method of a paginated operation: its signature (the operation's, and how many
    pages at most) and return types."""
    if op.pagination is None:
        return {}
    pkg = names.package
    pages = [*signature[:-1], f"_max_pages: {optional}[int] = None", signature[-1]]
    return {"pages_signature": tuple(map(Code, pages)), "pages_call_args": (*call_args, Code("_max_pages")),
            "pages_returns": Code(f"{names.checking(f'{pkg}._pages', 'Pages')}[{returns}]"),
            "async_pages_returns": Code(f"{names.checking(f'{pkg}._pages', 'AsyncPages')}[{returns}]")}


def _nodes(op: Operation) -> list[TypeNode]:
    return [p.type for p in op.parameters] + ([op.returns] if op.returns is not None else [])


def accepts_dict(node: TypeNode) -> TypeNode:
    """A request argument typed by an object or union model also takes a plain dict."""
    if isinstance(node, Nullable):
        return Nullable(accepts_dict(node.inner))
    if isinstance(node, ModelRef) and node.kind in (ModelKind.OBJECT, ModelKind.UNION):
        return UnionOf((node, FreeForm(declared_map=True)))
    return node


def parameter_annotation(param: Parameter, names: ModuleNames) -> str:
    node = accepts_dict(strip(param.type) if param.location is Location.BODY else param.type)
    return printers.annotation(node if param.required else printers.optional(node), names)


def _signature_item(param: Parameter, names: ModuleNames) -> str:
    annotation = parameter_annotation(param, names)
    return f"{param.name}: {annotation}" + ("" if param.required else " = None")


def _docstring(op: Operation) -> str:
    parts = ["Deprecated: this operation may be removed from the API." if op.deprecated else "",
             op.summary, op.description]
    return escape.docstring("\n\n".join(p for p in parts if p) or f"{op.http_method} {op.path}")


def _descriptor_args(op: Operation, names: ModuleNames) -> list[str]:
    args: list[str] = [escape.python_value(op.http_method), escape.python_value(op.path)]
    if op.parameters:
        param_class = names.runtime("_operation", "Param")
        items = [f"{param_class}({', '.join(_param_args(p))})" for p in op.parameters]
        args.append(f"params=({', '.join(items)}{',' if len(items) == 1 else ''})")
    for keyword, values in (("content_types", op.body_media_types), ("accepts", op.accepts)):
        if values:
            texts = [escape.python_value(v) for v in values]
            args.append(f"{keyword}=({', '.join(texts)}{',' if len(texts) == 1 else ''})")
    # Statuses without a body need no entry: an undocumented status decodes the same way.
    returns = [f"{escape.python_value(r.status)}: {printers.runtime_type(r.type, names)}"
               for r in op.responses if r.type is not None]
    if returns:
        args.append("returns={" + ", ".join(returns) + "}")
    if op.auth:
        texts = [escape.python_value(a) for a in op.auth]
        args.append(f"auth=({', '.join(texts)}{',' if len(texts) == 1 else ''})")
    if op.servers:  # `_host_index` picks one; Configuration.server_operation_index is keyed by name
        texts = [escape.python_value(server_data(server)) for server in op.servers]
        args.append(f"servers=({', '.join(texts)}{',' if len(texts) == 1 else ''})")
        args.append(f"name={escape.python_value(op.method_name)}")
    if op.pagination is not None:
        rule = op.pagination
        fields: list[str] = [escape.python_value(v) for v in (rule.style, rule.param, rule.results)]
        fields += [f"{key}={escape.python_value(value)}" for key, value in
                   (("next", rule.next), ("has_more", rule.has_more), ("limit", rule.limit)) if value]
        args.append(f"pagination={names.runtime('_pages', 'Pagination')}({', '.join(fields)})")
    if op.stream is not None:
        item = printers.runtime_type(op.stream.item, names) if op.stream.item is not None else "None"
        args.append(f"stream=({escape.python_value(op.stream.media_type)}, {item}, "
                    f"{escape.python_value(op.stream.terminator)})")
    return args


def _param_args(param: Parameter) -> list[str]:
    where = "file" if param.location is Location.FORM and is_file_upload(param.type) else param.location.value
    args: list[str] = [escape.python_value(param.name), escape.python_value(where)]
    if param.wire_name != param.name:
        args.append(escape.python_value(param.wire_name))
    default_style = _DEFAULT_STYLE.get(param.location)
    if default_style is not None:
        if param.style and param.style != default_style:
            args.append(f"style={escape.python_value(param.style)}")
        if param.explode != (param.style == "form"):
            args.append(f"explode={param.explode!r}")
    if param.required and param.location is not Location.PATH:
        args.append("required=True")
    if param.allow_reserved and param.location is Location.QUERY:
        args.append("allow_reserved=True")
    if param.content_type:
        args.append(f"content={escape.python_value(param.content_type)}")
    return args


def api_modules(package: Package) -> list[ApiModule]:
    return [api_module(package, api) for api in package.apis]
