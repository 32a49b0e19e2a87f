"""ModelVersionFileUpload: a model of UbiOps."""

from __future__ import annotations

from typing import Optional

from ubiops._model import ApiModel


class ModelVersionFileUpload(ApiModel):
    """ModelVersionFileUpload"""

    file: Optional[str] = None
