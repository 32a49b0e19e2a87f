"""Factory: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class Factory(ApiModel):
    """An entity representing a factory."""

    id: Optional[str] = None
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
