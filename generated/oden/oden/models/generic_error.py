"""GenericError: a model of Oden API."""

from __future__ import annotations

from oden._model import ApiModel


class GenericError(ApiModel):
    """GenericError"""

    error: str
    retryable: bool
