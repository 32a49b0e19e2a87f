"""Pet: a model of Pet Store."""

from __future__ import annotations

from typing import Optional

from pydantic import Field

from golden_basics._model import ApiModel


class Pet(ApiModel):
    """Pet"""

    name: str = Field(description="The pet's name.")
    tag: Optional[str] = None
    id: int
