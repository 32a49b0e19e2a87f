"""V2IntervalsDeletePost200Response: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references


class V2IntervalsDeletePost200Response(ApiModel):
    """V2IntervalsDeletePost200Response"""

    num_deleted: Optional[int] = Field(default=None)
    failed_intervals: Optional[list[str]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2IntervalsDeletePost200Response, {})
