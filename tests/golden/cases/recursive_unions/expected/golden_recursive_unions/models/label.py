"""Label: a model of Recursive unions."""

from __future__ import annotations

from pydantic import Field

from golden_recursive_unions._model import ApiModel


class Label(ApiModel):
    """Label"""

    marker_type: str = Field(validation_alias="markerType", serialization_alias="markerType")
    text: str
