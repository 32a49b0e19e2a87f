"""CursorPage: a model of Pagination."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_pagination._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_pagination.models.cursor_page_meta import CursorPageMeta
    from golden_pagination.models.item import Item


class CursorPage(ApiModel):
    """CursorPage"""

    data: Optional[list[Item]] = None
    meta: Optional[CursorPageMeta] = None


resolve_references(
    CursorPage,
    {
        "Item": "golden_pagination.models.item",
        "CursorPageMeta": "golden_pagination.models.cursor_page_meta",
    },
)
