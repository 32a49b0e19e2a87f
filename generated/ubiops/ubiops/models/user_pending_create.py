"""UserPendingCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class UserPendingCreate(ApiModel):
    """UserPendingCreate"""

    email: str
    password: str
    name: Optional[str] = None
    surname: Optional[str] = None
    terms_conditions: bool
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "surname"})
