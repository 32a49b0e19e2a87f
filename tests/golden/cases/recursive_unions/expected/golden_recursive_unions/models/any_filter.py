"""AnyFilter: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from golden_recursive_unions._model import LAZY, ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.filter import Filter


class AnyFilter(ApiModel):
    """AnyFilter"""

    any: list[Annotated[Filter, LAZY]]


resolve_references(
    AnyFilter,
    {
        "Filter": "golden_recursive_unions.models.filter",
    },
    lazy=frozenset({"Filter"}),
)
