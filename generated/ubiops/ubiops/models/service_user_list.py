"""ServiceUserList: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, ClassVar, Optional

from ubiops._model import ApiNullableModel, Limits


class ServiceUserList(ApiNullableModel):
    """ServiceUserList"""

    id: Optional[str] = None
    email: Annotated[str, Limits(max_length=254, min_length=1)]
    name: Optional[Annotated[str, Limits(max_length=256)]] = None
    creation_date: Optional[str] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"name"})
