"""Arguments checked against a method's annotations before anything is sent, as pydantic's
`validate_call` checks them (OpenAPI Generator's methods are decorated with it): a wrong type
raises pydantic's ValidationError naming the method and the argument.

The check is built the first time a method is called, not when its module is imported, so
importing an API class still imports no model.
"""

from __future__ import annotations

import functools
import inspect
import sys
import types
from collections.abc import Mapping
from importlib import import_module
from typing import Any, Callable, TypeVar

from pydantic import ConfigDict

F = TypeVar("F", bound=Callable[..., Any])
_CONFIG = ConfigDict(arbitrary_types_allowed=True)


def validation(names: Mapping[str, tuple[str, str]]) -> Callable[[F], F]:
    """A decorator for the methods of one API module. `names` gives what their annotations use
    but the module imports for type checkers only (models, RequestOptions, ...): local name →
    (module, name), imported into the module on the first call."""

    def decorate(function: F) -> F:
        checked: list[Callable[..., Any]] = []

        def check() -> Callable[..., Any]:
            if not checked:
                namespace = sys.modules[function.__module__].__dict__
                for local, (module, name) in names.items():
                    if local not in namespace:
                        namespace[local] = getattr(import_module(module), name)
                # Imported here: pydantic's validate_call brings its schema builder (~15 ms).
                from pydantic import validate_call

                checked.append(validate_call(config=_CONFIG)(_arguments_only(function)))
            return checked[0]

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def call_async(*args: Any, **kwargs: Any) -> Any:
                return await check()(*args, **kwargs)

            return call_async  # type: ignore[return-value]

        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            return check()(*args, **kwargs)

        return call  # type: ignore[return-value]

    return decorate


def _arguments_only(function: Callable[..., Any]) -> Callable[..., Any]:
    """The same function without its return annotation: pydantic evaluates every annotation,
    and a return type may name what is not installed (httpx, for the sync client)."""
    code = function.__code__
    shadow = types.FunctionType(
        code, function.__globals__, function.__name__, function.__defaults__, function.__closure__
    )
    shadow.__kwdefaults__ = function.__kwdefaults__
    shadow.__qualname__ = function.__qualname__
    shadow.__annotations__ = {k: v for k, v in function.__annotations__.items() if k != "return"}
    return shadow
