"""AttachmentsList: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ubiops._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from ubiops.models.attachment_fields_list import AttachmentFieldsList


class AttachmentsList(ApiModel):
    """AttachmentsList"""

    id: Optional[str] = None
    source_name: Optional[str] = None
    destination_name: Optional[str] = None
    mapping: Optional[list[AttachmentFieldsList]] = None


resolve_references(
    AttachmentsList,
    {
        "AttachmentFieldsList": "ubiops.models.attachment_fields_list",
    },
)
