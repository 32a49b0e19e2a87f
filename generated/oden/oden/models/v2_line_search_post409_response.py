"""V2LineSearchPost409Response: a model of Oden API."""

from __future__ import annotations

from oden._model import ApiModel


class V2LineSearchPost409Response(ApiModel):
    """V2LineSearchPost409Response"""

    entity_name: str
    num_matches: int
    error: str
    retryable: bool
