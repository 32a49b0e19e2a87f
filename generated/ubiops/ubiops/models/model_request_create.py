"""ModelRequestCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ModelRequestCreate(ApiModel):
    """ModelRequestCreate"""

    model_input_field_1: Optional[str] = None
    model_input_field_2: Optional[int] = None
