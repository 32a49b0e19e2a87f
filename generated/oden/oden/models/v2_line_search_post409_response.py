"""V2LineSearchPost409Response: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar

from oden._model import ApiModel, resolve_references


class V2LineSearchPost409Response(ApiModel):
    """V2LineSearchPost409Response"""

    entity_name: str
    num_matches: int
    error: str
    retryable: bool
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2LineSearchPost409Response, {})
