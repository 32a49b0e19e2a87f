"""ServiceUserDetail: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class ServiceUserDetail(ApiModel):
    """ServiceUserDetail"""

    id: Optional[str] = None
    email: str
    token: Optional[str] = None
    name: Optional[str] = None
    creation_date: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name"})
