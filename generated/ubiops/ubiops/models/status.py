"""Status: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar

from ubiops._model import ApiModel, resolve_references


class Status(ApiModel):
    """Status"""

    status: str
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Status, {})
