"""ConnectorFieldCreate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated, Literal

from ubiops._model import ENUM, ApiModel, Limits


class ConnectorFieldCreate(ApiModel):
    """ConnectorFieldCreate"""

    name: Annotated[str, Limits(max_length=64, min_length=1)]
    data_type: Annotated[
        Literal[
            "int", "string", "double", "bool", "array_int", "array_double", "array_string", "blob"
        ],
        ENUM,
    ]
