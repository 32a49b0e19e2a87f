"""V2ScrapYieldSearchPostRequest: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.scrap_yield_data import ScrapYieldData


class V2ScrapYieldSearchPostRequest(ApiModel):
    """V2ScrapYieldSearchPostRequest"""

    data: Optional[ScrapYieldData] = Field(default=None)
    interval: Interval
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    V2ScrapYieldSearchPostRequest,
    {"ScrapYieldData": "oden.models.scrap_yield_data", "Interval": "oden.models.interval"},
)
