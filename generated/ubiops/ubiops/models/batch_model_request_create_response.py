"""BatchModelRequestCreateResponse: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime

from ubiops._model import ApiModel


class BatchModelRequestCreateResponse(ApiModel):
    """BatchModelRequestCreateResponse"""

    id: str
    status: str
    time_created: datetime
