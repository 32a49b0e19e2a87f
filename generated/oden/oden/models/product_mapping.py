"""ProductMapping: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line
    from oden.models.match import Match
    from oden.models.product import Product


class ProductMapping(ApiModel):
    """An entity representing a product/line mapping. Mappings are simple 1:1 relationships, and as such cannot be modified, only created."""

    product: Optional[Product] = None
    line: Optional[Line] = None
    match: Optional[Match] = None


resolve_references(
    ProductMapping,
    {
        "Product": "oden.models.product",
        "Line": "oden.models.line",
        "Match": "oden.models.match",
    },
)
