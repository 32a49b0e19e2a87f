"""Node: one of several shapes, in Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from golden_recursive_unions._model import LAZY, resolve_references
from golden_recursive_unions._union import ApiAnyOf, Members

if TYPE_CHECKING:
    from golden_recursive_unions.models.branch import Branch
    from golden_recursive_unions.models.leaf import Leaf


class Node(ApiAnyOf):
    """Node

    One of: Leaf, Branch."""

    anyof_schema_1_validator: Optional[Leaf] = None
    anyof_schema_2_validator: Optional[Annotated[Branch, LAZY]] = None
    actual_instance: Annotated[
        Optional[Union[Leaf, Annotated[Branch, LAZY]]],
        Members("Node", "anyOf", "kind", {"branch": "Branch", "leaf": "Leaf"}),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    Node,
    {
        "Leaf": "golden_recursive_unions.models.leaf",
        "Branch": "golden_recursive_unions.models.branch",
    },
    lazy=frozenset({"Branch"}),
)
