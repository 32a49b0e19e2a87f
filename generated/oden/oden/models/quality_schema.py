"""QualitySchema: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.match import Match


class QualitySchema(ApiModel):
    """A schema for quality tests. Note: the id is currently implemented as a string, but that string should be a stringified integer."""

    id: Optional[str] = Field(default=None)
    factory: Optional[Factory] = Field(default=None)
    var_schema: Optional[str] = Field(default=None, alias="schema")
    description: Optional[str] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(QualitySchema, {"Factory": "oden.models.factory", "Match": "oden.models.match"})
