"""ModelOutputFieldList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ModelOutputFieldList(ApiModel):
    """ModelOutputFieldList"""

    name: str
    data_type: str
