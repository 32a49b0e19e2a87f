"""OQLQuery: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar

from oden._model import ApiModel, resolve_references


class OQLQuery(ApiModel):
    """An object representing an OQL query."""

    query: str
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(OQLQuery, {})
