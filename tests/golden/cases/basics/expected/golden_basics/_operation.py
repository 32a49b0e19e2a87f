"""Static descriptions of the API's operations, read by the API client to build requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, Optional


class Param:
    """One argument of an operation: its Python name, where it goes, and its name on the wire
    (when that differs), with the OpenAPI style of a query, header or cookie parameter."""

    __slots__ = ("explode", "name", "required", "style", "where", "wire")

    def __init__(
        self,
        name: str,
        where: str,  # path | query | header | cookie | body | form | file (a form field that is a file)
        wire: Optional[str] = None,
        style: str = "",
        explode: bool = True,
        required: bool = False,
    ) -> None:
        self.name = name
        self.where = where
        self.wire = name if wire is None else wire
        self.style = style
        self.explode = explode
        # Path parameters always are; None for any other required one is refused, not dropped.
        self.required = required or where == "path"


class Operation(NamedTuple):
    """What the API client needs to call one operation."""

    method: str
    path: str
    params: tuple[Param, ...] = ()
    content_types: tuple[str, ...] = ()
    accepts: tuple[str, ...] = ()
    # status code ("200", "4XX", "default") -> type expression of the body ("" for none)
    returns: Mapping[str, str] = {}
    auth: tuple[str, ...] = ()
