"""Body types of an operation's responses, written as data: `ListOf(Ref("pet", "Pet"))`.

The API modules describe what each status decodes into without importing a single model; a
model module is imported the first time a response of its type is decoded.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Literal, Optional, Union

__all__ = [
    "DictOf",
    "ListOf",
    "LiteralOf",
    "Nullable",
    "Ref",
    "TypeSpec",
    "UnionOf",
    "describe",
    "python_type",
]


class Ref:
    """A model class of this package, by module (under `models/`) and class name."""

    __slots__ = ("module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def resolve(self) -> Any:
        package = __name__.rpartition(".")[0]
        return getattr(import_module(f"{package}.models.{self.module}"), self.name)


class ListOf:
    __slots__ = ("item",)

    def __init__(self, item: TypeSpec) -> None:
        self.item = item


class DictOf:
    """A JSON object with string keys and values of one type."""

    __slots__ = ("value",)

    def __init__(self, value: TypeSpec) -> None:
        self.value = value


class UnionOf:
    __slots__ = ("members",)

    def __init__(self, *members: TypeSpec) -> None:
        self.members = members


class Nullable:
    __slots__ = ("inner",)

    def __init__(self, inner: TypeSpec) -> None:
        self.inner = inner


class LiteralOf:
    __slots__ = ("values",)

    def __init__(self, *values: Any) -> None:
        self.values = values


# A Python class (str, int, float, bool, bytes, object, datetime, date, Decimal, UUID) or one of
# the descriptions above.
TypeSpec = Union[type, Ref, ListOf, DictOf, UnionOf, Nullable, LiteralOf]


def python_type(spec: TypeSpec) -> Any:
    """The typing object a TypeSpec stands for: `ListOf(Ref("pet", "Pet"))` → `list[Pet]`."""
    if isinstance(spec, type):
        return Any if spec is object else spec
    if isinstance(spec, Ref):
        return spec.resolve()
    if isinstance(spec, ListOf):
        return list[python_type(spec.item)]  # type: ignore[misc]
    if isinstance(spec, DictOf):
        return dict[str, python_type(spec.value)]  # type: ignore[misc]
    if isinstance(spec, Nullable):
        return Optional[python_type(spec.inner)]
    if isinstance(spec, LiteralOf):
        return Literal[spec.values]
    members = tuple(python_type(member) for member in spec.members)
    return Union[members]


def describe(spec: TypeSpec) -> str:
    """A TypeSpec as the annotation it stands for, for messages: `list[Pet]`."""
    if isinstance(spec, type):
        return "Any" if spec is object else spec.__name__
    if isinstance(spec, Ref):
        return spec.name
    if isinstance(spec, ListOf):
        return f"list[{describe(spec.item)}]"
    if isinstance(spec, DictOf):
        return f"dict[str, {describe(spec.value)}]"
    if isinstance(spec, Nullable):
        return f"Optional[{describe(spec.inner)}]"
    if isinstance(spec, LiteralOf):
        return f"Literal[{', '.join(map(repr, spec.values))}]"
    return f"Union[{', '.join(map(describe, spec.members))}]"
