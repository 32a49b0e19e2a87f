"""Line: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.factory import Factory
    from oden.models.match import Match


class Line(ApiModel):
    """An entity representing a single line of production."""

    id: Optional[str] = Field(default=None)
    name: Optional[str] = Field(default=None)
    secondary_name: Optional[str] = Field(default=None)
    factory: Optional[Factory] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Line, {"Factory": "oden.models.factory", "Match": "oden.models.match"})
