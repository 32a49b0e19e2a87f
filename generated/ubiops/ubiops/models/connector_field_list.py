"""ConnectorFieldList: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ConnectorFieldList(ApiModel):
    """ConnectorFieldList"""

    name: str
    data_type: str
