"""V2QualityTestsDeletePostRequest: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line


class V2QualityTestsDeletePostRequest(ApiModel):
    """V2QualityTestsDeletePostRequest"""

    ids: Optional[list[UUID]] = None
    line: Optional[Line] = None
    start_time: Optional[datetime] = None
    end_time: Optional[datetime] = None


resolve_references(
    V2QualityTestsDeletePostRequest,
    {
        "Line": "oden.models.line",
    },
)
