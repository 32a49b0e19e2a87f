"""Date: a model of Names."""

from __future__ import annotations

from typing import Optional

from golden_names._model import ApiModel


class Date(ApiModel):
    """Date"""

    value: Optional[str] = None
