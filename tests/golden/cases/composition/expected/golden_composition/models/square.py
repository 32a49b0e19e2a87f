"""Square: a model of Composition."""

from __future__ import annotations

from golden_composition._model import ApiModel


class Square(ApiModel):
    """Square"""

    kind: str
    side: float
