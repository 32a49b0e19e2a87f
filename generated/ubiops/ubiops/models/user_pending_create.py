"""UserPendingCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class UserPendingCreate(ApiNullableModel):
    """UserPendingCreate"""

    email: Annotated[str, Limits(max_length=254, min_length=1)]
    password: Annotated[str, Limits(max_length=128, min_length=1)]
    name: Optional[Annotated[str, Limits(max_length=256)]] = None
    surname: Optional[Annotated[str, Limits(max_length=256)]] = None
    terms_conditions: bool
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "surname"})
