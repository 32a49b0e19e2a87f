"""The API classes of Recursive unions, imported on first use."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "DefaultApi": "golden_recursive_unions.api.default_api",
    "AsyncDefaultApi": "golden_recursive_unions.api.default_api",
}

__all__ = [
    "AsyncDefaultApi",
    "DefaultApi",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        try:  # a module of the package (`models.pet`), as `import` would give it
            return import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:
    from golden_recursive_unions.api.default_api import AsyncDefaultApi as AsyncDefaultApi
    from golden_recursive_unions.api.default_api import DefaultApi as DefaultApi
