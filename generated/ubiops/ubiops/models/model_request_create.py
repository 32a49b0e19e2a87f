"""ModelRequestCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Optional

from ubiops._model import ApiModel, Limits


class ModelRequestCreate(ApiModel):
    """ModelRequestCreate"""

    model_input_field_1: Annotated[Optional[str], Limits(min_length=1)] = None
    model_input_field_2: Optional[int] = None
