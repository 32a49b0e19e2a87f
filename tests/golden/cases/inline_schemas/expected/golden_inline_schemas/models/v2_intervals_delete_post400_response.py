"""V2IntervalsDeletePost400Response: a model of Inline."""

from __future__ import annotations

from typing import Optional

from golden_inline_schemas._model import ApiModel


class V2IntervalsDeletePost400Response(ApiModel):
    """V2IntervalsDeletePost400Response"""

    error: Optional[str] = None
