"""Product: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match


class Product(ApiModel):
    """An entity representing a product"""

    id: Optional[UUID] = None
    name: Optional[str] = None
    match: Optional[Match] = None


resolve_references(
    Product,
    {
        "Match": "oden.models.match",
    },
)
