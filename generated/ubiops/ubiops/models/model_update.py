"""ModelUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ModelUpdate(ApiModel):
    """ModelUpdate"""

    name: str
    description: Optional[str] = None
