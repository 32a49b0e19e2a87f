"""AttachmentsList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Optional

from pydantic import Field

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.attachment_fields_list import AttachmentFieldsList


class AttachmentsList(ApiModel):
    """AttachmentsList"""

    id: Optional[str] = Field(default=None)
    source_name: Optional[str] = Field(default=None)
    destination_name: Optional[str] = Field(default=None)
    mapping: Optional[list[AttachmentFieldsList]] = Field(default=None)
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(
    AttachmentsList, {"AttachmentFieldsList": "ubiops.models.attachment_fields_list"}
)
