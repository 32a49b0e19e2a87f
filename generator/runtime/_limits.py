"""A schema's constraints and inline enums, checked on what the client builds and sends, not on
what it reads: a response is decoded as the server sent it (a newer server may send a value
an older spec did not list). Messages read as pydantic's and OpenAPI Generator's do."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, get_args

from pydantic import BaseModel, GetCoreSchemaHandler, ValidationInfo
from pydantic_core import SchemaError, SchemaValidator, core_schema

# The validation context key under which responses are read (see _codec.decode).
READING = "reading"
_enforced = [True]  # Configuration.client_side_validation


def enforce_constraints(enabled: bool) -> None:
    """Turn every constraint check on or off (process-wide: models have no configuration)."""
    _enforced[0] = bool(enabled)


def constraints_enforced() -> bool:
    return _enforced[0]


def _skip(value: Any, info: ValidationInfo) -> bool:
    return value is None or not _enforced[0] or bool(info.context and info.context.get(READING))


class Limits:
    """Lengths, bounds, pattern, item counts and uniqueness of one value."""

    __slots__ = ("_checks",)

    def __init__(self, **limits: Any) -> None:
        checks = []
        for name, limit in sorted(limits.items()):
            checks.append((name, _Pattern(limit) if name == "pattern" else limit))
        self._checks = tuple(checks)

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def _check(self, value: Any, info: ValidationInfo) -> Any:
        if _skip(value, info):
            return value
        for name, limit in self._checks:
            problem = _LIMITS[name](value, limit)
            if problem:
                raise ValueError(problem)
        return value


class _Pattern:
    """A spec's `pattern` (`^a+$`, or Perl-style `/^image_\\d{1,3}$/i` with its flags), searched
    for by pydantic-core's engine, Rust's `regex`, in time linear in the value: no value can
    make a check hang. A pattern that engine refuses (look-arounds, backreferences, a compiled
    size over 10 MB) is not checked on the client: Python's `re` could take exponential time,
    and the server checks it anyway. Compiled on first use, so importing a model stays fast."""

    __slots__ = ("_validator", "shown", "source")

    def __init__(self, spec: str) -> None:
        found = re.fullmatch(r"/(.*)/([imsux]*)", spec, re.DOTALL)
        self.shown = spec if found else f"/{spec}/"
        self.source = spec
        if found:  # Rust's regex takes the same letters inline; `u` (Unicode) is its default
            flags = "".join(sorted(set(found.group(2)) - {"u"}))
            self.source = f"(?{flags}){found.group(1)}" if flags else found.group(1)
        self._validator: Any = _UNCOMPILED

    def searches(self, value: str) -> bool:
        """Whether the pattern matches somewhere in `value` (True if it cannot be checked)."""
        if self._validator is _UNCOMPILED:
            try:
                schema = core_schema.str_schema(pattern=self.source, regex_engine="rust-regex")
                self._validator = SchemaValidator(schema)
            except SchemaError:
                self._validator = None
        return self._validator is None or bool(self._validator.isinstance_python(value))


_UNCOMPILED = object()


def _count(value: Any, limit: int, least: bool) -> str:
    size, bound = len(value), "at least" if least else "at most"
    if (size >= limit) if least else (size <= limit):
        return ""
    if isinstance(value, str):
        return f"String should have {bound} {limit} character{'' if limit == 1 else 's'}"
    return f"List should have {bound} {limit} item{'' if limit == 1 else 's'} after validation, not {size}"


def _unique(value: Any) -> str:
    """Whether the items repeat, in time linear in their count: each item by a key two items
    share only when they are equal (JSON text, keys sorted, for dicts, lists and models)."""
    seen: set[Any] = set()
    for item in value:
        key = _unique_key(item)
        if key in seen:
            return "the list has duplicated items"
        seen.add(key)
    return ""


def _unique_key(item: Any) -> Any:
    if isinstance(item, (dict, list, BaseModel)):
        data = item.model_dump(mode="json", by_alias=True) if isinstance(item, BaseModel) else item
        try:
            return ("json", json.dumps(data, sort_keys=True, default=str))
        except (TypeError, ValueError, RecursionError):  # mixed key types, a cycle: by identity
            return ("id", id(item))
    try:
        hash(item)
    except TypeError:
        return ("id", id(item))
    return ("value", item)


_LIMITS: dict[str, Callable[[Any, Any], str]] = {
    "min_length": lambda v, n: _count(v, n, True),
    "max_length": lambda v, n: _count(v, n, False),
    "pattern": lambda v, p: (
        f"must validate the regular expression {p.shown}"
        if isinstance(v, str) and not p.searches(v)
        else ""
    ),
    "ge": lambda v, n: f"Input should be greater than or equal to {n}" if v < n else "",
    "le": lambda v, n: f"Input should be less than or equal to {n}" if v > n else "",
    "gt": lambda v, n: f"Input should be greater than {n}" if v <= n else "",
    "lt": lambda v, n: f"Input should be less than {n}" if v >= n else "",
    "multiple_of": lambda v, n: (
        f"Input should be a multiple of {n}" if abs(v / n - round(v / n)) > 1e-9 else ""
    ),
    "unique": lambda v, flag: _unique(v) if flag else "",
}


class Choices:
    """Marks an inline enum, typed `Literal[...]` for type checkers (`Annotated[Literal["a",
    "b"], ENUM]`): a value it does not list is refused on what the client builds, kept on what
    it reads. A method's argument (ARGUMENT_ENUM) is checked for its type only."""

    __slots__ = ("argument",)

    def __init__(self, argument: bool = False) -> None:
        # A method's argument is typed, not checked, as in OpenAPI Generator's clients: servers
        # often take values their spec does not list yet, and type checkers see the Literal.
        self.argument = argument

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        allowed = get_args(source)
        listed = ", ".join(repr(value) for value in allowed)
        trailing = "," if len(allowed) == 1 else ""
        kinds = {type(value) for value in allowed}
        base = handler.generate_schema(kinds.pop()) if len(kinds) == 1 else core_schema.any_schema()
        if self.argument:
            return base

        def check(value: Any, info: ValidationInfo) -> Any:
            if _skip(value, info) or value in allowed:
                return value
            raise ValueError(f"must be one of enum values ({listed}{trailing})")

        return core_schema.with_info_after_validator_function(check, base)


ENUM = Choices()
ARGUMENT_ENUM = Choices(argument=True)
