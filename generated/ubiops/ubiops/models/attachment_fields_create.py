"""AttachmentFieldsCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class AttachmentFieldsCreate(ApiModel):
    """AttachmentFieldsCreate"""

    source_field_name: Annotated[str, Limits(min_length=1)]
    destination_field_name: Annotated[str, Limits(min_length=1)]
