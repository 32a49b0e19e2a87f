"""OrganizationUserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class OrganizationUserDetail(ApiModel):
    """OrganizationUserDetail"""

    id: str
    email: str
    name: Optional[str] = Field(default=None)
    surname: Optional[str] = Field(default=None)
    status: Optional[str] = Field(default=None)
    admin: Optional[bool] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(OrganizationUserDetail, {})
