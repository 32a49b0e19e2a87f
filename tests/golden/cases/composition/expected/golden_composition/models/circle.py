"""Circle: a model of Composition."""

from __future__ import annotations

from golden_composition._model import ApiModel


class Circle(ApiModel):
    """Circle"""

    kind: str
    radius: float
