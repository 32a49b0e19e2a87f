"""RunMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.product import Product
    from oden.models.target import Target


class RunMetadata(ApiModel):
    """Metadata associated with a run interval"""

    product: Optional[Product] = Field(default=None)
    target: Optional[Target] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(RunMetadata, {"Product": "oden.models.product", "Target": "oden.models.target"})
