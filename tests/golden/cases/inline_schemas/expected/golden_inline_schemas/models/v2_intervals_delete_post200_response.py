"""V2IntervalsDeletePost200Response: a model of Inline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_inline_schemas._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner import (
        V2IntervalsDeletePost200ResponseItemsInner,
    )


class V2IntervalsDeletePost200Response(ApiModel):
    """V2IntervalsDeletePost200Response"""

    deleted: Optional[int] = None
    items: Optional[list[V2IntervalsDeletePost200ResponseItemsInner]] = None


resolve_references(
    V2IntervalsDeletePost200Response,
    {
        "V2IntervalsDeletePost200ResponseItemsInner": "golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner",
    },
)
