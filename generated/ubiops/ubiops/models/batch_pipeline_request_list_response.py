"""BatchPipelineRequestListResponse: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class BatchPipelineRequestListResponse(ApiModel):
    """BatchPipelineRequestListResponse"""

    id: str
    status: str
    success: Optional[bool] = Field(default=None)
    time_created: datetime
    time_last_updated: datetime
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"success"})


resolve_references(BatchPipelineRequestListResponse, {})
