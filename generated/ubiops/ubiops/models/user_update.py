"""UserUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class UserUpdate(ApiModel):
    """UserUpdate"""

    email: str
    password: str
    previous_password: Optional[str] = Field(default=None)
    name: Optional[str] = Field(default=None)
    surname: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "surname"})


resolve_references(UserUpdate, {})
