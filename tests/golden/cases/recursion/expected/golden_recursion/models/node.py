"""Node: a model of Recursion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

from golden_recursion._model import LAZY, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursion.models.person import Person


class Node(ApiModel):
    """Node"""

    value: Optional[int] = None
    children: Optional[list[Annotated[Node, LAZY]]] = None
    owner: Optional[Person] = None


resolve_references(
    Node,
    {
        "Person": "golden_recursion.models.person",
    },
    lazy=frozenset({"Node"}),
)
