"""ProductAttribute: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.match import Match
    from oden.models.product import Product


class ProductAttribute(ApiModel):
    """An entity representing an attribute of a product such as a color or material"""

    id: Optional[str] = Field(default=None)
    name: Optional[str] = Field(default=None)
    display_name: Optional[str] = Field(default=None)
    value: Optional[str] = Field(default=None)
    product: Optional[Product] = Field(default=None)
    rule_based: Optional[bool] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    ProductAttribute, {"Product": "oden.models.product", "Match": "oden.models.match"}
)
