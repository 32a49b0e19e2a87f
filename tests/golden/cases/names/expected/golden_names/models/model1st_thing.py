"""Model1stThing: a model of Names."""

from __future__ import annotations

from typing import Optional

from golden_names._model import ApiModel


class Model1stThing(ApiModel):
    """Model1stThing"""

    list: Optional[list[str]] = None
    type: Optional[str] = None
    id: Optional[str] = None
