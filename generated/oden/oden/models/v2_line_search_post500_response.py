"""V2LineSearchPost500Response: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar

from oden._model import ApiModel, resolve_references


class V2LineSearchPost500Response(ApiModel):
    """V2LineSearchPost500Response"""

    error: str
    retryable: bool
    id: str
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2LineSearchPost500Response, {})
