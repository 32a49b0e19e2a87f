"""V2IntervalsDeletePost200ResponseItemsInner: a model of Inline."""

from __future__ import annotations

from typing import Optional

from golden_inline_schemas._model import ApiModel


class V2IntervalsDeletePost200ResponseItemsInner(ApiModel):
    """V2IntervalsDeletePost200ResponseItemsInner"""

    id: Optional[str] = None
