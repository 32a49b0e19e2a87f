"""BatchMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval


class BatchMetadata(ApiModel):
    """Metadata associated with a batch interval"""

    run: Optional[Interval] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(BatchMetadata, {"Interval": "oden.models.interval"})
