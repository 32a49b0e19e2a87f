"""Branch: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from golden_recursive_unions._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.node import Node


class Branch(ApiModel):
    """Branch"""

    kind: str
    children: Optional[dict[str, Node]] = None


resolve_references(
    Branch,
    {
        "Node": "golden_recursive_unions.models.node",
    },
)
