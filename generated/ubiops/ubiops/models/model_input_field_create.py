"""ModelInputFieldCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ModelInputFieldCreate(ApiModel):
    """ModelInputFieldCreate"""

    name: str
    data_type: str
