"""The models of Inline, imported on first use."""

from __future__ import annotations

# Private names only: every public name of this module is one the package exports (a model may be
# called `Any`).
from importlib import import_module as _import_module
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

_EXPORTS: dict[str, str] = {
    "V2IntervalsDeletePost200Response": "golden_inline_schemas.models.v2_intervals_delete_post200_response",
    "V2IntervalsDeletePost200ResponseItemsInner": "golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner",
    "V2IntervalsDeletePost400Response": "golden_inline_schemas.models.v2_intervals_delete_post400_response",
    "V2IntervalsDeletePostRequest": "golden_inline_schemas.models.v2_intervals_delete_post_request",
}

__all__ = [
    "V2IntervalsDeletePost200Response",
    "V2IntervalsDeletePost200ResponseItemsInner",
    "V2IntervalsDeletePost400Response",
    "V2IntervalsDeletePostRequest",
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
    from golden_inline_schemas.models.v2_intervals_delete_post200_response import (
        V2IntervalsDeletePost200Response as V2IntervalsDeletePost200Response,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post200_response_items_inner import (
        V2IntervalsDeletePost200ResponseItemsInner as V2IntervalsDeletePost200ResponseItemsInner,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post400_response import (
        V2IntervalsDeletePost400Response as V2IntervalsDeletePost400Response,
    )
    from golden_inline_schemas.models.v2_intervals_delete_post_request import (
        V2IntervalsDeletePostRequest as V2IntervalsDeletePostRequest,
    )
