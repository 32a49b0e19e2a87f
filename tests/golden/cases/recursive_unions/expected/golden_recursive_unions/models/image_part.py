"""ImagePart: a model of Recursive unions."""

from __future__ import annotations

from golden_recursive_unions._model import ApiModel


class ImagePart(ApiModel):
    """ImagePart"""

    type: str
    url: str
