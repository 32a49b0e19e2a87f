"""Factory: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional
from uuid import UUID

from oden._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class Factory(ApiNullableModel):
    """An entity representing a factory."""

    id: Optional[UUID] = None
    name: Optional[str] = None
    secondary_name: Optional[str] = None
    timezone: Optional[str] = None
    match: Optional[Match] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"secondary_name"})


resolve_references(
    Factory,
    {
        "Match": "oden.models.match",
    },
)
