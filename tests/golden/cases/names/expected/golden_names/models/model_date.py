"""ModelDate: a model of Names."""

from __future__ import annotations

from typing import Optional

from golden_names._model import ApiModel


class ModelDate(ApiModel):
    """ModelDate"""

    value: Optional[str] = None
