"""V2LineSearchPost400Response: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar

from oden._model import ApiModel, resolve_references


class V2LineSearchPost400Response(ApiModel):
    """V2LineSearchPost400Response"""

    error: str
    name: str
    retryable: bool
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(V2LineSearchPost400Response, {})
