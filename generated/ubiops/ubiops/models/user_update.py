"""UserUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class UserUpdate(ApiModel):
    """UserUpdate"""

    email: str
    password: str
    previous_password: Optional[str] = None
    name: Optional[str] = None
    surname: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name", "surname"})
