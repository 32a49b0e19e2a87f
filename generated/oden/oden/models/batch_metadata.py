"""BatchMetadata: a model of Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from oden._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from oden.models.interval import Interval


class BatchMetadata(ApiModel):
    """Metadata associated with a batch interval"""

    run: Optional[Interval] = None


resolve_references(
    BatchMetadata,
    {
        "Interval": "oden.models.interval",
    },
)
