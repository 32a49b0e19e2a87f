"""ModelUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class ModelUpdate(ApiModel):
    """ModelUpdate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    description: Optional[str] = None
