"""Unit: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references


class Unit(ApiModel):
    """A Unit describes a unit of measurement."""

    id: Optional[int] = Field(default=None)
    symbol: Optional[str] = Field(default=None)
    name: Optional[str] = Field(default=None)
    kind_of_quantity: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Unit, {})
