"""UserPendingCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class UserPendingCreate(ApiModel):
    """UserPendingCreate"""

    email: str
    password: str
    name: Optional[str] = Field(default=None)
    surname: Optional[str] = Field(default=None)
    terms_conditions: bool
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "surname"})


resolve_references(UserPendingCreate, {})
