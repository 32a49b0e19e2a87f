"""Schema checks the mock makes in time linear in the request, whatever the spec and the client
send: jsonschema's `pattern`, `patternProperties` and `additionalProperties` run Python's `re`
(a 31-character value can take minutes), and its `uniqueItems` compares items pairwise when they
do not sort (a 100k-item body takes hours). Here patterns are searched by pydantic-core's Rust
`regex` (linear time) and items are told apart by hashing. Linear is still seconds for a 16 MiB
body, so every keyword also checks the request's time budget (`budget`) and gives up past it.

A pattern the Rust engine refuses (look-arounds, backreferences, a compiled size over 10 MB)
is not checked: the mock accepts what it cannot check in bounded time rather than hang.
"""

from __future__ import annotations

import copy
import json
import reprlib
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.validators import extend  # type: ignore[import-untyped]
from openapi_core.validation.request.validators import (
    V30RequestValidator,
    V31RequestValidator,
    V32RequestValidator,
)
from openapi_core.validation.schemas.factories import SchemaValidatorsFactory

from generator.read.patterns import search

__all__ = ["OverBudget", "bounded_validator", "budget", "request_validator_cls", "searches", "unique"]

_deadline = threading.local()  # .at: time.monotonic() past which this thread's checks stop


class OverBudget(Exception):
    """Checking the request took longer than its budget."""


@contextmanager
def budget(seconds: float) -> Iterator[None]:
    """Checks made by this thread inside the block raise OverBudget once `seconds` have passed."""
    _deadline.at = time.monotonic() + seconds
    try:
        yield
    finally:
        _deadline.at = None


def _timed(check: Callable[..., Iterator[ValidationError]]) -> Callable[..., Iterator[ValidationError]]:
    """A keyword's check that first looks at the clock (once per schema node it visits)."""

    def timed(validator: Any, value: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
        at = getattr(_deadline, "at", None)
        if at is not None and time.monotonic() > at:
            raise OverBudget
        return check(validator, value, instance, schema)

    return timed


def searches(pattern: str, text: str) -> bool:
    """Whether `pattern` matches somewhere in `text` (True when it cannot be checked): the one
    linear-time search of spec patterns, `read/patterns.py`."""
    return search(pattern, text) is not False


def unique(items: list[Any]) -> bool:
    """Whether no two items are equal as JSON Schema compares them (1 == 1.0, True != 1)."""
    seen: set[Any] = set()
    for item in items:
        key = _key(item)
        if key in seen:
            return False
        seen.add(key)
    return True


def _key(item: Any) -> Any:
    try:
        return _frozen(item)
    except RecursionError:  # very deep: its JSON text, keys sorted
        return ("json", json.dumps(item, sort_keys=True))


def _frozen(item: Any) -> Any:
    if isinstance(item, bool) or item is None:
        return ("const", item)
    if isinstance(item, (int, float)):
        return ("number", item)
    if isinstance(item, str):
        return ("string", item)
    if isinstance(item, list):
        return ("array", tuple(_frozen(each) for each in item))
    if isinstance(item, Mapping):
        return ("object", frozenset((key, _frozen(value)) for key, value in item.items()))
    return ("other", repr(item))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not searches(pattern, instance):
        yield ValidationError(f"{_shown(instance)} does not match {pattern!r}")


def _pattern_properties(validator: Any, patterns: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    for pattern, subschema in patterns.items():
        for name, value in instance.items():
            if searches(pattern, name):
                yield from validator.descend(value, subschema, path=name, schema_path=pattern)


def _additional_properties(validator: Any, allowed: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "object"):
        return
    declared = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    extras = [n for n in instance if n not in declared and not any(searches(p, n) for p in patterns)]
    if validator.is_type(allowed, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], allowed, path=extra)
    elif not allowed and extras:
        shown = ", ".join(repr(each) for each in sorted(extras)[:10])
        yield ValidationError(f"Additional properties are not allowed ({shown} unexpected)")


def _unique_items(validator: Any, wanted: Any, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if wanted and validator.is_type(instance, "array") and not unique(instance):
        yield ValidationError(f"{_shown(instance)} has non-unique elements")


_SHORT = reprlib.Repr()
_SHORT.maxstring, _SHORT.maxlist, _SHORT.maxdict, _SHORT.maxlevel = 200, 10, 10, 3


def _shown(value: Any) -> str:
    """A value in a message, cut short: the client may have sent megabytes of it."""
    return _SHORT.repr(value)


_KEYWORDS = {
    "pattern": _pattern,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
    "uniqueItems": _unique_items,
}


_BOUNDED: dict[Any, type[Any]] = {}


def bounded_validator(cls: Any) -> type[Any]:
    """`cls` (a jsonschema validator class) with the keywords above in place of its own."""
    if cls not in _BOUNDED:
        keywords = {name: _KEYWORDS.get(name, check) for name, check in cls.VALIDATORS.items()}
        _BOUNDED[cls] = extend(cls, {name: _timed(check) for name, check in keywords.items()})
    return _BOUNDED[cls]


def _bounded_factory(factory: SchemaValidatorsFactory) -> SchemaValidatorsFactory:
    """A copy of openapi-core's factory whose validators use the keywords above."""
    base = type(factory)

    class Bounded(base):  # type: ignore[valid-type, misc]
        def get_validator_cls(self, spec: Any, schema: Any) -> type[Any]:
            return bounded_validator(super().get_validator_cls(spec, schema))

    bounded = copy.copy(factory)
    bounded.__class__ = Bounded
    return bounded


def _bounded_request_validator(cls: type[Any]) -> type[Any]:
    factory = _bounded_factory(cls.schema_validators_factory)
    return type(f"Bounded{cls.__name__}", (cls,), {"schema_validators_factory": factory})


_REQUEST_VALIDATORS = {
    "3.0": _bounded_request_validator(V30RequestValidator),
    "3.1": _bounded_request_validator(V31RequestValidator),
    "3.2": _bounded_request_validator(V32RequestValidator),
}


def request_validator_cls(document: Mapping[str, Any]) -> type[Any]:
    """openapi-core's request validator for the document's OpenAPI version, bounded."""
    version = str(document.get("openapi", "3.0"))[:3]
    return _REQUEST_VALIDATORS.get(version, _REQUEST_VALIDATORS["3.0"])
