"""V2LineSearchPost400Response: a model of Oden API."""

from __future__ import annotations

from oden._model import ApiModel


class V2LineSearchPost400Response(ApiModel):
    """V2LineSearchPost400Response"""

    error: str
    name: str
    retryable: bool
