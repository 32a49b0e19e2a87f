"""Record: a model of Composition."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

from pydantic import Field

from golden_composition._model import ApiNullableModel, resolve_references

if TYPE_CHECKING:
    from golden_composition.models.any_of_thing import AnyOfThing
    from golden_composition.models.circle import Circle
    from golden_composition.models.labeled import Labeled
    from golden_composition.models.record_closed import RecordClosed
    from golden_composition.models.square import Square


class Record(ApiNullableModel):
    """Record"""

    attributes: Optional[dict[str, Any]] = None
    counts: Optional[dict[str, int]] = None
    closed: Optional[RecordClosed] = None
    freeform: Optional[dict[str, Any]] = None
    anything: Any = None
    by_name: Optional[dict[str, Circle]] = Field(
        default=None, validation_alias="byName", serialization_alias="byName"
    )
    grid: Optional[list[list[Square]]] = None
    choice: Optional[AnyOfThing] = None
    labeled: Optional[Labeled] = None
    __nullable__: ClassVar[frozenset[str]] = frozenset({"anything"})


resolve_references(
    Record,
    {
        "RecordClosed": "golden_composition.models.record_closed",
        "Circle": "golden_composition.models.circle",
        "Square": "golden_composition.models.square",
        "AnyOfThing": "golden_composition.models.any_of_thing",
        "Labeled": "golden_composition.models.labeled",
    },
)
