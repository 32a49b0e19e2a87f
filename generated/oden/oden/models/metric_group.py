"""MetricGroup: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class MetricGroup(ApiModel):
    """An object representing a metric group; a grouping of like metrics across lines, factories."""

    name: Optional[str] = Field(default=None)
    description: Optional[str] = Field(default=None)
    id: Optional[str] = Field(default=None)
    unit_kind_of_quantity: Optional[str] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(MetricGroup, {"Match": "oden.models.match"})
