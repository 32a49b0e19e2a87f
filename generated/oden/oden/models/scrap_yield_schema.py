"""ScrapYieldSchema: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.unit import Unit


class ScrapYieldSchema(ApiModel):
    """Scrap yield schema represents a factory's scrap/yield data ingestion configuration."""

    id: Optional[UUID] = None
    factory: Optional[Factory] = None
    scrap_conversion_factor: Optional[float] = None
    scrap_unit: Optional[Unit] = None
    yield_conversion_factor: Optional[float] = None
    yield_unit: Optional[Unit] = None


resolve_references(
    ScrapYieldSchema,
    {
        "Factory": "oden.models.factory",
        "Unit": "oden.models.unit",
    },
)
