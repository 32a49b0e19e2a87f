"""AttachmentFieldsCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class AttachmentFieldsCreate(ApiModel):
    """AttachmentFieldsCreate"""

    source_field_name: str
    destination_field_name: str
