"""PipelineRequestCreate: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class PipelineRequestCreate(ApiModel):
    """PipelineRequestCreate"""

    pipeline_input_field_1: Optional[str] = Field(default=None)
    pipeline_input_field_2: Optional[int] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(PipelineRequestCreate, {})
