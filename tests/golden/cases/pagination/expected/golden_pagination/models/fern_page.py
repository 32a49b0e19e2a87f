"""FernPage: a model of Pagination."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from golden_pagination._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from golden_pagination.models.item import Item


class FernPage(ApiNullableModel):
    """FernPage"""

    items: Optional[list[Item]] = None
    next_cursor: Optional[str] = None
    has_more: Optional[bool] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"next_cursor"})


resolve_references(
    FernPage,
    {
        "Item": "golden_pagination.models.item",
    },
)
