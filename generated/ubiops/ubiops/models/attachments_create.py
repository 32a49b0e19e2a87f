"""AttachmentsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from ubiops._model import ApiModel, Limits, resolve_references

if TYPE_CHECKING:
    from ubiops.models.attachment_fields_create import AttachmentFieldsCreate


class AttachmentsCreate(ApiModel):
    """AttachmentsCreate"""

    source_name: Annotated[str, Limits(min_length=1)]
    destination_name: Annotated[str, Limits(min_length=1)]
    mapping: Optional[list[AttachmentFieldsCreate]] = None


resolve_references(
    AttachmentsCreate,
    {
        "AttachmentFieldsCreate": "ubiops.models.attachment_fields_create",
    },
)
