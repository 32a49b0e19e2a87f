"""ModelOutputFieldCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ModelOutputFieldCreate(ApiModel):
    """ModelOutputFieldCreate"""

    name: str
    data_type: str
