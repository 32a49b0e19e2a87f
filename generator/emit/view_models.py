"""Model modules as their templates print them: every line of code computed here, from the IR."""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit import escape, layout, printers
from generator.emit.escape import Code
from generator.emit.imports import Import, render_imports
from generator.emit.printers import ModuleNames
from generator.ir import naming
from generator.ir.nodes import NO_VALUE, Model, ModelKind, Package, Property
from generator.ir.typetree import AnyValue, ModelRef, TypeNode, UnionOf, is_nullable, model_refs, strip


@dataclass(frozen=True)
class ModelModule:
    name: str
    module_docstring: Code
    bases: Code
    imports: tuple[Code, ...]
    type_checking: tuple[Code, ...]
    docstring: Code  # laid out at class level
    body: tuple[Code, ...]  # class body lines after the docstring
    resolve: Code  # the resolve_references(...) call, or ""


def references(model: Model) -> list[ModelRef]:
    """The models a model's fields (or union members) name, each once, itself excluded."""
    found = {ref.name: ref for node in _type_nodes(model) for ref in model_refs(node) if ref.name != model.name}
    return list(found.values())


def cycle_breaks(models: tuple[Model, ...]) -> dict[str, frozenset[str]]:
    """For each model, the references that close a cycle of models (back edges of a DFS over
    the reference graph, in name order): those are validated lazily, so no model's schema is
    built through a cycle. Self-references count."""
    edges = {m.name: sorted({ref.name for node in _type_nodes(m) for ref in model_refs(node)}) for m in models}
    lazy: dict[str, set[str]] = {name: set() for name in edges}
    state: dict[str, int] = {}  # 1 on the DFS stack, 2 done
    for root in sorted(edges):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(edges[root]))]
        while stack:
            node, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                state[node] = 2
                stack.pop()
            elif state.get(target) == 1:
                lazy[node].add(target)
            elif target not in state and target in edges:
                state[target] = 1
                stack.append((target, iter(edges[target])))
    return {name: frozenset(found) for name, found in lazy.items() if found}


def _type_nodes(model: Model) -> list[TypeNode]:
    return [p.type for p in model.properties] + [n for n in (model.additional, model.union) if n is not None]


def model_module(package: Package, model: Model, lazy: frozenset[str]) -> ModelModule:
    pkg = package.package_name
    taken = {p.name for p in model.properties} | {model.name} | {ref.name for ref in references(model)}
    names = ModuleNames(pkg, taken=frozenset(taken), lazy=lazy, defines=model.name)
    if model.kind is ModelKind.ENUM:
        base = "int" if model.enum_is_int else "str"
        body = tuple(Code(f"    {m.name} = {escape.python_value(m.value)}") for m in model.enum_members)
        bases = f"{base}, {names.runtime('_model', 'ApiEnum')}"
        kind = "an enumeration of"
        docstring = escape.indent_docstring(escape.docstring(model.description or model.name), 4)
    elif model.kind is ModelKind.UNION:
        members = _members(model.union or UnionOf(()))
        kind = "one of several shapes, in"
        if model.union_kind == "oneOf":
            bases = names.runtime("_union", "ApiOneOf")
        else:
            bases = names.runtime("_union", "ApiAnyOf")
        body = _union_body(model, members, names)
        text = str(escape.docstring(model.description or model.name))
        text += f"\n\nOne of: {escape.docstring(', '.join(printers.doc_type(m) for m in members))}.\n"
        docstring = escape.indent_docstring(text, 4)
    elif model.kind is ModelKind.ROOT:
        bases, kind = names.runtime("_model", "ApiRootModel"), "a model of"
        body = (Code(f"    root: {printers.annotation(model.union or UnionOf(()), names)}"),)
        docstring = escape.indent_docstring(escape.docstring(model.description or model.name), 4)
    else:
        nullable = [p for p in model.properties if _sent_as_null(p)]
        bases = names.runtime("_model", "ApiNullableModel" if nullable else "ApiModel")
        kind = "a model of"
        body = _object_body(model, names)
        docstring = escape.indent_docstring(escape.docstring(model.description or model.name), 4)
    refs = references(model)
    resolve = Code("")
    if refs:
        resolve = _resolve_call(pkg, model, refs, lazy, names)
    return ModelModule(
        name=model.name, module_docstring=Code(f"{model.name}: {kind} {escape.docstring_line(package.title)}."),
        bases=Code(bases),
        imports=_imports(names, pkg), type_checking=tuple(map(Code, render_imports(names.type_checking, pkg, 4))),
        docstring=docstring, body=body, resolve=resolve,
    )


def _members(node: TypeNode) -> tuple[TypeNode, ...]:
    plain = strip(node)
    return plain.members if isinstance(plain, UnionOf) else (plain,)


def _imports(names: ModuleNames, pkg: str) -> tuple[Code, ...]:
    imports = set(names.imports)
    if names.type_checking:
        imports.add(Import("typing", "TYPE_CHECKING"))
    return tuple(map(Code, render_imports(imports, pkg)))


def _sent_as_null(prop: Property) -> bool:
    """A field set to None is sent as null: a nullable one, or one of any type (as OpenAPI
    Generator treats those)."""
    return is_nullable(prop.type) or isinstance(strip(prop.type), AnyValue)


def _object_body(model: Model, names: ModuleNames) -> tuple[Code, ...]:
    lines = [_field(prop, names) for prop in model.properties]
    if model.additional is not None:
        value = printers.annotation(model.additional, names)
        lines.append(Code(f"    __pydantic_extra__: dict[str, {value}] = {names.symbol('pydantic', 'Field')}(init=False)"))
    for attribute, values in (("__read_only__", [p.wire_name for p in model.properties if p.read_only]),
                              ("__nullable__", [p.name for p in model.properties if _sent_as_null(p)])):
        if values:
            members = "{" + ", ".join(sorted(escape.python_value(v) for v in values)) + "}"
            head = f"{attribute}: {names.typing('ClassVar')}[frozenset[str]] = frozenset"
            lines.append(Code(layout.call(4, head, [members])))
    if model.discriminator is not None:
        mapping = {value: (naming.module_name(class_name), class_name)
                   for value, class_name in model.discriminator.mapping}
        value = f"({escape.python_value(model.discriminator.property)}, {escape.python_value(mapping)})"
        lines.append(Code(f"    __discriminator__ = {value}"))
    return tuple(lines)


def _union_body(model: Model, members: tuple[TypeNode, ...], names: ModuleNames) -> tuple[Code, ...]:
    """OpenAPI Generator's wrapper: a validator field per member, then `actual_instance`."""
    prefix = "oneof" if model.union_kind == "oneOf" else "anyof"
    lines = [Code(f"    {prefix}_schema_{i}_validator: {printers.annotation(printers.optional(m), names)} = None")
             for i, m in enumerate(members, 1)]
    args = [escape.python_value(model.name), escape.python_value(model.union_kind)]
    if model.discriminator is not None:
        args += [escape.python_value(model.discriminator.property),
                 escape.python_value(dict(model.discriminator.mapping))]
    rule = f"{names.runtime('_union', 'Members')}({', '.join(args)})"
    instance = printers.annotation(printers.optional(model.union or UnionOf(())), names)
    lines.append(Code(f"    actual_instance: {names.typing('Annotated')}[{instance}, {rule}] = None"))
    any_type = names.typing("Any")
    # The runtime's __init__ also takes the value positionally (`Pig(basque_pig)`): said here for
    # type checkers only, so pydantic keeps validating data without calling it.
    lines += [Code(""), Code(f"    if {names.typing('TYPE_CHECKING')}:"), Code(""),
              Code(f"        def __init__(self, *args: {any_type}, **kwargs: {any_type}) -> None: ...")]
    return tuple(lines)


def _field(prop: Property, names: ModuleNames) -> Code:
    node = printers.optional(prop.type) if prop.optional or is_nullable(prop.type) else prop.type
    annotation = printers.annotation(node, names)
    kwargs: list[str] = []
    if prop.default is not NO_VALUE:
        kwargs.append(f"default={escape.python_value(prop.default)}")
        if isinstance(strip(prop.type), ModelRef):
            kwargs.append("validate_default=True")  # an enum default given as its value
    elif prop.optional or is_nullable(prop.type):
        kwargs.append("default=None")
    if prop.aliases:  # built under the Python name, the wire name or these; sent by the wire name
        wire = escape.python_value(prop.wire_name)
        choices = ", ".join(escape.python_value(name) for name in dict.fromkeys((prop.wire_name, *prop.aliases)))
        kwargs += [f"validation_alias={names.symbol('pydantic', 'AliasChoices')}({choices})",
                   f"serialization_alias={wire}"]
    elif prop.wire_name != prop.name:
        wire = escape.python_value(prop.wire_name)
        kwargs += [f"validation_alias={wire}", f"serialization_alias={wire}"]
    if prop.description:
        kwargs.append(f"description={escape.python_value(prop.description)}")
    if len(kwargs) == 1 and kwargs[0].startswith("default="):
        return Code(f"    {prop.name}: {annotation} = {kwargs[0].removeprefix('default=')}")
    if not kwargs:
        return Code(f"    {prop.name}: {annotation}")
    return Code(layout.call(4, f"{prop.name}: {annotation} = {names.symbol('pydantic', 'Field')}", kwargs))


def _resolve_call(pkg: str, model: Model, refs: list[ModelRef], lazy: frozenset[str], names: ModuleNames) -> Code:
    entries = "\n".join(f"        {escape.python_value(ref.name)}: "
                        f"{escape.python_value(printers.model_module(pkg, ref.module))}," for ref in refs)
    call = names.runtime("_model", "resolve_references")
    lines = [f"{call}(", f"    {model.name},", "    {", entries, "    },"]
    if lazy:
        members = ", ".join(escape.python_value(name) for name in sorted(lazy))
        lines.append(f"    lazy=frozenset({{{members}}}),")
    lines.append(")")
    return Code("\n".join(lines))


def model_modules(package: Package) -> list[ModelModule]:
    lazy = cycle_breaks(package.models)
    return [model_module(package, model, lazy.get(model.name, frozenset())) for model in package.models]
