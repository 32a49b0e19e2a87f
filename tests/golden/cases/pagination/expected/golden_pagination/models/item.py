"""Item: a model of Pagination."""

from __future__ import annotations

from golden_pagination._model import ApiModel


class Item(ApiModel):
    """Item"""

    id: int
