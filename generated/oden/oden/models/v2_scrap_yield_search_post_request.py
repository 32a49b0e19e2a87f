"""V2ScrapYieldSearchPostRequest: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.scrap_yield_data import ScrapYieldData


class V2ScrapYieldSearchPostRequest(ApiModel):
    """V2ScrapYieldSearchPostRequest"""

    data: Optional[ScrapYieldData] = None
    interval: Interval


resolve_references(
    V2ScrapYieldSearchPostRequest,
    {
        "ScrapYieldData": "oden.models.scrap_yield_data",
        "Interval": "oden.models.interval",
    },
)
