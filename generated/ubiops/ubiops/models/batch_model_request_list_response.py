"""BatchModelRequestListResponse: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, ClassVar, Literal, Optional

from ubiops._model import ENUM, ApiNullableModel


class BatchModelRequestListResponse(ApiNullableModel):
    """BatchModelRequestListResponse"""

    id: str
    status: Annotated[Literal["pending", "processing", "completed", "failed"], ENUM]
    success: Optional[bool] = None
    time_created: datetime
    time_last_updated: datetime
    __nullable__: ClassVar[frozenset[str]] = frozenset({"success"})
