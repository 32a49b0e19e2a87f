"""QualitySchema: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.match import Match


class QualitySchema(ApiModel):
    """A schema for quality tests. Note: the id is currently implemented as a string, but that string should be a stringified integer."""

    id: Optional[str] = None
    factory: Optional[Factory] = None
    var_schema: Optional[str] = Field(
        default=None, validation_alias="schema", serialization_alias="schema"
    )
    description: Optional[str] = None
    match: Optional[Match] = None


resolve_references(
    QualitySchema,
    {
        "Factory": "oden.models.factory",
        "Match": "oden.models.match",
    },
)
