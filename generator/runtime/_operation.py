"""Static descriptions of the API's operations, read by the API clients to build requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, Optional, TypeVar

from ._types import TypeSpec

T = TypeVar("T")
_NO_TYPES: Mapping[str, TypeSpec] = {}


class Param:
    """One argument of an operation: its Python name, where it goes, and its name on the wire
    (when that differs), with the OpenAPI style of a query, header or cookie parameter."""

    __slots__ = (
        "allow_reserved",
        "content",
        "explode",
        "name",
        "required",
        "style",
        "where",
        "wire",
    )

    def __init__(
        self,
        name: str,
        where: str,  # path | query | header | cookie | body | form | file (a form field that is a file)
        wire: Optional[str] = None,
        style: str = "",
        explode: Optional[bool] = None,
        required: bool = False,
        allow_reserved: bool = False,
        content: str = "",
    ) -> None:
        self.name = name
        self.where = where
        self.wire = name if wire is None else wire
        self.style = style
        # OpenAPI's default: explode for style form (query, cookie and form fields), not otherwise.
        default_style = "simple" if where in ("path", "header") else "form"
        self.explode = (style or default_style) == "form" if explode is None else explode
        # Path parameters always are; None for any other required one is refused, not dropped.
        self.required = required or where == "path"
        self.allow_reserved = allow_reserved  # query: reserved characters sent unencoded
        # A `content` parameter's media type: the value is sent as one text (JSON for JSON).
        self.content = content


class Operation(Generic[T]):
    """What the API client needs to call one operation; `T` is what a 2xx answer decodes into.

    The API methods pass their arguments as a tuple in the order of `params`.
    """

    __slots__ = (
        "accepts",
        "auth",
        "content_types",
        "decoders",
        "method",
        "name",
        "pagination",
        "params",
        "path",
        "returns",
        "servers",
        "stream",
    )

    def __init__(
        self,
        method: str,
        path: str,
        params: tuple[Param, ...] = (),
        content_types: tuple[str, ...] = (),
        accepts: tuple[str, ...] = (),
        returns: Mapping[str, TypeSpec] = _NO_TYPES,
        auth: tuple[str, ...] = (),
        servers: tuple[Mapping[str, Any], ...] = (),
        name: str = "",
        stream: Optional[tuple[str, Optional[TypeSpec], Optional[str]]] = None,
        pagination: Any = None,
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.content_types = content_types
        self.accepts = accepts
        # status code ("200", "4XX", "default") -> the body's type; statuses without a body are left out
        self.returns = returns
        self.auth = auth
        # The operation's own servers (as SERVERS in _package.py), which `_host_index` picks from.
        self.servers = servers
        self.name = name  # the method's name: the key of Configuration.server_operation_index
        self.decoders: dict[str, Any] = {}  # status key -> pydantic TypeAdapter, built on first use
        # A streaming 2xx, read by `_stream`: ("sse" | "json-seq", the type of one item or None,
        # the item that ends the stream or None)
        self.stream = stream
        self.pagination = pagination  # a `_pages.Pagination`: how an answer leads to the next page

    def __repr__(self) -> str:
        return f"Operation({self.method!r}, {self.path!r})"
