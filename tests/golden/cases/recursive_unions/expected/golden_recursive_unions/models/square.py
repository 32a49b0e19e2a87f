"""Square: a model of Recursive unions."""

from __future__ import annotations

from pydantic import Field

from golden_recursive_unions._model import ApiModel


class Square(ApiModel):
    """Square"""

    shape_type: str = Field(validation_alias="shapeType", serialization_alias="shapeType")
    side: float
