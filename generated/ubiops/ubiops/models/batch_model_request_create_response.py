"""BatchModelRequestCreateResponse: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from ubiops._model import ENUM, ApiModel


class BatchModelRequestCreateResponse(ApiModel):
    """BatchModelRequestCreateResponse"""

    id: str
    status: Annotated[Literal["pending", "processing", "completed", "failed"], ENUM]
    time_created: datetime
