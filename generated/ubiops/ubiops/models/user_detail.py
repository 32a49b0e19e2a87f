"""UserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class UserDetail(ApiModel):
    """UserDetail"""

    id: Optional[str] = Field(default=None)
    email: str
    name: Optional[str] = Field(default=None)
    surname: Optional[str] = Field(default=None)
    registration_date: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(UserDetail, {})
