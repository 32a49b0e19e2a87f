"""RunMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.product import Product
    from oden.models.target import Target


class RunMetadata(ApiModel):
    """Metadata associated with a run interval"""

    product: Optional[Product] = None
    target: Optional[Target] = None


resolve_references(
    RunMetadata,
    {
        "Product": "oden.models.product",
        "Target": "oden.models.target",
    },
)
