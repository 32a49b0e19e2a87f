"""V2ScrapYieldSetPostRequest: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval
    from oden.models.scrap_yield_data import ScrapYieldData


class V2ScrapYieldSetPostRequest(ApiModel):
    """V2ScrapYieldSetPostRequest"""

    data: ScrapYieldData
    interval: Interval


resolve_references(
    V2ScrapYieldSetPostRequest,
    {
        "ScrapYieldData": "oden.models.scrap_yield_data",
        "Interval": "oden.models.interval",
    },
)
