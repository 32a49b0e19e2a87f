"""The intermediate representation: final names, annotations and imports, ready to render.

Templates only print these fields; every decision (a name, a type, an import, a doc string)
is made by the builders that fill them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class ModelKind(str, Enum):
    OBJECT = "object"  # a pydantic BaseModel with fields
    ENUM = "enum"  # a str or int Enum
    UNION = "union"  # oneOf / anyOf: a RootModel over a Union


class Location(str, Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"
    BODY = "body"
    FORM = "form"


@dataclass(frozen=True)
class TypeRef:
    """A Python type for one schema."""

    annotation: str  # as written in generated code: `list[Interval]`
    doc: str  # as OpenAPI Generator's docs show it: `List[Interval]`, `Dict[str, object]`
    models: tuple[str, ...] = ()  # model classes the annotation names
    typing: tuple[str, ...] = ()  # names from `typing` it needs
    stdlib: tuple[str, ...] = ()  # import lines it needs (`from datetime import datetime`)
    doc_link: str = ""  # the model a doc table links to, if any
    is_binary: bool = False
    is_model: bool = False  # a plain model class (dict accepted in requests)


@dataclass(frozen=True)
class EnumMember:
    name: str
    literal: str  # Python literal of the value


@dataclass(frozen=True)
class Property:
    name: str
    wire_name: str
    type: TypeRef
    annotation: str  # final, with Optional[...] where needed
    field_call: str  # `Field(default=None, alias="browserUrl", description=...)` or ``
    declaration: str  # the whole class-body line(s): `browser_url: Optional[str] = Field(...)`
    required: bool
    read_only: bool
    nullable: bool
    description: str
    doc_type: str
    doc_notes: str  # `[optional] [readonly] [default to 5]`


@dataclass(frozen=True)
class Model:
    name: str
    module: str
    kind: ModelKind
    description: str
    docstring: str  # already escaped for a Python string literal body
    properties: tuple[Property, ...] = ()
    enum_members: tuple[EnumMember, ...] = ()
    enum_base: str = "str"
    union_annotation: str = ""  # for UNION models
    union_members: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # other model classes used by this one
    typing_imports: tuple[str, ...] = ()
    stdlib_imports: tuple[str, ...] = ()
    additional_type: str = ""  # value annotation of typed additionalProperties
    read_only_wire: tuple[str, ...] = ()
    nullable_wire: tuple[str, ...] = ()
    imports: tuple[str, ...] = ()  # final import lines of the module
    type_checking_imports: tuple[str, ...] = ()  # imports only type checkers see
    reference_modules: tuple[tuple[str, str], ...] = ()  # (class, module) resolved lazily
    example_json: str = ""  # for docs


@dataclass(frozen=True)
class Parameter:
    name: str  # Python identifier
    wire_name: str
    location: Location
    type: TypeRef
    annotation: str  # final signature annotation
    required: bool
    description: str
    doc_type: str
    doc_notes: str
    example_literal: str
    typing_names: tuple[str, ...] = ()  # what the annotation needs from `typing`
    style: str = ""
    explode: bool = True
    descriptor: str = ""  # `Param("name", "wire", "query")` for the runtime
    signature_item: str = ""  # `name: Optional[int] = None`


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    type_expr: str  # runtime type expression, "" for none
    content_types: tuple[str, ...]
    headers: str = "-"


@dataclass(frozen=True)
class Operation:
    method_name: str
    const_name: str  # module-level descriptor constant
    http_method: str
    path: str
    summary: str
    description: str
    docstring: str
    parameters: tuple[Parameter, ...]  # signature order
    body_media_types: tuple[str, ...]
    accepts: tuple[str, ...]
    return_annotation: str
    return_doc: str
    return_doc_link: str
    return_type_expr: str
    responses: tuple[Response, ...]
    auth: tuple[str, ...]
    models: tuple[str, ...]  # models named in the signature or return type
    typing_names: tuple[str, ...] = ()
    returns_value: bool = False  # whether the plain method returns the body (not None)
    spec_index: int = 0  # position in the spec, for docs that follow the spec's order
    deprecated: bool = False
    signature: tuple[str, ...] = ()  # the method's parameters, `self` first, `**_options` last
    descriptor_args: tuple[str, ...] = ()  # the `Operation(...)` descriptor's arguments, as source


@dataclass(frozen=True)
class ApiClass:
    name: str
    module: str
    tag: str
    description: str
    docstring: str
    operations: tuple[Operation, ...]
    models: tuple[str, ...]  # for TYPE_CHECKING imports
    stdlib_imports: tuple[str, ...]
    imports: tuple[str, ...] = ()
    type_checking_imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # api_key | http_basic | http_bearer | oauth2 | openid
    location: str = ""  # header | query | cookie (api_key)
    param_name: str = ""  # header/query/cookie name (api_key)
    bearer_format: str = ""
    description: str = ""


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Server:
    url: str  # may hold `{variable}`s
    description: str
    variables: tuple[ServerVariable, ...] = ()
    default_url: str = ""  # the url with every variable at its default


@dataclass(frozen=True)
class Package:
    package_name: str
    project_name: str
    version: str
    python_requires: str
    title: str
    description: str
    summary: str
    api_version: str
    servers: tuple[Server, ...]
    host: str
    security_schemes: tuple[SecurityScheme, ...]
    apis: tuple[ApiClass, ...]
    models: tuple[Model, ...]
    extra: dict[str, str] = field(default_factory=dict)
