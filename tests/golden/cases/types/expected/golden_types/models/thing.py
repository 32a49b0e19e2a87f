"""Thing: a model of Types."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar, Optional

from pydantic import Field

from golden_types._model import ApiModel


class Thing(ApiModel):
    """Thing"""

    when: datetime
    day: Optional[date] = None
    at: Optional[str] = None
    id: Optional[str] = None
    raw: Optional[str] = None
    price: Optional[Decimal] = None
    email: Optional[str] = None
    homepage: Optional[str] = None
    count: int
    big: Optional[int] = None
    ratio: Optional[float] = None
    precise: Optional[float] = None
    ok: Optional[bool] = Field(default=True)
    label: Optional[str] = Field(default="abc")
    note: Optional[str] = None
    tags: Optional[list[str]] = None
    matrix: Optional[list[list[float]]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"note"})
