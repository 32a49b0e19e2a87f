"""ScrapYieldData: a model of Oden API."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Optional
from uuid import UUID

from pydantic import Field

from oden._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match
    from oden.models.scrap_yield_schema import ScrapYieldSchema


class ScrapYieldData(ApiNullableModel):
    """An object representing scrap and yield data for a line for a particular run or batch interval. Data can be sent unstructured in the `raw_data` field as long as we have a scrap/yield schema for the factory."""

    raw_data: Optional[str] = None
    id: Optional[UUID] = None
    var_schema: Optional[ScrapYieldSchema] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    timestamp: Optional[datetime] = None
    match: Optional[Match] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"timestamp"})


resolve_references(
    ScrapYieldData,
    {
        "ScrapYieldSchema": "oden.models.scrap_yield_schema",
        "Match": "oden.models.match",
    },
)
