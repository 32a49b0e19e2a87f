"""ProductAttribute: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional
from uuid import UUID

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match
    from oden.models.product import Product


class ProductAttribute(ApiModel):
    """An entity representing an attribute of a product such as a color or material"""

    id: Optional[UUID] = None
    name: Optional[str] = None
    display_name: Optional[str] = None
    value: Optional[str] = None
    product: Optional[Product] = None
    rule_based: Optional[bool] = None
    match: Optional[Match] = None


resolve_references(
    ProductAttribute,
    {
        "Product": "oden.models.product",
        "Match": "oden.models.match",
    },
)
