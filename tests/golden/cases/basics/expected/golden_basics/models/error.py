"""Error: a model of Pet Store."""

from __future__ import annotations

from golden_basics._model import ApiModel


class Error(ApiModel):
    """Error"""

    code: int
    message: str
