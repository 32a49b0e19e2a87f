"""Error: a model of pytm4srv machine holds API."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from pytm4srv._model import ApiModel, resolve_references


class Error(ApiModel):
    """Error answer of the server."""

    error: str = Field(description="Human-readable description of what went wrong.")
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()


resolve_references(Error, {})
