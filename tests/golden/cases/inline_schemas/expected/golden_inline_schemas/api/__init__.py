"""The API classes of Inline, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "DefaultApi": "golden_inline_schemas.api.default_api",
    "AsyncDefaultApi": "golden_inline_schemas.api.default_api",
}

__all__ = [
    "AsyncDefaultApi",
    "DefaultApi",
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
    from golden_inline_schemas.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_inline_schemas.api.default_api import DefaultApi as DefaultApi
