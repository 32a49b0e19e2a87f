"""ProductMapping: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.line import Line
    from oden.models.match import Match
    from oden.models.product import Product


class ProductMapping(ApiModel):
    """An entity representing a product/line mapping. Mappings are simple 1:1 relationships, and as such cannot be modified, only created."""

    product: Optional[Product] = Field(default=None)
    line: Optional[Line] = Field(default=None)
    match: Optional[Match] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    ProductMapping,
    {"Product": "oden.models.product", "Line": "oden.models.line", "Match": "oden.models.match"},
)
