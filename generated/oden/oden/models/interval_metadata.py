"""IntervalMetadata: one of several shapes, in Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Union

from oden._model import LAZY, ApiRootModel, resolve_references

if TYPE_CHECKING:
    from oden.models.batch_metadata import BatchMetadata
    from oden.models.run_metadata import RunMetadata
    from oden.models.state_metadata import StateMetadata


class IntervalMetadata(ApiRootModel):
    """Metadata about this interval, such as the associated run or the state category. Will differ based on the type of interval.


    One of: BatchMetadata, RunMetadata, StateMetadata, object."""

    root: Union[Annotated[BatchMetadata, LAZY], RunMetadata, StateMetadata, dict[str, Any]]


resolve_references(
    IntervalMetadata,
    {
        "BatchMetadata": "oden.models.batch_metadata",
        "RunMetadata": "oden.models.run_metadata",
        "StateMetadata": "oden.models.state_metadata",
    },
    lazy=frozenset({"BatchMetadata"}),
)
