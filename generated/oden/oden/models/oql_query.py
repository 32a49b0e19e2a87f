"""OQLQuery: a model of Oden API."""

from __future__ import annotations

from oden._model import ApiModel


class OQLQuery(ApiModel):
    """An object representing an OQL query."""

    query: str
