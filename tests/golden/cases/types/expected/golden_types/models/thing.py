"""Thing: a model of Types."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, ClassVar, Optional, Union
from uuid import UUID

from golden_types._model import ApiNullableModel, Limits


class Thing(ApiNullableModel):
    """Thing"""

    when: datetime
    day: Optional[date] = None
    at: Optional[str] = None
    id: Optional[UUID] = None
    raw: Optional[Union[str, bytes]] = None
    price: Optional[Decimal] = None
    email: Optional[str] = None
    homepage: Optional[str] = None
    count: Annotated[int, Limits(ge=0, le=1000)]
    big: Optional[int] = None
    ratio: Annotated[Optional[float], Limits(multiple_of=0.5)] = None
    precise: Optional[float] = None
    ok: Optional[bool] = True
    label: Annotated[Optional[str], Limits(max_length=20, min_length=1, pattern="^[a-z]+$")] = "abc"
    note: Optional[str] = None
    tags: Annotated[Optional[list[str]], Limits(max_length=5, min_length=0)] = None
    matrix: Optional[list[list[float]]] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"note"})
