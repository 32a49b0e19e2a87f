"""IntervalMetadata: one of several shapes, in Oden API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Optional, Union

from oden._model import LAZY, resolve_references
from oden._union import ApiAnyOf, Members

if TYPE_CHECKING:
    from oden.models.batch_metadata import BatchMetadata
    from oden.models.run_metadata import RunMetadata
    from oden.models.state_metadata import StateMetadata


class IntervalMetadata(ApiAnyOf):
    """Metadata about this interval, such as the associated run or the state category. Will differ based on the type of interval.


    One of: BatchMetadata, RunMetadata, StateMetadata, object."""

    anyof_schema_1_validator: Optional[Annotated[BatchMetadata, LAZY]] = None
    anyof_schema_2_validator: Optional[RunMetadata] = None
    anyof_schema_3_validator: Optional[StateMetadata] = None
    anyof_schema_4_validator: Optional[dict[str, Any]] = None
    actual_instance: Annotated[
        Optional[Union[Annotated[BatchMetadata, LAZY], RunMetadata, StateMetadata, dict[str, Any]]],
        Members("IntervalMetadata", "anyOf"),
    ] = None

    if TYPE_CHECKING:

        def __init__(self, *args: Any, **kwargs: Any) -> None: ...


resolve_references(
    IntervalMetadata,
    {
        "BatchMetadata": "oden.models.batch_metadata",
        "RunMetadata": "oden.models.run_metadata",
        "StateMetadata": "oden.models.state_metadata",
    },
    lazy=frozenset({"BatchMetadata"}),
)
