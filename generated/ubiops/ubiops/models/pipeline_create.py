"""PipelineCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.pipeline_input_field_create import PipelineInputFieldCreate


class PipelineCreate(ApiModel):
    """PipelineCreate"""

    name: str
    description: Optional[str] = Field(default=None)
    input_type: str
    input_fields: Optional[list[PipelineInputFieldCreate]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    PipelineCreate, {"PipelineInputFieldCreate": "ubiops.models.pipeline_input_field_create"}
)
