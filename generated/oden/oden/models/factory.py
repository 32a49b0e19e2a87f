"""Factory: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class Factory(ApiModel):
    """An entity representing a factory."""

    id: Optional[str] = Field(default=None)
    name: Optional[str] = Field(default=None)
    secondary_name: Optional[str] = Field(default=None)
    timezone: Optional[str] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset({"secondary_name"})


resolve_references(Factory, {"Match": "oden.models.match"})
