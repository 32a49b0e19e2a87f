"""StateCategory: a model of Oden API."""

from __future__ import annotations

from typing import Optional

from oden._model import ApiModel


class StateCategory(ApiModel):
    """An entity representing a state category. During search, ID will take precedence over name."""

    id: Optional[int] = None
    name: Optional[str] = None
