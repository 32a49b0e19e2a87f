"""Error: a model of Streams."""

from __future__ import annotations

from typing import Optional

from golden_streams._model import ApiModel


class Error(ApiModel):
    """Error"""

    message: Optional[str] = None
