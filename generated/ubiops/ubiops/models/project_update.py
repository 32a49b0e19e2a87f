"""ProjectUpdate: a model of UbiOps."""

from __future__ import annotations

from typing import Annotated

from ubiops._model import ApiModel, Limits


class ProjectUpdate(ApiModel):
    """ProjectUpdate"""

    name: Annotated[str, Limits(min_length=1)]
