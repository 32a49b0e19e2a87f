"""Animal: a model of Composition."""

from __future__ import annotations

from typing import ClassVar, Optional

from golden_composition._model import ApiModel


class Animal(ApiModel):
    """Animal"""

    name: str
    id: Optional[int] = None
    secret: Optional[str] = None
    __read_only__: ClassVar[frozenset[str]] = frozenset({"id"})
