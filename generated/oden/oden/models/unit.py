"""Unit: a model of Oden API."""

from __future__ import annotations

from typing import Optional

from oden._model import ApiModel


class Unit(ApiModel):
    """A Unit describes a unit of measurement."""

    id: Optional[int] = None
    symbol: Optional[str] = None
    name: Optional[str] = None
    kind_of_quantity: Optional[str] = None
