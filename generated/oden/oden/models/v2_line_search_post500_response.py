"""V2LineSearchPost500Response: a model of Oden API."""

from __future__ import annotations

from uuid import UUID

from oden._model import ApiModel


class V2LineSearchPost500Response(ApiModel):
    """V2LineSearchPost500Response"""

    error: str
    retryable: bool
    id: UUID
