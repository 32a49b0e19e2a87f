"""GenericError: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar

from oden._model import ApiModel, resolve_references


class GenericError(ApiModel):
    """GenericError"""

    error: str
    retryable: bool
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(GenericError, {})
