"""Scalar: one of several shapes, in Composition."""

from __future__ import annotations

from typing import Union

from golden_composition._model import ApiRootModel


class Scalar(ApiRootModel):
    """Scalar

    One of: str, int."""

    root: Union[str, int]
