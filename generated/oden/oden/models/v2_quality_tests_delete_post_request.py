"""V2QualityTestsDeletePostRequest: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line


class V2QualityTestsDeletePostRequest(ApiModel):
    """V2QualityTestsDeletePostRequest"""

    ids: Optional[list[str]] = Field(default=None)
    line: Optional[Line] = Field(default=None)
    start_time: Optional[datetime] = Field(default=None)
    end_time: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2QualityTestsDeletePostRequest, {"Line": "oden.models.line"})
