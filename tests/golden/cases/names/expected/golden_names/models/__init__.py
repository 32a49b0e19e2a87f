"""The models of Names, imported on first use."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {
    "Model1stThing": "golden_names.models.model1st_thing",
    "ModelDate": "golden_names.models.model_date",
    "OddModel": "golden_names.models.odd_model",
}

__all__ = [
    "Model1stThing",
    "ModelDate",
    "OddModel",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


if TYPE_CHECKING:
    from golden_names.models.model1st_thing import Model1stThing as Model1stThing
    from golden_names.models.model_date import ModelDate as ModelDate
    from golden_names.models.odd_model import OddModel as OddModel
