"""StateCategory: a model of Oden API."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references


class StateCategory(ApiModel):
    """An entity representing a state category. During search, ID will take precedence over name."""

    id: Optional[int] = Field(default=None)
    name: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(StateCategory, {})
