"""Pin: a model of Recursive unions."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_recursive_unions._model import ApiModel


class Pin(ApiModel):
    """Pin"""

    marker_type: str = Field(validation_alias="markerType", serialization_alias="markerType")
    x: Optional[float] = None
    y: Optional[float] = None
