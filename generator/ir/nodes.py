"""The intermediate representation: final names beside wire names, types as trees, data as values.

No field holds source text. `plan.py` and the view modules print these into code and docs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from generator.ir.typetree import Discriminator, ModelKind, TypeNode

__all__ = [
    "NO_VALUE",
    "ApiClass",
    "EnumMember",
    "Location",
    "Model",
    "ModelKind",
    "Operation",
    "Package",
    "Pagination",
    "Parameter",
    "Property",
    "Response",
    "SecurityScheme",
    "Server",
    "ServerVariable",
    "Stream",
]


class _NoValue:
    """No default / no example (None is a value: JSON null)."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Any = _NoValue()


class Location(str, Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"
    BODY = "body"
    FORM = "form"


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True)
class Property:
    name: str  # Python identifier
    wire_name: str
    type: TypeNode  # Nullable when the schema allows null; never wrapped for "not required"
    required: bool
    read_only: bool = False
    description: str = ""
    default: Any = NO_VALUE
    # Other names the constructor takes for it (OpenAPI Generator 7.x's `var_date`); never sent.
    aliases: tuple[str, ...] = ()

    @property
    def optional(self) -> bool:
        """Whether the field may be left out when a model is built (so it defaults to None)."""
        return not self.required or self.read_only


@dataclass(frozen=True)
class Model:
    name: str
    module: str
    kind: ModelKind
    description: str
    properties: tuple[Property, ...] = ()
    additional: TypeNode | None = None  # the type of typed additionalProperties
    enum_members: tuple[EnumMember, ...] = ()
    enum_is_int: bool = False
    union: TypeNode | None = None  # the root type of a UNION (or ROOT) model
    union_kind: str = "oneOf"  # oneOf | anyOf
    # (wire name of the property, ((its value, class name), ...)): a discriminator's choice
    discriminator: Discriminator | None = None
    example: Any = NO_VALUE  # a JSON example of the whole model, for docs


@dataclass(frozen=True)
class Parameter:
    name: str  # Python identifier
    wire_name: str
    location: Location
    type: TypeNode
    required: bool
    description: str = ""
    default: Any = NO_VALUE
    example: Any = NO_VALUE
    style: str = ""
    explode: bool = True
    allow_reserved: bool = False
    content_type: str = ""  # a `content` parameter's media type: sent as one serialized value


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    description: str
    type: TypeNode | None  # None: no body
    content_types: tuple[str, ...]
    headers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stream:
    """A 2xx answer read as a sequence of items while it arrives (its own `<method>_stream`)."""

    media_type: str  # text/event-stream, application/x-ndjson, application/jsonl, application/json-seq
    item: TypeNode | None  # one event's data or one JSON text; None: server-sent events as they are
    terminator: str | None = None  # an item that ends the stream (`[DONE]`)

    @property
    def events(self) -> bool:
        return self.media_type == "text/event-stream"


@dataclass(frozen=True)
class Pagination:
    """How one answer of a list operation leads to its next request (`<method>_pages`)."""

    style: str  # cursor | offset | page | url | link
    param: str = ""  # the Python name of the argument the next request changes
    results: tuple[str, ...] = ()  # wire names leading to the items in an answer
    next: tuple[str, ...] = ()  # cursor: the next cursor; url: the next page's URL
    has_more: tuple[str, ...] = ()
    limit: str = ""  # offset: the page-size argument the offset grows by


@dataclass(frozen=True)
class Operation:
    method_name: str
    http_method: str  # upper case
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]  # signature order: required first, then spec order
    body_media_types: tuple[str, ...]
    accepts: tuple[str, ...]
    responses: tuple[Response, ...]
    returns: TypeNode | None  # what the first documented 2xx with a body decodes into
    auth: tuple[str, ...]
    spec_index: int = 0  # position in the spec, for docs that follow the spec's order
    deprecated: bool = False
    servers: tuple[Server, ...] = ()  # the operation's (or its path's) own servers
    stream: Stream | None = None
    pagination: Pagination | None = None


@dataclass(frozen=True)
class ApiClass:
    name: str
    module: str
    tag: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class SecurityScheme:
    name: str
    kind: str  # api_key | http_basic | http_bearer | oauth2
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
class Publishing:
    """What a package index shows beside the description (pyproject.toml's [project])."""

    license: str = ""  # an SPDX expression, or "" when the spec gives none
    authors: tuple[tuple[str, str], ...] = ()  # (name, email): either may be ""
    urls: tuple[tuple[str, str], ...] = ()  # (label, http(s) URL)


@dataclass(frozen=True)
class Package:
    package_name: str
    project_name: str
    version: str
    python_requires: str
    title: str
    description: str
    summary: str  # the description for pyproject.toml (printed on one line)
    api_version: str
    servers: tuple[Server, ...]
    host: str
    security_schemes: tuple[SecurityScheme, ...]
    apis: tuple[ApiClass, ...]
    models: tuple[Model, ...]
    publishing: Publishing = Publishing()
    wire: str = "openapi"  # the wire dialect (settings `wire:`): openapi | openapi-generator
