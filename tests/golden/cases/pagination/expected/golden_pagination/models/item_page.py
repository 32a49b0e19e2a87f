"""ItemPage: a model of Pagination."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_pagination._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_pagination.models.item import Item


class ItemPage(ApiModel):
    """ItemPage"""

    items: Optional[list[Item]] = None


resolve_references(
    ItemPage,
    {
        "Item": "golden_pagination.models.item",
    },
)
