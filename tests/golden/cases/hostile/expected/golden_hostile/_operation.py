"""Static descriptions of the API's operations, read by the API client to build requests."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple


class Param(NamedTuple):
    """One argument of an operation: its Python name, wire name and where it goes."""

    name: str
    wire: str
    where: str  # path | query | header | cookie | body | form
    style: str = ""
    explode: bool = True


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
