"""ModelInputFieldList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ModelInputFieldList(ApiModel):
    """ModelInputFieldList"""

    name: str
    data_type: str
