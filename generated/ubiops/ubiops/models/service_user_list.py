"""ServiceUserList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from ubiops._model import ApiModel


class ServiceUserList(ApiModel):
    """ServiceUserList"""

    id: Optional[str] = None
    email: str
    name: Optional[str] = None
    creation_date: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name"})
