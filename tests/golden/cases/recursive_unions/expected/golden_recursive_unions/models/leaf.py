"""Leaf: a model of Recursive unions."""

from __future__ import annotations

from golden_recursive_unions._model import ApiModel


class Leaf(ApiModel):
    """Leaf"""

    kind: str
    value: int
