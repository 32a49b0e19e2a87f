"""ConnectorFieldCreate: a model of UbiOps."""

from __future__ import annotations

from ubiops._model import ApiModel


class ConnectorFieldCreate(ApiModel):
    """ConnectorFieldCreate"""

    name: str
    data_type: str
