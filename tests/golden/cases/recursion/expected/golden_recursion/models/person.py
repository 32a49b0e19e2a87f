"""Person: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from golden_recursion._model import LAZY, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.node import Node


class Person(ApiModel):
    """Person"""

    name: Optional[str] = None
    favourite: Optional[Annotated[Node, LAZY]] = None


resolve_references(
    Person,
    {
        "Node": "golden_recursion.models.node",
    },
    lazy=frozenset({"Node"}),
)
