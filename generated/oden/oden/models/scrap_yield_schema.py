"""ScrapYieldSchema: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.unit import Unit


class ScrapYieldSchema(ApiModel):
    """Scrap yield schema represents a factory's scrap/yield data ingestion configuration."""

    id: Optional[str] = Field(default=None)
    factory: Optional[Factory] = Field(default=None)
    scrap_conversion_factor: Optional[float] = Field(default=None)
    scrap_unit: Optional[Unit] = Field(default=None)
    yield_conversion_factor: Optional[float] = Field(default=None)
    yield_unit: Optional[Unit] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(ScrapYieldSchema, {"Factory": "oden.models.factory", "Unit": "oden.models.unit"})
