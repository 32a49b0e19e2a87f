"""BatchPipelineRequestListResponse: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from ubiops._model import ApiModel


class BatchPipelineRequestListResponse(ApiModel):
    """BatchPipelineRequestListResponse"""

    id: str
    status: str
    success: Optional[bool] = None
    time_created: datetime
    time_last_updated: datetime
    __nullable__: ClassVar[frozenset[str]] = frozenset({"success"})
