"""A spec's `pattern`s, run in linear time.

A pattern is spec text, and Python's `re` backtracks: `^(a+)+$` against thirty `a`s and a `b`
takes minutes. Every spec pattern the generator or the mock runs goes through `search`, which
uses Rust's `regex` crate as pydantic-core ships it: linear in the text, and its compiled size
bounded (10 MiB), so `a{1000000000}` is refused instead of built. A pattern that engine cannot
read (look-around, back-references) is not run at all: `search` says None, "cannot tell".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

__all__ = ["linear_patterns", "search"]

@lru_cache(maxsize=2048)
def _matcher(pattern: str) -> Any:
    """pydantic-core's Rust-regex string validator for `pattern`, or None if it cannot take it."""
    from pydantic_core import SchemaError, SchemaValidator, core_schema  # 40 ms: only when a pattern is run

    try:
        return SchemaValidator(core_schema.str_schema(pattern=pattern, strict=True, regex_engine="rust-regex"))
    except (SchemaError, OverflowError, ValueError, MemoryError):
        return None


def search(pattern: str, text: str) -> bool | None:
    """Whether `pattern` matches somewhere in `text` (JSON Schema's unanchored rule); None when
    the linear engine cannot read the pattern."""
    if not isinstance(pattern, str) or not isinstance(text, str):
        return None
    matcher = _matcher(pattern)
    return None if matcher is None else bool(matcher.isinstance_python(text))


def _pattern(validator: Any, pattern: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped]

    if validator.is_type(instance, "string") and search(pattern, instance) is False:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(validator: Any, patterns: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    if not validator.is_object(instance) or not isinstance(patterns, Mapping):
        return
    for pattern, subschema in patterns.items():
        for key, value in instance.items():
            if search(pattern, key):
                yield from validator.descend(value, subschema, path=key, schema_path=pattern)


_EXTENDED: dict[Any, Any] = {}


def linear_patterns(validator_cls: Any) -> Any:
    """`validator_cls` (a jsonschema validator class) with `pattern` and `patternProperties`
    run by `search`: a pattern the linear engine cannot read is not checked."""
    from jsonschema.validators import extend  # type: ignore[import-untyped]

    if validator_cls not in _EXTENDED:
        _EXTENDED[validator_cls] = extend(validator_cls, {"pattern": _pattern, "patternProperties": _pattern_properties})
    return _EXTENDED[validator_cls]
