"""V2IntervalsSetPost200Response: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references


class V2IntervalsSetPost200Response(ApiModel):
    """V2IntervalsSetPost200Response"""

    interval_ids: Optional[list[str]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2IntervalsSetPost200Response, {})
