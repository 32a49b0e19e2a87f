"""AttachmentFieldsList: a model of UbiOps."""

from __future__ import annotations

from typing import ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references


class AttachmentFieldsList(ApiModel):
    """AttachmentFieldsList"""

    source_field_name: Optional[str] = Field(default=None)
    destination_field_name: Optional[str] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(AttachmentFieldsList, {})
