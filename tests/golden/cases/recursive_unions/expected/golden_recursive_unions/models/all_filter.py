"""AllFilter: a model of Recursive unions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from golden_recursive_unions._model import ApiModel, resolve_references

if TYPE_CHECKING:
    from golden_recursive_unions.models.filter import Filter


class AllFilter(ApiModel):
    """AllFilter"""

    all: list[Filter]


resolve_references(
    AllFilter,
    {
        "Filter": "golden_recursive_unions.models.filter",
    },
)
