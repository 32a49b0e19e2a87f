"""Type trees printed at the end: the Python annotation, the doc text, and the runtime type
description, each collecting the imports it needs into the module it is printed for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.emit import escape
from generator.emit.imports import Import
from generator.ir.typetree import (
    AnyValue,
    Binary,
    BinaryRole,
    Constrained,
    DictOf,
    FreeForm,
    ListOf,
    LiteralOf,
    ModelRef,
    Nullable,
    Primitive,
    Scalar,
    TupleOf,
    TypeNode,
    UnionOf,
)

# scalar → (module, name) of its Python type; builtins have no module
_SCALARS: dict[Scalar, tuple[str, str]] = {
    Scalar.STR: ("", "str"),
    Scalar.INT: ("", "int"),
    Scalar.FLOAT: ("", "float"),
    Scalar.BOOL: ("", "bool"),
    Scalar.DATE: ("datetime", "date"),
    Scalar.DATETIME: ("datetime", "datetime"),
    Scalar.DECIMAL: ("decimal", "Decimal"),
    Scalar.UUID: ("uuid", "UUID"),
}
# Scalars of method arguments: a str for an int is refused, not converted (OpenAPI Generator's).
_STRICT: dict[Scalar, Callable[[ModuleNames], str]] = {
    Scalar.STR: lambda names: names.symbol("pydantic", "StrictStr"),
    Scalar.INT: lambda names: names.symbol("pydantic", "StrictInt"),
    Scalar.BOOL: lambda names: names.symbol("pydantic", "StrictBool"),
    Scalar.FLOAT: lambda names: (f"{names.typing('Union')}[{names.symbol('pydantic', 'StrictFloat')}, "
                                 f"{names.symbol('pydantic', 'StrictInt')}]"),
}
# How OpenAPI Generator's docs name each scalar.
_SCALAR_DOCS = {Scalar.DECIMAL: "decimal.Decimal", Scalar.UUID: "UUID", Scalar.BYTE: "bytearray"}


@dataclass
class ModuleNames:
    """The names one generated module uses, and the imports that bring them in.

    `taken` holds the names the module binds for the spec (its classes, the models it refers to,
    a model's field names): an imported name equal to one of them is imported under an alias
    instead (`date as _date`, `Tag as _Tag`), so the spec's names stay as published. Models are
    imported for type checkers only; `lazy` names the references that close a cycle of models
    (printed `Annotated[Node, LAZY]`).
    """

    package: str
    taken: frozenset[str] = frozenset()
    lazy: frozenset[str] = frozenset()
    defines: str = ""  # the class the module defines: a reference to it needs no import
    strict: bool = False  # scalars as pydantic's Strict types (method arguments, as OpenAPI Generator's)
    imports: set[Import] = field(default_factory=set)
    type_checking: set[Import] = field(default_factory=set)

    def symbol(self, module: str, name: str) -> str:
        """`name` from `module`, imported at run time; returns how this module spells it."""
        if not module:
            return name
        if name in self.taken:
            alias = "_" + name
            self.imports.add(Import(module, name, alias))
            return alias
        self.imports.add(Import(module, name))
        return name

    def checking(self, module: str, name: str) -> str:
        """`name` from `module`, imported for type checkers only; returns how this module spells it."""
        local = "_" + name if name in self.taken else name
        self.type_checking.add(Import(module, name, local if local != name else ""))
        return local

    def typing(self, name: str) -> str:
        return self.symbol("typing", name)

    def runtime(self, module: str, name: str) -> str:
        """A name from the package's own runtime (`_model`, `_types`, ...)."""
        return self.symbol(f"{self.package}.{module}", name)

    def model(self, ref: ModelRef) -> str:
        if ref.name != self.defines:
            self.type_checking.add(Import(model_module(self.package, ref.module), ref.name))
        return ref.name


def model_module(package: str, module: str) -> str:
    return f"{package}.models.{module}"


def annotation(node: TypeNode, names: ModuleNames) -> str:
    """The annotation of `node` as written in `names`' module."""
    if isinstance(node, Primitive):
        if node.scalar is Scalar.BYTE:  # text first: a JSON string reads back as the str it was
            return f"{names.typing('Union')}[str, bytes]"
        if names.strict and node.scalar in _STRICT:
            return _STRICT[node.scalar](names)
        return names.symbol(*_SCALARS[node.scalar])
    if isinstance(node, AnyValue):
        return names.typing("Any")
    if isinstance(node, FreeForm):
        return f"dict[str, {names.typing('Any')}]"
    if isinstance(node, Binary):
        return _binary_annotation(node.role, names)
    if isinstance(node, ListOf):
        return f"list[{annotation(node.item, names)}]"
    if isinstance(node, DictOf):
        return f"dict[str, {annotation(node.value, names)}]"
    if isinstance(node, TupleOf):
        return f"tuple[{', '.join(annotation(item, names) for item in node.items)}]"
    if isinstance(node, UnionOf):
        return _union_annotation(node, names)
    if isinstance(node, ModelRef):
        name = names.model(node)
        if node.name in names.lazy:
            return f"{names.typing('Annotated')}[{name}, {names.runtime('_model', 'LAZY')}]"
        return name
    if isinstance(node, LiteralOf):
        literal = f"{names.typing('Literal')}[{', '.join(escape.python_value(v) for v in node.values)}]"
        marker = "ARGUMENT_ENUM" if names.strict else "ENUM"
        return f"{names.typing('Annotated')}[{literal}, {names.runtime('_model', marker)}]"
    if isinstance(node, Nullable):
        if isinstance(node.inner, AnyValue):
            return annotation(node.inner, names)
        return f"{names.typing('Optional')}[{annotation(node.inner, names)}]"
    limits = ", ".join(f"{key}={escape.python_value(value)}" for key, value in node.limits.checks)
    inner = annotation(node.inner, names)
    return f"{names.typing('Annotated')}[{inner}, {names.runtime('_model', 'Limits')}({limits})]"


def _binary_annotation(role: BinaryRole, names: ModuleNames) -> str:
    if role in (BinaryRole.BODY, BinaryRole.FILE):  # a str is a file's path, as in OpenAPI Generator
        return names.checking(f"{names.package}._request", "FileInput")
    return "bytes"


def _union_annotation(node: UnionOf, names: ModuleNames) -> str:
    # A discriminator is the union model's business (runtime `Members`), not the annotation's.
    return f"{names.typing('Union')}[{', '.join(annotation(member, names) for member in node.members)}]"


def optional(node: TypeNode) -> TypeNode:
    """`node` that may be None in Python (a parameter or field that may be left out).

    Constraints stay outermost (`Annotated[Optional[str], Limits(...)]`): they let None pass.
    """
    if isinstance(node, Constrained):
        return Constrained(optional(node.inner), node.limits)
    return node if isinstance(node, Nullable) else Nullable(node)


def doc_type(node: TypeNode) -> str:
    """The type as OpenAPI Generator's docs show it: `List[Interval]`, `Dict[str, object]`."""
    if isinstance(node, Primitive):
        return _SCALAR_DOCS.get(node.scalar, node.scalar.value)
    if isinstance(node, AnyValue):
        return "object"
    if isinstance(node, FreeForm):
        return "Dict[str, object]" if node.declared_map else "object"
    if isinstance(node, Binary):
        return "bytearray"
    if isinstance(node, ListOf):
        return f"List[{doc_type(node.item)}]"
    if isinstance(node, DictOf):
        return f"Dict[str, {doc_type(node.value)}]"
    if isinstance(node, TupleOf):
        return f"Tuple[{', '.join(doc_type(item) for item in node.items)}]"
    if isinstance(node, UnionOf):
        return f"Union[{', '.join(doc_type(member) for member in node.members)}]"
    if isinstance(node, ModelRef):
        return node.name
    if isinstance(node, LiteralOf):
        kinds = {type(value).__name__ for value in node.values}
        return kinds.pop() if len(kinds) == 1 else "object"
    return doc_type(node.inner)


def doc_link(node: TypeNode) -> str:
    """The model a doc table links to for this type (through lists and maps), or ""."""
    while isinstance(node, (Nullable, Constrained, ListOf, DictOf)):
        node = node.item if isinstance(node, ListOf) else node.value if isinstance(node, DictOf) else node.inner
    return node.name if isinstance(node, ModelRef) else ""


def runtime_type(node: TypeNode, names: ModuleNames) -> str:
    """The runtime's description of a body type (`ListOf(Ref("pet", "Pet"))`): no model is
    imported until a response of that type is decoded."""
    if isinstance(node, Primitive):
        if node.scalar is Scalar.BYTE:
            return f"{names.runtime('_types', 'UnionOf')}(str, bytes)"
        return names.symbol(*_SCALARS[node.scalar])
    if isinstance(node, AnyValue):
        return "object"
    if isinstance(node, FreeForm):
        return f"{names.runtime('_types', 'DictOf')}(object)"
    if isinstance(node, Binary):
        return "bytes"
    if isinstance(node, ListOf):
        return f"{names.runtime('_types', 'ListOf')}({runtime_type(node.item, names)})"
    if isinstance(node, TupleOf):
        return f"{names.runtime('_types', 'ListOf')}(object)"
    if isinstance(node, DictOf):
        return f"{names.runtime('_types', 'DictOf')}({runtime_type(node.value, names)})"
    if isinstance(node, UnionOf):
        members = ", ".join(runtime_type(member, names) for member in node.members)
        return f"{names.runtime('_types', 'UnionOf')}({members})"
    if isinstance(node, ModelRef):
        args = f"{escape.python_value(node.module)}, {escape.python_value(node.name)}"
        return f"{names.runtime('_types', 'Ref')}({args})"
    if isinstance(node, LiteralOf):
        values = ", ".join(escape.python_value(v) for v in node.values)
        return f"{names.runtime('_types', 'LiteralOf')}({values})"
    if isinstance(node, Nullable):
        return f"{names.runtime('_types', 'Nullable')}({runtime_type(node.inner, names)})"
    return runtime_type(node.inner, names)

