"""Metrics: a model of UbiOps."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class Metrics(ApiModel):
    """Metrics"""

    value: Optional[float] = Field(default=None)
    start_time: Optional[datetime] = Field(default=None)
    end_time: Optional[datetime] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Metrics, {})
