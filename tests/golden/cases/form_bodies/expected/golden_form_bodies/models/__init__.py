"""The models of Form bodies, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "Named": "golden_form_bodies.models.named",
    "PasswordLogin": "golden_form_bodies.models.password_login",
    "TokenLogin": "golden_form_bodies.models.token_login",
}

__all__ = [
    "Named",
    "PasswordLogin",
    "TokenLogin",
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
    from golden_form_bodies.models.named import Named as Named
    from golden_form_bodies.models.password_login import PasswordLogin as PasswordLogin
    from golden_form_bodies.models.token_login import TokenLogin as TokenLogin
