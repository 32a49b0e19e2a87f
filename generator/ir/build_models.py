"""Build the model part of the IR: named schemas, and inline ones named where they stand.

The spec is checked before this runs: every `$ref` resolves, so lookups here do not fail.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from generator.ir import examples, naming, types
from generator.ir.names import NamePlan
from generator.ir.nodes import NO_VALUE, EnumMember, Model, ModelKind, Property
from generator.ir.typetree import (
    AnyValue,
    Discriminator,
    LiteralOf,
    ModelRef,
    Nullable,
    TypeNode,
    UnionOf,
    strip,
)
from generator.read.load import LoadedSpec, escape_token, unescape_token

_SCHEMA_PREFIX = "#/components/schemas/"


@dataclass
class ModelRegistry:
    """Every model class of a package, by class name; inline schemas deduplicated by content."""

    spec: LoadedSpec
    names: NamePlan
    models: dict[str, Model] = field(default_factory=dict)
    kinds: dict[str, ModelKind] = field(default_factory=dict)  # class name → kind, known before it is built
    by_pointer: dict[str, str] = field(default_factory=dict)  # component pointer → class name
    by_content: dict[str, str] = field(default_factory=dict)  # canonical JSON → class name
    building: set[str] = field(default_factory=set)
    children: dict[str, list[str]] | None = None  # component pointer → components that allOf it
    # Named schemas are built from a queue, not recursively: a reference cycle through hundreds
    # of schemas would otherwise nest that deep.
    queue: list[tuple[str, dict[str, Any], str]] = field(default_factory=list)

    @property
    def schemas(self) -> dict[str, Any]:
        components = self.spec.document.get("components") or {}
        return components.get("schemas") or {}

    # -- entry points -------------------------------------------------------------------------

    def build_components(self) -> None:
        for name in sorted(self.schemas):
            self.type_of_component(name)
        self.drain()

    def drain(self) -> None:
        """Build every named schema referenced so far (and what those reference)."""
        while self.queue:
            class_name, schema, pointer = self.queue.pop(0)
            self.models[class_name] = self._build(class_name, schema, pointer)

    def type_of(self, schema: Any, hint: str, pointer: str) -> TypeNode:
        """The type of any schema; inline objects and enums become models named by `hint`."""
        return types.resolve_type(
            schema,
            ref_model=lambda ref: self.type_of_ref(ref, pointer),
            inline=self.inline_model,
            hint=hint,
            pointer=pointer,
        )

    def type_of_ref(self, ref: str, pointer: str) -> TypeNode:
        return self.type_of_component(unescape_token(ref[len(_SCHEMA_PREFIX):]))

    def type_of_component(self, name: str) -> TypeNode:
        pointer = f"/components/schemas/{escape_token(name)}"
        schema = self.schemas[name]
        if pointer in self.by_pointer:
            return self._ref_type(self.by_pointer[pointer], schema)
        if not _needs_class(schema):
            if pointer in self.building:  # a list or map that holds itself: it needs a class
                return self._promote(name, schema, pointer)
            self.building.add(pointer)
            try:
                node = self.type_of(schema, naming.class_name(name), pointer)
            finally:
                self.building.discard(pointer)
            if pointer in self.by_pointer:  # promoted while it was resolved
                return self._ref_type(self.by_pointer[pointer], schema)
            return node
        class_name = self.names.model_class(pointer, name)
        self.kinds[class_name] = _kind_of(schema)
        self.by_pointer[pointer] = class_name
        self.queue.append((class_name, schema, pointer))
        return self._ref_type(class_name, schema)

    def _promote(self, name: str, schema: dict[str, Any], pointer: str) -> TypeNode:
        """A schema that is no object but refers to itself (an array of things holding such
        arrays) becomes a RootModel: a Python type alias cannot refer to itself."""
        class_name = self.names.model_class(pointer, name)
        self.kinds[class_name] = ModelKind.ROOT
        self.by_pointer[pointer] = class_name
        self.queue.append((class_name, schema, pointer))
        return self._ref_type(class_name, schema)

    def inline_model(self, schema: dict[str, Any], hint: str, pointer: str) -> TypeNode:
        if "enum" in schema and not schema.get("properties"):
            # An inline enum: `Literal[...]` of its values when Literal can hold them all.
            values = [v for v in schema["enum"] if v is not None]
            if values and all(isinstance(v, (str, int)) for v in values):
                return LiteralOf(tuple(dict.fromkeys(values)))
            return self.type_of({k: v for k, v in schema.items() if k != "enum"}, hint, pointer)  # its type, unlisted
        key = json.dumps(schema, sort_keys=True, default=str)
        if key in self.by_content:
            return self._ref_type(self.by_content[key], schema)
        class_name = self.names.model_class(pointer, hint)
        self.kinds[class_name] = _kind_of(schema)
        self.by_content[key] = class_name
        self.models[class_name] = self._build(class_name, schema, pointer)
        return self._ref_type(class_name, schema)

    # -- building -----------------------------------------------------------------------------

    def _schema_at(self, ref: str) -> Any:
        name = unescape_token(ref[len(_SCHEMA_PREFIX):]) if ref.startswith(_SCHEMA_PREFIX) else ""
        return self.schemas.get(name, {})

    def _ref_type(self, class_name: str, schema: Any) -> TypeNode:
        ref = ModelRef(class_name, naming.module_name(class_name), self.kinds[class_name])
        return Nullable(ref) if types.is_nullable(schema) else ref

    def _build(self, name: str, schema: dict[str, Any], pointer: str) -> Model:
        description = str(schema.get("description") or schema.get("title") or "")
        example = examples.example_value(schema, name, self._schema_at)
        base: dict[str, Any] = {
            "name": name, "module": naming.module_name(name), "description": description,
            "example": example if isinstance(example, dict) else NO_VALUE,
        }
        kind = self.kinds.get(name) or _kind_of(schema)
        if kind is ModelKind.ROOT:
            root = types.resolve_type(schema, lambda ref: self.type_of_ref(ref, pointer), self.inline_model,
                                      name, pointer)
            return Model(kind=ModelKind.ROOT, union=root, **base)
        if kind is ModelKind.ENUM:
            return self._enum(base, schema, pointer)
        if kind is ModelKind.UNION:
            return self._union(base, schema, "oneOf" if isinstance(schema.get("oneOf"), list) else "anyOf", pointer)
        return self._object(base, schema, pointer)

    def _enum(self, base: dict[str, Any], schema: dict[str, Any], pointer: str) -> Model:
        values = [v for v in schema["enum"] if v is not None]
        is_int = bool(values) and all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        names = self.names.enum_members(pointer + "/enum", values)
        members = [EnumMember(name, value if is_int else str(value)) for name, value in zip(names, values, strict=True)]
        return Model(kind=ModelKind.ENUM, enum_members=tuple(members), enum_is_int=is_int, **base)

    def _union(self, base: dict[str, Any], schema: dict[str, Any], key: str, pointer: str) -> Model:
        members = [m for m in schema[key] if not (isinstance(m, dict) and types.schema_types(m) == ["null"])]
        refs = [self.type_of(m, f"{base['name']}OneOf{i}" if i else f"{base['name']}OneOf", f"{pointer}/{key}/{i}")
                for i, m in enumerate(members)]
        discriminator = schema.get("discriminator")
        plain = [strip(r) for r in refs]
        chosen = None
        if isinstance(discriminator, dict) and plain and all(isinstance(r, ModelRef) for r in plain):
            mapping = self._discriminator_mapping(discriminator, schema[key], pointer)
            chosen = Discriminator(str(discriminator["propertyName"]), mapping)
        # Each member keeps its place (OpenAPI Generator numbers them: oneof_schema_1_validator, ...).
        root: TypeNode = UnionOf(tuple(dict.fromkeys(refs)), chosen) if refs else AnyValue()
        return Model(kind=ModelKind.UNION, union=root, union_kind=key, discriminator=chosen, **base)

    def _discriminator_mapping(self, discriminator: dict[str, Any], members: list[Any],
                               pointer: str) -> tuple[tuple[str, str], ...]:
        mapping: dict[str, str] = {}
        for value, ref in (discriminator.get("mapping") or {}).items():
            target = strip(self.type_of_ref(ref if ref.startswith("#") else _SCHEMA_PREFIX + ref, pointer))
            if isinstance(target, ModelRef):
                mapping[str(value)] = target.name
        for member in members:
            if isinstance(member, dict) and "$ref" in member:
                target = strip(self.type_of_ref(member["$ref"], pointer))
                implicit = unescape_token(member["$ref"].rsplit("/", 1)[-1])
                if isinstance(target, ModelRef) and target.name not in mapping.values():
                    mapping.setdefault(implicit, target.name)
        return tuple(sorted(mapping.items()))

    def _object(self, base: dict[str, Any], schema: dict[str, Any], pointer: str) -> Model:
        merged_props, required = self._merged_properties(schema, pointer)
        names = self.names.fields([(prop_pointer, wire) for wire, (_, prop_pointer) in merged_props.items()])
        props = [self._property(base["name"], name, wire, prop_schema, wire in required, prop_pointer)
                 for name, (wire, (prop_schema, prop_pointer)) in zip(names, merged_props.items(), strict=True)]
        aliases = self.names.field_aliases([(p.name, p.wire_name) for p in props])
        props = [dataclasses.replace(p, aliases=a) if a else p for p, a in zip(props, aliases, strict=True)]
        # Unknown fields are always kept (tolerant reading); typed additionalProperties type them.
        extra = schema.get("additionalProperties")
        additional = None
        if isinstance(extra, dict) and extra:
            additional = self.type_of(extra, base["name"] + "Value", pointer + "/additionalProperties")
        return Model(kind=ModelKind.OBJECT, properties=tuple(props), additional=additional,
                     discriminator=self._subtypes(schema, pointer), **base)

    def _subtypes(self, schema: dict[str, Any], pointer: str) -> Discriminator | None:
        """A parent's discriminator: its mapping, and the schemas that include it through allOf
        (each under its own name, as OpenAPI Generator maps them)."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            return None
        if self.children is None:
            self.children = _allof_children(self.schemas)
        implicit = [{"$ref": f"{_SCHEMA_PREFIX}{escape_token(child)}"} for child in self.children.get(pointer, [])]
        mapping = self._discriminator_mapping(discriminator, implicit, pointer)
        return Discriminator(discriminator["propertyName"], mapping) if mapping else None

    def _merged_properties(self, schema: dict[str, Any], pointer: str,
                           depth: int = 0) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """Properties of an object, with allOf parts merged in (OpenAPI Generator flattens them)."""
        if depth > 50:
            raise self.spec.error(pointer, "allOf nests through itself")
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = f"{pointer}/allOf/{index}"
            if isinstance(part, dict) and "$ref" in part:
                part_pointer = part["$ref"][1:]
                part = self._schema_at(part["$ref"])
            if isinstance(part, dict):
                sub_props, sub_required = self._merged_properties(part, part_pointer, depth + 1)
                props.update(sub_props)
                required |= sub_required
        for wire, prop in (schema.get("properties") or {}).items():
            props[wire] = (prop, f"{pointer}/properties/{escape_token(wire)}")
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return props, required

    def _property(self, owner: str, name: str, wire: str, schema: Any, required: bool, pointer: str) -> Property:
        schema = schema if isinstance(schema, dict) else {}
        node = self.type_of(schema, owner + naming.camelize(naming.sanitize(wire)), pointer)
        default = schema.get("default", NO_VALUE)
        return Property(
            name=name, wire_name=wire, type=node, required=required,
            read_only=bool(schema.get("readOnly")), description=str(schema.get("description") or ""),
            default=NO_VALUE if default is None or required else default,
        )


def _allof_children(schemas: dict[str, Any]) -> dict[str, list[str]]:
    """For each component, the components whose allOf refers to it."""
    found: dict[str, list[str]] = {}
    for name in sorted(schemas):
        parts = schemas[name].get("allOf") if isinstance(schemas[name], dict) else None
        for part in parts if isinstance(parts, list) else []:
            ref = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
                found.setdefault(ref[1:], []).append(name)
    return found


def _needs_class(schema: Any) -> bool:
    """Whether a named schema becomes a class (objects, enums, compositions) or just a type."""
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema and len(schema) == 1:
        return False
    if "enum" in schema or schema.get("properties"):
        return True
    parts = types.shaping_parts(schema)
    if len(parts) > 1 or any(isinstance(part, dict) and part.get("properties") for _, part in parts):
        return True
    return any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf"))


def _kind_of(schema: dict[str, Any]) -> ModelKind:
    if "enum" in schema:
        return ModelKind.ENUM
    if any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf")) and not schema.get("properties"):
        return ModelKind.UNION
    return ModelKind.OBJECT
