"""Type trees compared structurally: is the new type the old one, wider, narrower, or other?

Constraints are compared apart (`limit_changes`): a `maxLength` made smaller is a narrower
type, but callers are told which constraint moved, not that "the type changed".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from generator.diff.rules import CONSTRAINT_VERBS
from generator.emit.printers import ModuleNames, annotation
from generator.ir.typetree import (
    AnyValue,
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
    strip,
)


class Rel(Enum):
    SAME = "same"
    WIDER = "wider"  # every value of the old type is one of the new
    NARROWER = "narrower"  # every value of the new type is one of the old
    CHANGED = "changed"


def combine(first: Rel, second: Rel) -> Rel:
    if first is Rel.SAME:
        return second
    if second is Rel.SAME or first is second:
        return first
    return Rel.CHANGED


def plain(node: TypeNode, renames: dict[str, str] | None = None) -> TypeNode:
    """The tree without constraints and doc-only details, models named as in the new package."""
    if isinstance(node, Constrained):
        return plain(node.inner, renames)
    if isinstance(node, Nullable):
        return Nullable(plain(node.inner, renames))
    if isinstance(node, ListOf):
        return ListOf(plain(node.item, renames))
    if isinstance(node, DictOf):
        return DictOf(plain(node.value, renames))
    if isinstance(node, TupleOf):
        return TupleOf(tuple(plain(item, renames) for item in node.items))
    if isinstance(node, UnionOf):
        discriminator = node.discriminator
        if discriminator is not None and renames:
            discriminator = replace(discriminator, mapping=tuple(
                (value, renames.get(name, name)) for value, name in discriminator.mapping))
        return UnionOf(tuple(plain(member, renames) for member in node.members), discriminator)
    if isinstance(node, ModelRef):  # the module follows from the name
        return replace(node, name=(renames or {}).get(node.name, node.name), module="")
    if isinstance(node, FreeForm):
        return FreeForm()  # `object` or `Dict[str, object]` in docs: the same type
    return node


def relate(old: TypeNode, new: TypeNode) -> Rel:
    """How `new` relates to `old` (both `plain`)."""
    if old == new and repr(old) == repr(new):  # `==` takes 1 for True in literal values
        return Rel.SAME
    if isinstance(new, AnyValue):
        return Rel.WIDER
    if isinstance(old, AnyValue):
        return Rel.NARROWER
    if isinstance(old, Nullable) or isinstance(new, Nullable):
        inner = relate(old.inner if isinstance(old, Nullable) else old, new.inner if isinstance(new, Nullable) else new)
        if isinstance(old, Nullable) == isinstance(new, Nullable):
            return inner
        return combine(inner, Rel.WIDER if isinstance(new, Nullable) else Rel.NARROWER)
    if isinstance(old, UnionOf) or isinstance(new, UnionOf):
        return _relate_members(_members(old), _members(new))
    if isinstance(old, ListOf) and isinstance(new, ListOf):
        return relate(old.item, new.item)
    if isinstance(old, DictOf) and isinstance(new, DictOf):
        return relate(old.value, new.value)
    if isinstance(old, TupleOf) and isinstance(new, TupleOf) and len(old.items) == len(new.items):
        result = Rel.SAME
        for a, b in zip(old.items, new.items, strict=True):
            result = combine(result, relate(a, b))
        return result
    if isinstance(old, (DictOf, FreeForm)) and isinstance(new, (DictOf, FreeForm)):
        return Rel.WIDER if isinstance(new, FreeForm) else Rel.NARROWER
    if isinstance(old, Primitive) and isinstance(new, Primitive):
        if (old.scalar, new.scalar) == (Scalar.INT, Scalar.FLOAT):
            return Rel.WIDER  # an int is a float to a type checker and on the wire
        if (old.scalar, new.scalar) == (Scalar.FLOAT, Scalar.INT):
            return Rel.NARROWER
        return Rel.CHANGED
    if isinstance(old, LiteralOf) and isinstance(new, LiteralOf):
        before, after = set(map(_typed, old.values)), set(map(_typed, new.values))
        if before == after:
            return Rel.SAME
        return Rel.WIDER if before < after else Rel.NARROWER if after < before else Rel.CHANGED
    if isinstance(old, LiteralOf):
        return Rel.WIDER if _literal_in(old, new) else Rel.CHANGED
    if isinstance(new, LiteralOf):
        return Rel.NARROWER if _literal_in(new, old) else Rel.CHANGED
    return Rel.CHANGED


def _typed(value: Any) -> tuple[str, Any]:
    """A JSON value with its type: `1`, `1.0` and `True` are three values."""
    return type(value).__name__, value


def _members(node: TypeNode) -> tuple[TypeNode, ...]:
    if isinstance(node, UnionOf):
        return node.members
    if isinstance(node, LiteralOf):
        return tuple(LiteralOf((value,)) for value in node.values)
    return (node,)


def _covered(member: TypeNode, others: tuple[TypeNode, ...]) -> bool:
    return any(relate(member, other) in (Rel.SAME, Rel.WIDER) for other in others)


def _literal_in(member: TypeNode, other: TypeNode) -> bool:
    """A literal value is a value of its scalar type."""
    if not (isinstance(member, LiteralOf) and isinstance(other, Primitive)):
        return False
    kinds: dict[Scalar, type | tuple[type, ...]] = {Scalar.STR: str, Scalar.INT: int, Scalar.FLOAT: (int, float),
                                                     Scalar.BOOL: bool}
    expected = kinds.get(other.scalar)
    return expected is not None and all(isinstance(v, expected) for v in member.values)


def _relate_members(old: tuple[TypeNode, ...], new: tuple[TypeNode, ...]) -> Rel:
    if set(old) == set(new):
        return Rel.SAME  # the order of a union's members is not a different type
    old_in_new = all(_covered(m, new) for m in old)
    new_in_old = all(_covered(m, old) for m in new)
    if old_in_new and not new_in_old:
        return Rel.WIDER
    if new_in_old and not old_in_new:
        return Rel.NARROWER
    return Rel.SAME if old_in_new else Rel.CHANGED


def nullable(node: TypeNode) -> bool:
    return isinstance(node, Nullable)


def without_null(node: TypeNode) -> TypeNode:
    return node.inner if isinstance(node, Nullable) else node


@dataclass(frozen=True)
class TypeChange:
    """One way a type changed: `nullable`, `not-nullable`, `generalized`, `narrowed`, `changed`,
    `became-enum`, `enum-value-added` or `enum-value-removed` (an inline enum's values)."""

    what: str
    old: Any
    new: Any
    message: str


def type_changes(old: TypeNode, new: TypeNode, renames: dict[str, str]) -> list[TypeChange]:
    """How `new` differs from `old`, constraints aside (see `limit_changes`)."""
    before, after = plain(old, renames), plain(new)
    relation = relate(before, after)
    if relation is Rel.SAME:
        return []
    found = []
    core_old, core_new = without_null(before), without_null(after)
    if nullable(before) != nullable(after):
        what = "nullable" if nullable(after) else "not-nullable"
        found.append(TypeChange(what, show(before), show(after), "may now be None" if nullable(after)
                                else "is no longer nullable"))
    if isinstance(core_old, LiteralOf) and isinstance(core_new, LiteralOf):
        old_values, new_values = set(map(_typed, core_old.values)), set(map(_typed, core_new.values))
        for value in core_new.values:
            if _typed(value) not in old_values:
                found.append(TypeChange("enum-value-added", None, value, f"takes the new value {value!r}"))
        for value in core_old.values:
            if _typed(value) not in new_values:
                found.append(TypeChange("enum-value-removed", value, None, f"no longer takes the value {value!r}"))
    elif isinstance(core_new, LiteralOf) and relate(core_old, core_new) is Rel.NARROWER:
        found.append(TypeChange("became-enum", show(before), show(after), f"takes only {show(after)} now"))
    elif relate(core_old, core_new) is not Rel.SAME:
        what = {Rel.WIDER: "generalized", Rel.NARROWER: "narrowed"}.get(relation, "changed")
        found.append(TypeChange(what, show(before), show(after), f"is now {show(after)} (was {show(before)})"))
    return found


def type_rule(place: str, what: str) -> str:
    """The rule for a type change at a place (`request-parameter`, `response-property`, ...):
    a request may take more than it did, a response may give less."""
    request = place.startswith("request")
    if what in ("nullable", "not-nullable"):
        return f"{place}-became-{what}"
    if what.startswith("enum-value") or what == "became-enum":
        return f"{place}-{what}"
    if what == "generalized" and request:
        return f"{place}-type-generalized"
    if what == "narrowed" and not request:
        return f"{place}-type-specialized"
    return f"{place}-type-changed"


def show(node: TypeNode | None) -> str:
    """The type as the generated code annotates it (constraints left out: they are reported apart)."""
    if node is None:
        return "None"
    return annotation(plain(node), ModuleNames("package"))


# -- constraints ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LimitChange:
    dimension: str  # a key of rules.CONSTRAINT_VERBS
    verb: str
    narrows: bool
    old: Any
    new: Any
    where: str = ""  # "" for the value itself, `items`, `values`, `items items`

    def describe(self) -> str:
        what = (f"{self.where}: " if self.where else "") + self.dimension.replace("-", " ")
        if self.verb == "set" or self.verb == "added":
            return f"{what} {self.new!r} set"
        if self.verb in ("unset", "removed"):
            return f"{what} {self.old!r} removed"
        return f"{what} {self.verb} from {self.old!r} to {self.new!r}"


def limits(node: TypeNode | None) -> dict[str, Any]:
    """The constraints on the value itself (outermost, through `Optional`)."""
    while isinstance(node, (Nullable, Constrained)):
        if isinstance(node, Constrained):
            return dict(node.limits.checks)
        node = node.inner
    return {}


def _bound(checks: dict[str, Any], inclusive: str, exclusive: str) -> tuple[Any, bool] | None:
    """(value, exclusive) of a lower or upper bound, or None."""
    if exclusive in checks:
        return checks[exclusive], True
    if inclusive in checks:
        return checks[inclusive], False
    return None


def limit_changes(old: TypeNode | None, new: TypeNode | None) -> list[LimitChange]:
    before, after = limits(old), limits(new)
    if before == after:
        return []
    base = new if new is not None else old
    suffix = "items" if base is not None and isinstance(strip(base), (ListOf, TupleOf)) else "length"
    found: list[LimitChange] = []
    pairs = [
        ("min", _bound(before, "ge", "gt"), _bound(after, "ge", "gt"), True),
        ("max", _bound(before, "le", "lt"), _bound(after, "le", "lt"), False),
        (f"min-{suffix}", before.get("min_length"), after.get("min_length"), True),
        (f"max-{suffix}", before.get("max_length"), after.get("max_length"), False),
    ]
    for dimension, a, b, lower in pairs:
        if a == b:
            continue
        if a is None or b is None:
            verb = "set" if a is None else "unset"
        else:
            # a strict bound is tighter than an inclusive one at the same value
            key_a = (a[0], a[1] if lower else not a[1]) if isinstance(a, tuple) else (a, False)
            key_b = (b[0], b[1] if lower else not b[1]) if isinstance(b, tuple) else (b, False)
            verb = "increased" if key_b > key_a else "decreased"
        found.append(_change(dimension, verb, _shown(a, lower), _shown(b, lower)))
    pattern_a, pattern_b = before.get("pattern"), after.get("pattern")
    if pattern_a != pattern_b:
        verb = "added" if pattern_a is None else "removed" if pattern_b is None else "changed"
        found.append(_change("pattern", verb, pattern_a, pattern_b))
    if before.get("unique") != after.get("unique"):
        found.append(_change("unique-items", "set" if after.get("unique") else "unset", before.get("unique", False),
                             after.get("unique", False)))
    step_a, step_b = before.get("multiple_of"), after.get("multiple_of")
    if step_a != step_b:
        if step_a is None or step_b is None:
            verb = "set" if step_a is None else "unset"
        else:
            verb = "relaxed" if step_b and step_a % step_b == 0 else "changed"
        found.append(_change("multiple-of", verb, step_a, step_b))
    return found


def nested_limit_changes(old: TypeNode | None, new: TypeNode | None, where: str = "") -> list[LimitChange]:
    """`limit_changes` of the value, then of its items (of a list) or values (of a map), each
    described with where it applies (`items: max length decreased from 10 to 5`)."""
    found = [replace(c, where=where) for c in limit_changes(old, new)]
    if old is None or new is None:
        return found
    a, b = strip(old), strip(new)
    if isinstance(a, ListOf) and isinstance(b, ListOf):
        found += nested_limit_changes(a.item, b.item, f"{where} items".strip())
    elif isinstance(a, DictOf) and isinstance(b, DictOf):
        found += nested_limit_changes(a.value, b.value, f"{where} values".strip())
    return found


def _shown(bound: Any, lower: bool) -> Any:
    if isinstance(bound, tuple):
        value, exclusive = bound
        return (f"> {value}" if lower else f"< {value}") if exclusive else value
    return bound


def _change(dimension: str, verb: str, old: Any, new: Any) -> LimitChange:
    narrows = dict(CONSTRAINT_VERBS[dimension])[verb]
    return LimitChange(dimension, verb, narrows, old, new)
