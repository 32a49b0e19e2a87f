"""Build the model part of the IR: named schemas, and inline ones named where they stand."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator import examples, layout, literals, naming, types
from generator.ir import EnumMember, Model, ModelKind, Property, TypeRef
from generator.load import LoadedSpec, escape_token, unescape_token

_SCHEMA_PREFIX = "#/components/schemas/"


@dataclass
class ModelRegistry:
    """Every model class of a package, by class name; inline schemas deduplicated by content."""

    spec: LoadedSpec
    models: dict[str, Model] = field(default_factory=dict)
    by_pointer: dict[str, str] = field(default_factory=dict)  # component pointer → class name
    by_content: dict[str, str] = field(default_factory=dict)  # canonical JSON → class name
    class_origin: dict[str, str] = field(default_factory=dict)  # class name → pointer that made it
    building: set[str] = field(default_factory=set)
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

    def type_of(self, schema: Any, hint: str, pointer: str) -> TypeRef:
        """The type of any schema; inline objects and enums become models named by `hint`."""
        return types.resolve_type(
            schema,
            ref_model=lambda ref: self.type_of_ref(ref, pointer),
            inline=lambda sub, name: self.inline_model(sub, name, pointer),
            hint=hint,
        )

    def type_of_ref(self, ref: str, pointer: str) -> TypeRef:
        if not ref.startswith(_SCHEMA_PREFIX):
            raise self.spec.error(pointer, f"$ref {ref!r} must point into #/components/schemas")
        name = unescape_token(ref[len(_SCHEMA_PREFIX):])
        if name not in self.schemas:
            raise self.spec.error(pointer, f"$ref {ref!r} points to nothing")
        return self.type_of_component(name)

    def type_of_component(self, name: str) -> TypeRef:
        pointer = f"/components/schemas/{escape_token(name)}"
        if pointer in self.by_pointer:
            return self._ref_type(self.by_pointer[pointer])
        schema = self.schemas[name]
        if not _needs_class(schema):
            if pointer in self.building:
                raise self.spec.error(pointer, "schema is defined only through itself")
            self.building.add(pointer)
            try:
                return self.type_of(schema, naming.class_name(name), pointer)
            finally:
                self.building.discard(pointer)
        class_name = naming.class_name(name)
        self._claim(class_name, pointer, _kind_of(schema))
        self.by_pointer[pointer] = class_name
        self.queue.append((class_name, schema, pointer))
        return self._ref_type(class_name)

    def inline_model(self, schema: dict[str, Any], hint: str, pointer: str) -> TypeRef:
        if "enum" in schema and not schema.get("properties"):
            # OpenAPI Generator keeps inline enums as plain str/int; so do we (values in docs).
            return types.primitive(schema) or types.ANY
        key = json.dumps(schema, sort_keys=True, default=str)
        if key in self.by_content:
            return self._ref_type(self.by_content[key])
        class_name = naming.class_name(hint)
        self._claim(class_name, pointer, _kind_of(schema))
        self.by_content[key] = class_name
        self.models[class_name] = self._build(class_name, schema, pointer)
        return self._ref_type(class_name)

    # -- building -----------------------------------------------------------------------------

    def _claim(self, class_name: str, pointer: str, kind: ModelKind) -> None:
        other = self.class_origin.get(class_name)
        if other is not None and other != pointer:
            raise self.spec.error(
                pointer, f"model name {class_name!r} is also produced by {other or '/'}; rename one schema"
            )
        self.class_origin[class_name] = pointer
        self.models.setdefault(class_name, _placeholder(class_name, kind))

    def _deref_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A property's own schema, or the alias it refers to (a named constrained string)."""
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema and seen < 20:
            target = self._schema_at(schema["$ref"])
            if _needs_class(target):
                return {}  # a model or enum: it checks itself
            schema, seen = target, seen + 1
        return schema if isinstance(schema, dict) else {}

    def _schema_at(self, ref: str) -> Any:
        name = unescape_token(ref[len(_SCHEMA_PREFIX):]) if ref.startswith(_SCHEMA_PREFIX) else ""
        return self.schemas.get(name, {})

    def _ref_type(self, class_name: str) -> TypeRef:
        model = self.models[class_name]
        if model.kind is ModelKind.ENUM:
            return types.enum_model(class_name)
        return types.model(class_name)

    def _build(self, name: str, schema: dict[str, Any], pointer: str) -> Model:
        description = str(schema.get("description") or schema.get("title") or "")
        example = examples.example_value(schema, name, self._schema_at)
        base: dict[str, Any] = {
            "name": name, "module": naming.module_name(name), "description": description,
            "docstring": literals.docstring(description or name),
            "example_json": literals.json_example(example) if isinstance(example, dict) else "",
        }
        kind = _kind_of(schema)
        if kind is ModelKind.ENUM:
            return self._enum(base, schema, pointer)
        if kind is ModelKind.UNION:
            return self._union(base, schema, "oneOf" if isinstance(schema.get("oneOf"), list) else "anyOf", pointer)
        return self._object(base, schema, pointer)

    def _enum(self, base: dict[str, Any], schema: dict[str, Any], pointer: str) -> Model:
        values = [v for v in schema["enum"] if v is not None]
        is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in values) and values
        members: list[EnumMember] = []
        seen: dict[str, object] = {}
        for value in values:
            member = naming.enum_member_name(value)
            if member in seen:
                raise self.spec.error(pointer + "/enum", f"enum values {seen[member]!r} and {value!r} both map to {member}")
            seen[member] = value
            members.append(EnumMember(member, literals.python_literal(value if is_int else str(value))))
        return Model(kind=ModelKind.ENUM, enum_members=tuple(members), enum_base="int" if is_int else "str", **base)

    def _union(self, base: dict[str, Any], schema: dict[str, Any], key: str, pointer: str) -> Model:
        members = [m for m in schema[key] if not (isinstance(m, dict) and types.schema_types(m) == ["null"])]
        refs = [self.type_of(m, f"{base['name']}OneOf{i}" if i else f"{base['name']}OneOf", f"{pointer}/{key}/{i}")
                for i, m in enumerate(members)]
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and all(r.is_model for r in refs):
            mapping = self._discriminator_mapping(discriminator, schema[key], pointer)
            tagged = ", ".join(f'Annotated[{r.annotation}, Tag("{r.annotation}")]' for r in refs)
            annotation = (f"Annotated[Union[{tagged}], Discriminator(discriminate("
                          f"{literals.python_literal(discriminator['propertyName'])}, {literals.python_literal(mapping)}))]")
            typing_names: tuple[str, ...] = ("Annotated", "Union")
        else:
            union = types.union_of(refs)
            annotation = union.annotation
            typing_names = tuple(union.typing)
        if types.is_nullable(schema):
            annotation = f"Optional[{annotation}]"
            typing_names = tuple(sorted(set(typing_names) | {"Optional"}))
        all_models = tuple(dict.fromkeys(m for r in refs for m in r.models))
        return Model(
            kind=ModelKind.UNION, union_annotation=annotation,
            union_members=tuple(r.doc for r in refs), references=all_models,
            typing_imports=tuple(sorted(set(typing_names) | {n for r in refs for n in r.typing})),
            stdlib_imports=tuple(sorted({s for r in refs for s in r.stdlib})), **base,
        )

    def _discriminator_mapping(self, discriminator: dict[str, Any], members: list[Any], pointer: str) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for value, ref in (discriminator.get("mapping") or {}).items():
            mapping[str(value)] = self.type_of_ref(ref if ref.startswith("#") else _SCHEMA_PREFIX + ref, pointer).annotation
        for member in members:
            if isinstance(member, dict) and "$ref" in member:
                class_name = self.type_of_ref(member["$ref"], pointer).annotation
                implicit = unescape_token(member["$ref"].rsplit("/", 1)[-1])
                if class_name not in mapping.values():
                    mapping.setdefault(implicit, class_name)
        return dict(sorted(mapping.items()))

    def _object(self, base: dict[str, Any], schema: dict[str, Any], pointer: str) -> Model:
        merged_props, required = self._merged_properties(schema, pointer)
        props: list[Property] = []
        used: dict[str, str] = {}
        for wire, (prop_schema, prop_pointer) in merged_props.items():
            prop = self._property(base["name"], wire, prop_schema, wire in required, prop_pointer)
            if prop.name in used:
                raise self.spec.error(prop_pointer, f"properties {used[prop.name]!r} and {wire!r} both become {prop.name!r}")
            used[prop.name] = wire
            props.append(prop)
        # Unknown fields are always kept (tolerant reading); typed additionalProperties type them.
        extra = schema.get("additionalProperties")
        additional = None
        if isinstance(extra, dict) and extra:
            additional = self.type_of(extra, base["name"] + "Value", pointer + "/additionalProperties")
        typed = [p.type for p in props] + ([additional] if additional else [])
        refs = tuple(dict.fromkeys(m for t in typed for m in t.models))
        typing_names = {n for t in typed for n in t.typing}
        typing_names |= {"Optional"} if any("Optional[" in p.annotation for p in props) else set()
        return Model(
            kind=ModelKind.OBJECT, properties=tuple(props), references=refs,
            typing_imports=tuple(sorted(typing_names)),
            stdlib_imports=tuple(sorted({s for t in typed for s in t.stdlib})),
            additional_type=additional.annotation if additional else "",
            read_only_wire=tuple(p.wire_name for p in props if p.read_only),
            nullable_wire=tuple(p.wire_name for p in props if p.nullable), **base,
        )

    def _merged_properties(self, schema: dict[str, Any], pointer: str, depth: int = 0) -> tuple[dict[str, tuple[Any, str]], set[str]]:
        """Properties of an object, with allOf parts merged in (OpenAPI Generator flattens them)."""
        if depth > 50:
            raise self.spec.error(pointer, "allOf nests through itself")
        props: dict[str, tuple[Any, str]] = {}
        required: set[str] = set()
        for index, part in enumerate(schema.get("allOf") or []):
            part_pointer = f"{pointer}/allOf/{index}"
            if isinstance(part, dict) and "$ref" in part:
                target = part["$ref"]
                if not target.startswith(_SCHEMA_PREFIX) or unescape_token(target[len(_SCHEMA_PREFIX):]) not in self.schemas:
                    raise self.spec.error(part_pointer, f"$ref {target!r} points to nothing")
                part_pointer = target[1:]
                part = self.schemas[unescape_token(target[len(_SCHEMA_PREFIX):])]
            if isinstance(part, dict):
                sub_props, sub_required = self._merged_properties(part, part_pointer, depth + 1)
                props.update(sub_props)
                required |= sub_required
        for wire, prop in (schema.get("properties") or {}).items():
            props[wire] = (prop, f"{pointer}/properties/{escape_token(wire)}")
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        return props, required

    def _property(self, owner: str, wire: str, schema: Any, required: bool, pointer: str) -> Property:
        schema = schema if isinstance(schema, dict) else {}
        ref = self.type_of(schema, owner + naming.camelize(naming.sanitize(wire)), pointer)
        name = naming.snake_identifier(wire)
        nullable = types.is_nullable(schema) or _ref_nullable(self.schemas, schema)
        read_only = bool(schema.get("readOnly"))
        optional = nullable or not required or read_only
        annotation = ref.annotation
        if optional:
            annotation, _ = types.optional(ref)
        limits = _limits(self._deref_schema(schema))
        if limits:
            annotation = f"Annotated[{annotation}, Limits({', '.join(limits)})]"
        description = str(schema.get("description") or "")
        default = schema.get("default")
        has_default = "default" in schema and default is not None and not required
        kwargs: list[str] = []
        if has_default:
            kwargs.append(f"default={literals.python_literal(default)}")
            if ref.doc_link:
                kwargs.append("validate_default=True")
        elif optional:
            kwargs.append("default=None")
        if wire != name:
            kwargs.append(f"alias={literals.python_literal(wire)}")
        if description:
            kwargs.append(f"description={literals.python_literal(description)}")
        if len(kwargs) == 1 and kwargs[0].startswith("default="):
            field_call = kwargs[0].removeprefix("default=")  # a plain default needs no Field()
        else:
            field_call = f"Field({', '.join(kwargs)})" if kwargs else ""
        if field_call.startswith("Field("):
            declaration = layout.call(4, f"{name}: {annotation} = Field", kwargs)
        else:
            declaration = f"    {name}: {annotation}" + (f" = {field_call}" if field_call else "")
        notes = [] if required and not read_only else ["[optional]"]
        if read_only:
            notes.append("[readonly]")
        if has_default:
            shown = literals.doc_default(default)
            if ref.doc_link and self.models[ref.doc_link].kind is ModelKind.ENUM:
                shown = f"{ref.doc_link}.{naming.enum_member_name(default)}"
            notes.append(f"[default to {shown}]")
        return Property(
            name=name, wire_name=wire, type=ref, annotation=annotation, field_call=field_call, declaration=declaration,
            required=required, read_only=read_only, nullable=nullable, description=description, doc_type=ref.doc,
            doc_notes=" ".join(notes),
        )


def _needs_class(schema: Any) -> bool:
    """Whether a named schema becomes a class (objects, enums, compositions) or just a type."""
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema and len(schema) == 1:
        return False
    if "enum" in schema or schema.get("properties"):
        return True
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) > 1:
        return True
    return any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf"))


def _ref_nullable(schemas: dict[str, Any], schema: dict[str, Any]) -> bool:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMA_PREFIX):
        target = schemas.get(unescape_token(ref[len(_SCHEMA_PREFIX):]))
        return types.is_nullable(target) and not _needs_class(target)
    return False


def _kind_of(schema: dict[str, Any]) -> ModelKind:
    if "enum" in schema:
        return ModelKind.ENUM
    if any(isinstance(schema.get(k), list) for k in ("oneOf", "anyOf")) and not schema.get("properties"):
        return ModelKind.UNION
    return ModelKind.OBJECT


def _placeholder(name: str, kind: ModelKind) -> Model:
    return Model(name=name, module=naming.module_name(name), kind=kind, description="", docstring="")



_LIMIT_NAMES = {"minLength": "min_length", "maxLength": "max_length", "minItems": "min_length",
                "maxItems": "max_length", "multipleOf": "multiple_of"}


def _limits(schema: dict[str, Any]) -> list[str]:
    """`Limits(...)` keyword arguments for a schema's constraints, as source text."""
    found: dict[str, Any] = {}
    for key, name in _LIMIT_NAMES.items():
        if isinstance(schema.get(key), (int, float)) and not isinstance(schema.get(key), bool):
            found[name] = schema[key]
    for bound, inclusive, exclusive in (("minimum", "ge", "gt"), ("maximum", "le", "lt")):
        value = schema.get(bound)
        flag = schema.get("exclusive" + bound.capitalize())
        if isinstance(flag, (int, float)) and not isinstance(flag, bool):  # 3.1: the bound itself
            found[exclusive] = flag
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            found[exclusive if flag is True else inclusive] = value
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _compiles(pattern):
        found["pattern"] = pattern
    return [f"{name}={literals.python_literal(value)}" for name, value in sorted(found.items())]


def _compiles(pattern: str) -> bool:
    """ECMA-262 patterns Python's `re` cannot read are not enforced (the server still checks)."""
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True
