"""V2IntervalsDeletePostRequest: a model of Inline."""

from __future__ import annotations

from typing import Optional

from golden_inline_schemas._model import ApiModel


class V2IntervalsDeletePostRequest(ApiModel):
    """V2IntervalsDeletePostRequest"""

    ids: Optional[list[str]] = None
