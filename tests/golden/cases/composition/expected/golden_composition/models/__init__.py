"""The models of Composition, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "Animal": "golden_composition.models.animal",
    "AnyOfThing": "golden_composition.models.any_of_thing",
    "Cat": "golden_composition.models.cat",
    "Circle": "golden_composition.models.circle",
    "Dog": "golden_composition.models.dog",
    "Labeled": "golden_composition.models.labeled",
    "Pet": "golden_composition.models.pet",
    "Record": "golden_composition.models.record",
    "RecordClosed": "golden_composition.models.record_closed",
    "Scalar": "golden_composition.models.scalar",
    "Shape": "golden_composition.models.shape",
    "Square": "golden_composition.models.square",
}

__all__ = [
    "Animal",
    "AnyOfThing",
    "Cat",
    "Circle",
    "Dog",
    "Labeled",
    "Pet",
    "Record",
    "RecordClosed",
    "Scalar",
    "Shape",
    "Square",
]


def __getattr__(name: str) -> _Any:
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a module of the package (`models.pet`), as `import` would give it
            return _import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(_import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if _TYPE_CHECKING:
    from golden_composition.models.animal import Animal as Animal
    from golden_composition.models.any_of_thing import AnyOfThing as AnyOfThing
    from golden_composition.models.cat import Cat as Cat
    from golden_composition.models.circle import Circle as Circle
    from golden_composition.models.dog import Dog as Dog
    from golden_composition.models.labeled import Labeled as Labeled
    from golden_composition.models.pet import Pet as Pet
    from golden_composition.models.record import Record as Record
    from golden_composition.models.record_closed import RecordClosed as RecordClosed
    from golden_composition.models.scalar import Scalar as Scalar
    from golden_composition.models.shape import Shape as Shape
    from golden_composition.models.square import Square as Square
