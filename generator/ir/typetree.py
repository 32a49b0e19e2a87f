"""The types of the IR, as a tree: what a schema is, not how it is written in Python.

`printers.py` turns a tree into an annotation, doc text, a runtime type description and the
imports they need; nothing after the IR is built looks at source text to decide anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any


class ModelKind(str, Enum):
    OBJECT = "object"  # a pydantic BaseModel with fields
    ENUM = "enum"  # a str or int Enum
    UNION = "union"  # oneOf / anyOf: a RootModel over a Union
    ROOT = "root"  # a RootModel over a list or map that refers to itself (a recursive alias)


class Scalar(str, Enum):
    """A JSON scalar, by the Python type it reads as (`format` decides for strings)."""

    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    DECIMAL = "decimal"
    UUID = "uuid"
    BYTE = "byte"  # base64 text: bytes or str, as OpenAPI Generator takes it


class BinaryRole(str, Enum):
    """Where raw bytes stand: each place takes or gives them in its own Python type."""

    RESPONSE = "response"  # a binary response body: bytes (docs say bytearray, as OG's)
    BODY = "body"  # a binary request body: bytes or str
    FILE = "file"  # a multipart file field: a path, bytes, a file or (name, bytes[, type])
    PROPERTY = "property"  # a `format: binary` property of a model: bytes


@dataclass(frozen=True)
class Primitive:
    scalar: Scalar


@dataclass(frozen=True)
class AnyValue:
    """Any JSON value (a schema with no type)."""


@dataclass(frozen=True)
class FreeForm:
    """A JSON object of any shape. OpenAPI Generator documents a bare `type: object` as
    `object` and a declared map of anything as `Dict[str, object]`; `declared_map` says which."""

    declared_map: bool = False


@dataclass(frozen=True)
class Binary:
    role: BinaryRole


@dataclass(frozen=True)
class ListOf:
    item: TypeNode


@dataclass(frozen=True)
class DictOf:
    value: TypeNode


@dataclass(frozen=True)
class TupleOf:
    """`prefixItems`: a fixed sequence of typed items."""

    items: tuple[TypeNode, ...]


@dataclass(frozen=True)
class Discriminator:
    property: str  # wire name of the property whose value picks the member
    mapping: tuple[tuple[str, str], ...]  # (value, model class name), sorted by value


@dataclass(frozen=True)
class UnionOf:
    members: tuple[TypeNode, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True)
class ModelRef:
    """A generated model (object, enum or union class) of this package."""

    name: str
    module: str
    kind: ModelKind


@dataclass(frozen=True)
class LiteralOf:
    """An inline enum or a `const`: these JSON values (typed `Literal[...]`; checked on what the
    client builds, not on what it reads, like every constraint)."""

    values: tuple[Any, ...]


@dataclass(frozen=True)
class Nullable:
    """The value may also be JSON null."""

    inner: TypeNode


@dataclass(frozen=True)
class Limits:
    """A schema's constraints, enforced on what the client builds (pydantic-style names)."""

    checks: tuple[tuple[str, Any], ...]  # sorted (name, value): min_length, ge, pattern, ...


@dataclass(frozen=True)
class Constrained:
    inner: TypeNode
    limits: Limits


TypeNode = (Primitive | AnyValue | FreeForm | Binary | ListOf | DictOf | TupleOf | UnionOf | ModelRef | LiteralOf
            | Nullable | Constrained)


def children(node: TypeNode) -> tuple[TypeNode, ...]:
    if isinstance(node, ListOf):
        return (node.item,)
    if isinstance(node, DictOf):
        return (node.value,)
    if isinstance(node, (TupleOf,)):
        return node.items
    if isinstance(node, UnionOf):
        return node.members
    if isinstance(node, (Nullable, Constrained)):
        return (node.inner,)
    return ()


def walk(node: TypeNode) -> Iterator[TypeNode]:
    """Every node of the tree, parents before children."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(children(current)))


def model_refs(node: TypeNode) -> list[ModelRef]:
    """The models a type names, in order of appearance, each once."""
    found: dict[str, ModelRef] = {}
    for sub in walk(node):
        if isinstance(sub, ModelRef):
            found.setdefault(sub.name, sub)
    return list(found.values())


def strip(node: TypeNode) -> TypeNode:
    """The type without its Nullable and Constrained wrappers."""
    while isinstance(node, (Nullable, Constrained)):
        node = node.inner
    return node


def is_nullable(node: TypeNode) -> bool:
    while isinstance(node, Constrained):
        node = node.inner
    return isinstance(node, Nullable)


def nullable(node: TypeNode) -> TypeNode:
    """`node` that may also be null (not wrapped twice)."""
    return node if isinstance(node, Nullable) else Nullable(node)


def union(members: list[TypeNode]) -> TypeNode:
    """A union of distinct members; a single member stands alone."""
    unique = list(dict.fromkeys(members))
    if len(unique) == 1:
        return unique[0]
    return UnionOf(tuple(unique))


def is_file_upload(node: TypeNode) -> bool:
    """A multipart file field, or a list of them."""
    node = strip(node)
    node = strip(node.item) if isinstance(node, ListOf) else node
    return isinstance(node, Binary) and node.role is BinaryRole.FILE


def without_limits(node: TypeNode) -> TypeNode:
    """The type without its constraints, anywhere in it: what a response is read as."""
    if isinstance(node, Constrained):
        return without_limits(node.inner)
    if isinstance(node, Nullable):
        return Nullable(without_limits(node.inner))
    if isinstance(node, ListOf):
        return ListOf(without_limits(node.item))
    if isinstance(node, DictOf):
        return DictOf(without_limits(node.value))
    if isinstance(node, TupleOf):
        return TupleOf(tuple(without_limits(item) for item in node.items))
    if isinstance(node, UnionOf):
        return UnionOf(tuple(without_limits(m) for m in node.members), node.discriminator)
    return node
