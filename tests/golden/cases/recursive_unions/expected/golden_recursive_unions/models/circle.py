"""Circle: a model of Recursive unions."""

from __future__ import annotations

from pydantic import Field

from golden_recursive_unions._model import ApiModel


class Circle(ApiModel):
    """Circle"""

    shape_type: str = Field(validation_alias="shapeType", serialization_alias="shapeType")
    radius: float
