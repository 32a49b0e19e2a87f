"""AttachmentFieldsList: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class AttachmentFieldsList(ApiModel):
    """AttachmentFieldsList"""

    source_field_name: Optional[str] = None
    destination_field_name: Optional[str] = None
