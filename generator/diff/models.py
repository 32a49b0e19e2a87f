"""Models compared: classes added, removed or renamed; fields, enum members and unions.

Whether a model change breaks callers depends on where the model travels: a new required field
breaks code that builds the model for a request, and is an addition for a model only read from
responses. Each model's directions are worked out from the operations that use it (through other
models); a model no operation uses is taken to travel both ways (callers may build it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.diff.changes import Change, Layer
from generator.diff.rules import RANK, severity
from generator.diff.typecmp import Rel, nested_limit_changes, plain, relate, show, type_changes, type_rule
from generator.ir.nodes import NO_VALUE, Model, ModelKind, Package, Property
from generator.ir.typetree import AnyValue, Discriminator, TypeNode, model_refs

REQUEST, RESPONSE = "request", "response"


@dataclass
class Matching:
    pairs: list[tuple[Model, Model]] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)  # old class name → new
    added: list[Model] = field(default_factory=list)
    removed: list[Model] = field(default_factory=list)


def _types_of(model: Model) -> list[TypeNode]:
    found = [p.type for p in model.properties]
    found += [t for t in (model.additional, model.union) if t is not None]
    return found


def directions(package: Package) -> dict[str, set[str]]:
    """Model name → the directions it travels in (`request`, `response`)."""
    models = {m.name: m for m in package.models}
    reached: dict[str, set[str]] = {}
    starts: list[tuple[str, TypeNode]] = []
    for api in package.apis:
        for op in api.operations:
            starts += [(REQUEST, p.type) for p in op.parameters]
            starts += [(RESPONSE, r.type) for r in op.responses if r.type is not None]
    for direction, node in starts:
        stack = [ref.name for ref in model_refs(node)]
        while stack:
            name = stack.pop()
            if name not in models or direction in reached.setdefault(name, set()):
                continue
            reached[name].add(direction)
            stack += [ref.name for t in _types_of(models[name]) for ref in model_refs(t)]
    return {name: reached.get(name) or {REQUEST, RESPONSE} for name in models}


def _shape(model: Model) -> tuple[Any, ...]:
    """What a model is, its name aside: two models of one shape in old and new are a rename."""
    props = tuple((p.wire_name, p.name, p.required, p.read_only, plain(p.type)) for p in model.properties)
    return (model.kind, props, tuple(model.enum_members), model.enum_is_int,
            plain(model.union) if model.union else None, plain(model.additional) if model.additional else None)


def match_models(old: Package, new: Package) -> Matching:
    matching = Matching()
    old_by, new_by = {m.name: m for m in old.models}, {m.name: m for m in new.models}
    matching.pairs = [(old_by[name], new_by[name]) for name in old_by if name in new_by]
    gone = [m for name, m in old_by.items() if name not in new_by]
    fresh = [m for name, m in new_by.items() if name not in old_by]
    shapes_old: dict[tuple[Any, ...], list[Model]] = {}
    shapes_new: dict[tuple[Any, ...], list[Model]] = {}
    for model in gone:
        shapes_old.setdefault(_shape(model), []).append(model)
    for model in fresh:
        shapes_new.setdefault(_shape(model), []).append(model)
    for shape, olds in shapes_old.items():
        news = shapes_new.get(shape, [])
        if len(olds) == 1 and len(news) == 1:
            matching.renames[olds[0].name] = news[0].name
            matching.pairs.append((olds[0], news[0]))
    matching.removed = [m for m in gone if m.name not in matching.renames]
    renamed_to = set(matching.renames.values())
    matching.added = [m for m in fresh if m.name not in renamed_to]
    return matching


def worst(ways: Iterable[str], rules: dict[str, str]) -> str:
    """Of the rules for each direction the model travels in, the one that matters most."""
    candidates = [rules[way] for way in (REQUEST, RESPONSE) if way in ways and way in rules]
    return max(candidates, key=lambda rule: RANK[severity(rule)])


def _value(value: Any) -> Any:
    return None if value is NO_VALUE else value


_KINDS = {ModelKind.OBJECT: "an object", ModelKind.ENUM: "an enum", ModelKind.UNION: "a union",
          ModelKind.ROOT: "a list or map model"}


class ModelDiff:
    def __init__(self, old: Package, new: Package, matching: Matching) -> None:
        self.matching = matching
        old_ways, new_ways = directions(old), directions(new)
        self.ways: dict[str, set[str]] = {}
        for before, after in matching.pairs:
            self.ways[after.name] = old_ways[before.name] | new_ways[after.name]
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        for model in self.matching.added:
            self.add("model-added", "model", model.name, "", f"new model {model.name}", new=model.name)
        for model in self.matching.removed:
            self.add("model-removed", "model", model.name, "",
                     f"model {model.name} removed: code that imports it fails", old=model.name)
        for before, after in sorted(self.matching.pairs, key=lambda pair: pair[1].name):
            self.model(before, after)
        return self.changes

    def add(self, rule: str, kind: str, python: str, wire: str, message: str, old: Any = None, new: Any = None,
            layer: Layer = Layer.BOTH) -> None:
        self.changes.append(Change(rule, kind, python, wire, message, old, new, layer))

    def model(self, before: Model, after: Model) -> None:
        name = after.name
        if before.name != after.name:
            self.add("model-renamed", "model", name, "", f"model {before.name} renamed to {after.name} "
                     "(the same schema on the wire: code that imports the old name fails)",
                     before.name, after.name, Layer.PYTHON)
        if before.kind is not after.kind:
            self.add("model-kind-changed", "model", name, "", f"{name} is now {_KINDS[after.kind]}, not "
                     f"{_KINDS[before.kind]}", before.kind.value, after.kind.value)
            return
        if before.description != after.description:
            self.add("model-description-changed", "model", name, "", f"description of {name} changed",
                     before.description, after.description, Layer.DOCS)
        ways = self.ways[name]
        self.discriminator(before, after)
        if after.kind is ModelKind.ENUM:
            self.enum(before, after, ways)
        elif after.kind in (ModelKind.UNION, ModelKind.ROOT):
            self.union(before, after, ways)
        else:
            self.fields(before, after, ways)

    # -- enums ------------------------------------------------------------------------------

    def enum(self, before: Model, after: Model, ways: set[str]) -> None:
        name = after.name
        if before.enum_is_int != after.enum_is_int:
            kinds = ("str", "int")
            self.add("enum-type-changed", "enum", name, "", f"{name} values are now {kinds[after.enum_is_int]}, "
                     f"not {kinds[before.enum_is_int]}", kinds[before.enum_is_int], kinds[after.enum_is_int])
            return
        old_members = {m.value: m for m in before.enum_members}
        new_members = {m.value: m for m in after.enum_members}
        for value, member in new_members.items():
            wire = f"{name}: {value!r}"
            if value not in old_members:
                rule = worst(ways, {REQUEST: "request-enum-value-added", RESPONSE: "response-enum-value-added"})
                note = (" (clients before this release read it as UNKNOWN_" + str(value) + ")"
                        if RESPONSE in ways else "")
                self.add(rule, "enum-member", f"{name}.{member.name}", wire,
                         f"new value {value!r} in {name}{note}", None, value)
            elif old_members[value].name != member.name:
                self.add("enum-member-renamed", "enum-member", f"{name}.{member.name}", wire,
                         f"{name}.{old_members[value].name} renamed to {name}.{member.name} (same value {value!r})",
                         old_members[value].name, member.name, Layer.PYTHON)
        for value, member in old_members.items():
            if value not in new_members:
                self.add("enum-value-removed", "enum-member", f"{name}.{member.name}", f"{name}: {value!r}",
                         f"value {value!r} removed from {name}: code that uses {name}.{member.name} fails"
                         + (", and the server no longer accepts it" if REQUEST in ways else ""), value, None)

    # -- unions -----------------------------------------------------------------------------

    def union(self, before: Model, after: Model, ways: set[str]) -> None:
        name = after.name
        old_type = plain(before.union or AnyValue(), self.matching.renames)
        new_type = plain(after.union or AnyValue())
        relation = relate(old_type, new_type)
        if relation is not Rel.SAME:
            rules = {REQUEST: "request-union-type-generalized" if relation is Rel.WIDER else "request-union-type-changed",
                     RESPONSE: "response-union-type-specialized" if relation is Rel.NARROWER
                     else "response-union-type-changed"}
            rule = worst(ways, rules)
            self.add(rule, "model", name, "", f"{name} is now {show(new_type)} (was {show(old_type)})",
                     show(old_type), show(new_type))

    def discriminator(self, before: Model, after: Model) -> None:
        name = after.name
        old_d, new_d = getattr(before, "discriminator", None), getattr(after, "discriminator", None)
        if old_d is None or new_d is None:
            return
        renames = self.matching.renames
        old_d = Discriminator(old_d.property, tuple((value, renames.get(cls, cls)) for value, cls in old_d.mapping))
        if old_d.property != new_d.property:
            self.add("discriminator-property-changed", "model", name, f"{name}: {old_d.property!r}",
                     f"{name} is told apart by {new_d.property!r}, not {old_d.property!r}",
                     old_d.property, new_d.property, Layer.HTTP)
            return
        old_map, new_map = dict(old_d.mapping), dict(new_d.mapping)
        for value in sorted(set(old_map) | set(new_map)):
            wire = f"{name}: {new_d.property}={value!r}"
            if value not in old_map:
                self.add("discriminator-mapping-added", "model", name, wire,
                         f"{new_d.property}={value!r} now reads as {new_map[value]}", None, new_map[value], Layer.HTTP)
            elif value not in new_map:
                self.add("discriminator-mapping-removed", "model", name, wire,
                         f"{new_d.property}={value!r} no longer reads as {old_map[value]}", old_map[value], None,
                         Layer.HTTP)
            elif old_map[value] != new_map[value]:
                self.add("discriminator-mapping-changed", "model", name, wire,
                         f"{new_d.property}={value!r} reads as {new_map[value]}, not {old_map[value]}",
                         old_map[value], new_map[value], Layer.HTTP)

    # -- object fields ----------------------------------------------------------------------

    def fields(self, before: Model, after: Model, ways: set[str]) -> None:
        name = after.name
        old_props = {p.wire_name: p for p in before.properties}
        new_props = {p.wire_name: p for p in after.properties}
        gone = {w: p for w, p in old_props.items() if w not in new_props}
        fresh = {w: p for w, p in new_props.items() if w not in old_props}
        by_python = {p.name: p for p in fresh.values()}
        pairs = [(old_props[w], new_props[w]) for w in old_props if w in new_props]
        for wire, prop in list(gone.items()):
            twin = by_python.get(prop.name)
            if twin is not None:  # the same Python field, sent and read under another name
                self.add("property-wire-name-changed", "field", f"{name}.{prop.name}", f'{name}["{twin.wire_name}"]',
                         f"{name}.{prop.name} is {twin.wire_name!r} on the wire, not {wire!r} "
                         "(the Python name stays; the server must know the new one)",
                         wire, twin.wire_name, Layer.HTTP)
                pairs.append((prop, twin))
                del gone[wire], fresh[twin.wire_name]
        for prop in fresh.values():
            self.field_added(name, prop, ways)
        for prop in gone.values():
            rule = worst(ways, {REQUEST: "request-property-removed", RESPONSE: "response-property-removed"})
            self.add(rule, "field", f"{name}.{prop.name}", f'{name}["{prop.wire_name}"]',
                     f"field {prop.name} removed from {name}: code that uses it fails", prop.name, None)
        for old_prop, new_prop in pairs:
            self.field(name, old_prop, new_prop, ways)
        if before.additional != after.additional:
            extra_old = Property("*", "*", before.additional or AnyValue(), False)
            extra_new = Property("*", "*", after.additional or AnyValue(), False)
            self.field_type(name, extra_old, extra_new, ways, what="additional properties")

    def field_added(self, name: str, prop: Property, ways: set[str]) -> None:
        rule = worst(ways, {
            REQUEST: "new-optional-request-property" if prop.optional else "new-required-request-property",
            RESPONSE: "response-required-property-added" if prop.required else "response-optional-property-added"})
        required = "required" if prop.required else "optional"
        tail = f": code that builds {name} without it fails" if rule == "new-required-request-property" else ""
        self.add(rule, "field", f"{name}.{prop.name}", f'{name}["{prop.wire_name}"]',
                 f"new {required} field {prop.name}: {show(prop.type)} in {name}{tail}", None, show(prop.type))

    def field(self, name: str, before: Property, after: Property, ways: set[str]) -> None:
        python, wire = f"{name}.{after.name}", f'{name}["{after.wire_name}"]'
        if before.name != after.name:
            self.add("property-renamed", "field", python, wire,
                     f"{name}.{before.name} renamed to {name}.{after.name} (the same {after.wire_name!r} on the wire)",
                     before.name, after.name, Layer.PYTHON)
        rules: dict[str, str] = {}
        if before.optional != after.optional:
            rules[REQUEST] = "request-property-became-optional" if after.optional else "request-property-became-required"
        if before.required != after.required:
            rules[RESPONSE] = ("response-property-became-required" if after.required
                               else "response-property-became-optional")
        if set(rules) & ways:
            rule = worst(ways, rules)
            state = "required" if rule.endswith("-required") else "optional"
            self.add(rule, "field", python, wire, f"{python} became {state}", "optional" if state == "required"
                     else "required", state)
        if before.read_only != after.read_only:
            rule = worst(ways, {REQUEST: "request-property-became-read-only" if after.read_only
                                else "request-property-became-not-read-only",
                                RESPONSE: "response-property-read-only-changed"})
            self.add(rule, "field", python, wire, f"{python} is {'now' if after.read_only else 'no longer'} read-only"
                     + (" (never sent: a value set on it is dropped)" if after.read_only else ""),
                     before.read_only, after.read_only, Layer.HTTP)
        self.field_type(name, before, after, ways)
        if before.default != after.default:
            rule = worst(ways, {REQUEST: "request-property-default-value-changed",
                                RESPONSE: "response-property-default-value-changed"})
            self.add(rule, "field", python, wire, f"default of {python} changed from {_value(before.default)!r} "
                     f"to {_value(after.default)!r}", _value(before.default), _value(after.default))
        if before.description != after.description:
            self.add("property-description-changed", "field", python, wire, f"description of {python} changed",
                     before.description, after.description, Layer.DOCS)

    def field_type(self, name: str, before: Property, after: Property, ways: set[str], what: str = "") -> None:
        python = f"{name}.{after.name}" if not what else f"{name}[*]"
        wire = f'{name}["{after.wire_name}"]' if not what else f"{name}[*]"
        label = what or python
        for change in type_changes(before.type, after.type, self.matching.renames):
            rules = {way: type_rule(f"{way}-property", change.what) for way in (REQUEST, RESPONSE)}
            self.add(worst(ways, rules), "field", python, wire, f"{label} {change.message}", change.old, change.new)
        for limit in nested_limit_changes(before.type, after.type):
            rules = {REQUEST: f"request-property-{limit.dimension}-{limit.verb}",
                     RESPONSE: f"response-property-{limit.dimension}-{limit.verb}"}
            self.add(worst(ways, rules), "field", python, wire, f"{label}: {limit.describe()}", limit.old, limit.new)
