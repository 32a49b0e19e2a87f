"""Error: a model of pytm4srv machine holds API."""

from __future__ import annotations

from pydantic import Field

from pytm4srv._model import ApiModel


class Error(ApiModel):
    """Error answer of the server."""

    error: str = Field(description="Human-readable description of what went wrong.")
