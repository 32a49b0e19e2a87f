"""generator/runtime/_model.py: the base of every generated model, constraints, lazy references."""

from __future__ import annotations

import importlib
import json
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import pytest
from pydantic import Field, ValidationError, validate_call

from generator.runtime import _model
from generator.runtime._model import (
    ARGUMENT_ENUM,
    ENUM,
    LAZY,
    READING,
    ApiEnum,
    ApiModel,
    ApiNullableModel,
    Limits,
    constraints_enforced,
    enforce_constraints,
    wire_name,
)
from generator.runtime._union import ApiAnyOf, ApiOneOf, Members


@pytest.fixture(autouse=True)
def constraints_on() -> Iterator[None]:
    """The switch is process-wide: every test starts with it on and leaves it on."""
    enforce_constraints(True)
    yield
    enforce_constraints(True)


class Color(str, ApiEnum):
    RED = "red"
    GREEN = "green"


class Level(int, ApiEnum):
    LOW = 1
    HIGH = 2


class Thing(ApiNullableModel):
    name: Annotated[str, Limits(min_length=2, max_length=5, pattern="^[a-z]+$")]
    count: Annotated[int | None, Limits(ge=0, le=10)] = None
    ratio: Annotated[float | None, Limits(gt=0, lt=1, multiple_of=0.1)] = None
    tags: Annotated[list[str] | None, Limits(min_length=1, max_length=2)] = None
    color: Color | None = None
    level: Level | None = None
    owner_id: int | None = Field(default=None, alias="ownerId")
    secret: str | None = None
    note: str | None = None
    __read_only__: ClassVar[frozenset[str]] = frozenset({"secret"})
    __nullable__: ClassVar[frozenset[str]] = frozenset({"note"})


# --------------------------------------------------------------------------- Limits


@pytest.mark.parametrize(("values", "problem"), [
    ({"name": "a"}, "String should have at least 2 characters"),
    ({"name": "abcdef"}, "String should have at most 5 characters"),
    ({"name": "ABC"}, "must validate the regular expression /^[a-z]+$/"),
    ({"count": -1}, "Input should be greater than or equal to 0"),
    ({"count": 11}, "Input should be less than or equal to 10"),
    ({"ratio": 0}, "Input should be greater than 0"),
    ({"ratio": 1}, "Input should be less than 1"),
    ({"ratio": 0.25}, "Input should be a multiple of 0.1"),
    ({"tags": []}, "List should have at least 1 item after validation, not 0"),
    ({"tags": ["a", "b", "c"]}, "List should have at most 2 items after validation, not 3"),
])
def test_each_limit_refuses_what_it_should(values: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(problem)):
        Thing(**{"name": "abc", **values})


@pytest.mark.parametrize("values", [
    {"name": "ab"}, {"name": "abcde"}, {"count": 0}, {"count": 10}, {"ratio": 0.3}, {"ratio": 0.9},
    {"tags": ["a"]}, {"tags": ["a", "b"]}, {"count": None, "ratio": None, "tags": None},
])
def test_each_limit_takes_what_it_should(values: dict[str, Any]) -> None:
    Thing(**{"name": "abc", **values})  # 0.3 and 0.9 are multiples of 0.1, floating point aside


def test_limits_hold_on_assignment_too() -> None:
    thing = Thing(name="abc")
    with pytest.raises(ValidationError, match="less than or equal to 10"):
        thing.count = 11
    assert thing.count is None


def test_responses_are_read_as_sent() -> None:
    data = {"name": "NOT VALID AT ALL", "count": 99}
    thing = Thing.model_validate(data, context={READING: True})
    assert (thing.name, thing.count) == ("NOT VALID AT ALL", 99)
    with pytest.raises(ValidationError):
        Thing.model_validate(data)


def test_enforce_constraints_switches_every_limit() -> None:
    enforce_constraints(False)
    assert constraints_enforced() is False
    assert Thing(name="X", count=-5).count == -5
    enforce_constraints(True)
    assert constraints_enforced() is True
    with pytest.raises(ValidationError):
        Thing(name="X", count=-5)


def test_a_pattern_is_searched_not_matched_whole() -> None:
    class Code(ApiModel):
        code: Annotated[str, Limits(pattern="[0-9]")]

    assert Code(code="ab1").code == "ab1"  # ECMA semantics: anywhere, unless anchored
    with pytest.raises(ValidationError):
        Code(code="abc")


# --------------------------------------------------------------------------- ApiEnum


def test_a_known_value_is_the_member() -> None:
    assert Color("red") is Color.RED
    assert Level(2) is Level.HIGH


@pytest.mark.parametrize(("enum", "value"), [(Color, "blue"), (Level, 7)])
def test_an_unknown_value_reads_as_an_unknown_member(enum: Any, value: Any) -> None:
    member = enum(value)
    assert isinstance(member, enum)
    assert (member.name, member.value) == (f"UNKNOWN_{value}", value)
    assert member == value  # still the str or int it was sent as
    assert member not in list(enum)  # the members stay those of the spec


@pytest.mark.parametrize(("enum", "value"), [(Color, 1), (Level, "1"), (Color, None)])
def test_a_value_of_the_wrong_type_is_refused(enum: Any, value: Any) -> None:
    with pytest.raises(ValueError):
        enum(value)


def test_an_unknown_enum_value_in_a_response() -> None:
    thing = Thing.from_json('{"name": "abc", "color": "blue", "level": 9}')
    assert thing.color is not None and thing.color.name == "UNKNOWN_blue"
    assert thing.level is not None and thing.level.value == 9
    assert json.loads(thing.to_json())["color"] == "blue"


# --------------------------------------------------------------------------- the model methods


def test_from_dict_reads_wire_names_and_keeps_other_keys() -> None:
    assert Thing.from_dict(None) is None
    assert Thing.from_dict({"name": "abc", "ownerId": 3}).owner_id == 3
    thing = Thing.from_dict({"name": "abc", "owner_id": 4})  # as OpenAPI Generator's: not a field
    assert thing.owner_id is None and thing.additional_properties == {"owner_id": 4}
    assert Thing(name="abc", owner_id=5).owner_id == 5  # the constructor takes Python names


def test_additional_properties_are_the_fields_the_spec_does_not_declare() -> None:
    first, second = Thing(name="abc"), Thing(name="abc")
    first.additional_properties["new"] = 1
    assert second.additional_properties == {} and first.additional_properties is not second.additional_properties
    assert first.to_dict() == {"name": "abc", "new": 1}
    second.additional_properties = {"x": [1]}
    assert json.loads(second.to_json()) == {"name": "abc", "x": [1]}


def test_from_json_and_back() -> None:
    thing = Thing.from_json('{"name": "abc", "ownerId": 3, "extra": [1, 2]}')
    assert thing.owner_id == 3
    assert json.loads(thing.to_json()) == {"name": "abc", "ownerId": 3, "extra": [1, 2]}  # unknown fields kept
    with pytest.raises(ValidationError):
        Thing.from_json('{"ownerId": 3}')


def test_to_dict_leaves_out_none_unless_a_nullable_field_was_set_to_it() -> None:
    assert Thing(name="abc").to_dict() == {"name": "abc"}
    assert Thing(name="abc", note=None, secret=None).to_dict() == {"name": "abc", "note": None}


def test_to_wire_leaves_out_read_only_fields() -> None:
    thing = Thing(name="abc", secret="s", color=Color.GREEN)
    assert thing.to_dict()["secret"] == "s"
    assert thing.to_wire() == {"name": "abc", "color": "green"}


def test_to_str_is_openapi_generators() -> None:
    shown = Thing(name="abc", owner_id=1).to_str()
    assert "'ownerId': 1" in shown and "'additional_properties': {}" in shown and "'note': None" in shown


def test_an_inline_enum_refuses_what_it_does_not_list_but_reads_it() -> None:
    class Order(ApiModel):
        status: Annotated[Literal["placed", "shipped"], ENUM] | None = None

    assert Order(status="placed").status == "placed"
    with pytest.raises(ValidationError, match=re.escape("must be one of enum values ('placed', 'shipped')")):
        Order(status="lost")
    assert Order.model_validate({"status": "lost"}, context={READING: True}).status == "lost"


def test_an_enum_argument_is_checked_for_its_type_only() -> None:
    # As OpenAPI Generator's methods: a server may take values its spec does not list yet.
    @validate_call
    def find(status: Annotated[Literal["available", "sold"], ARGUMENT_ENUM]) -> str:
        return status

    assert find("pending") == "pending"  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="Input should be a valid string"):
        find(3)  # type: ignore[arg-type]


def test_a_parent_gives_the_subtype_its_discriminator_names(models: tuple[Path, str]) -> None:
    root, package = models
    (root / package / "models").mkdir(parents=True)
    (root / package / "__init__.py").write_text("")
    (root / package / "models" / "__init__.py").write_text("")
    (root / package / "models" / "animal.py").write_text(textwrap.dedent("""
        from generator.runtime._model import ApiModel

        class Animal(ApiModel):
            kind: str
            __discriminator__ = ("kind", {"Cat": ("cat", "Cat")})
        """))
    (root / package / "models" / "cat.py").write_text(textwrap.dedent("""
        from generator.runtime._model import ApiModel

        class Cat(ApiModel):
            kind: str
            lives: int = 9
        """))
    animal = importlib.import_module(f"{package}.models.animal").Animal
    cat = animal.from_json('{"kind": "Cat", "lives": 3}')
    assert type(cat).__name__ == "Cat" and cat.lives == 3
    with pytest.raises(ValueError, match=re.escape(
            'Animal failed to lookup discriminator value from {"kind": "Dog"}. Discriminator property name: '
            'kind, mapping: {"Cat": "Cat"}')):
        animal.from_dict({"kind": "Dog"})


def test_wire_name() -> None:
    fields = Thing.model_fields
    assert wire_name(fields["owner_id"], "owner_id") == "ownerId"
    assert wire_name(fields["name"], "name") == "name"
    assert wire_name(None, "unknown") == "unknown"

    class Renamed(ApiModel):
        value: int = Field(default=0, serialization_alias="Value", validation_alias="value")

    assert wire_name(Renamed.model_fields["value"], "value") == "Value"


class Cat(ApiModel):
    kind: str = "cat"
    lives: int = 9


class Dog(ApiModel):
    kind: str = "dog"
    good: bool = True


class Pet(ApiOneOf):
    actual_instance: Annotated[
        Cat | Dog | None, Members("Pet", "oneOf", "kind", {"cat": "Cat", "dog": "Dog"})
    ] = None


class Either(ApiAnyOf):
    actual_instance: Annotated[Cat | Dog | None, Members("Either", "anyOf")] = None


def test_a_one_of_picks_its_member_by_the_discriminator() -> None:
    pet = Pet.from_dict({"kind": "dog", "good": False})
    assert isinstance(pet.actual_instance, Dog) and pet.actual_instance.good is False
    assert pet.to_dict() == {"kind": "dog", "good": False}
    assert isinstance(Pet.from_json('{"kind": "cat"}').actual_instance, Cat)
    assert json.loads(Pet(Cat(lives=3)).to_json()) == {"kind": "cat", "lives": 3}
    assert Pet(Dog()).to_wire() == {"kind": "dog", "good": True}


def test_a_one_of_is_built_as_openapi_generators_wrapper() -> None:
    assert Pet().actual_instance is None and Pet().to_json() == "null" and Pet.from_json(None).to_dict() is None
    assert isinstance(Pet(actual_instance=Cat()).actual_instance, Cat)
    with pytest.raises(ValueError, match="only 1 is allowed"):
        Pet(Cat(), Dog())
    with pytest.raises(ValueError, match="keyword arguments cannot be used"):
        Pet(Cat(), actual_instance=Cat())
    with pytest.raises(AttributeError, match="'int' object has no attribute 'get'"):
        Pet.from_json("1")  # OpenAPI Generator's reading of a discriminated oneOf


def test_a_value_several_members_take_is_refused_when_built_and_read_when_received() -> None:
    class Loose(ApiOneOf):
        actual_instance: Annotated[Cat | Dog | None, Members("Loose", "oneOf")] = None

    with pytest.raises(ValidationError, match="Multiple matches found"):
        Loose(actual_instance={"kind": "cat"})
    read = Loose.model_validate({"kind": "cat", "lives": 1}, context={READING: True})
    assert isinstance(read.actual_instance, Cat)  # the member that leaves fewer fields unknown


def test_an_any_of_takes_the_first_member_that_fits() -> None:
    assert isinstance(Either.from_dict({"kind": "dog"}).actual_instance, Cat)
    with pytest.raises(ValidationError, match=re.escape("Input type `<class 'str'>` is not `Cat`")):
        Either(actual_instance="123")
    with pytest.raises(ValueError, match="No match found when deserializing the JSON string into Either"):
        Either.from_json("1")


class Lazily(ApiOneOf):
    """A union whose members are Annotated, as the generator writes a member that closes a
    reference cycle (`Annotated[Cat, LAZY]`) or carries constraints."""

    actual_instance: Annotated[
        Annotated[Cat, LAZY] | Dog | Annotated[str, Limits(max_length=3)] | None,
        Members("Lazily", "oneOf", "kind", {"cat": "Cat", "dog": "Dog"}),
    ] = None


@pytest.mark.parametrize("value", [{"kind": "cat", "lives": 2}, Cat(lives=2)])
def test_an_annotated_member_is_matched_by_its_class(value: Any) -> None:
    picked = Lazily.from_dict(value) if isinstance(value, dict) else Lazily(value)
    assert isinstance(picked.actual_instance, Cat) and picked.to_dict() == {"kind": "cat", "lives": 2}
    assert Lazily.model_validate({"kind": "cat"}, context={READING: True}).actual_instance == Cat()
    refused = str(pytest.raises(ValueError, Lazily, 7).value)
    assert "oneOf schemas: Cat, Dog, str" in refused and "Lazy" not in refused  # named by their class


def test_an_annotated_members_constraints_still_apply() -> None:
    assert Lazily("abc").actual_instance == "abc"
    with pytest.raises(ValidationError, match="No match found"):
        Lazily("abcd")


# --------------------------------------------------------------------------- lazy references


def write_models(root: Path, package: str, modules: dict[str, str]) -> None:
    """A package of model modules, written as the generator writes them."""
    folder = root / package
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    for name, text in modules.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(text))


@pytest.fixture
def models(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[Path, str]]:
    package = f"rt_models_{request.node.name.replace('[', '_').replace(']', '_').replace('-', '_')}"
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path, package
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


HEAD = """\
    from __future__ import annotations
    from typing import Annotated, Optional
    from generator.runtime._model import LAZY, ApiModel, resolve_references
"""


def test_references_are_resolved_and_built_in_dependency_order(models: tuple[Path, str]) -> None:
    root, pkg = models
    write_models(root, pkg, {
        "a": HEAD + f"""
    class A(ApiModel):
        b: Optional[B] = None
    resolve_references(A, {{"B": "{pkg}.b"}})
    """,
        "b": HEAD + f"""
    class B(ApiModel):
        c: Optional[C] = None
    resolve_references(B, {{"C": "{pkg}.c"}})
    """,
        "c": HEAD + """
    class C(ApiModel):
        value: int = 0
    """,
    })
    a = importlib.import_module(f"{pkg}.a").A
    b, c = sys.modules[f"{pkg}.b"].B, sys.modules[f"{pkg}.c"].C  # imported by the resolution
    assert _model._dependency_order([a]) == [c, b, a]
    assert all(m.__pydantic_complete__ for m in (a, b, c))
    built = a.from_dict({"b": {"c": {"value": 3}}})
    assert isinstance(built.b.c, c) and built.b.c.value == 3


def test_lazy_references_close_cycles(models: tuple[Path, str]) -> None:
    root, pkg = models
    write_models(root, pkg, {
        "node": HEAD + f"""
    class Node(ApiModel):
        value: Optional[int] = None
        children: Optional[list[Annotated[Node, LAZY]]] = None
        owner: Optional[Person] = None
    resolve_references(Node, {{"Person": "{pkg}.person"}}, lazy=frozenset({{"Node"}}))
    """,
        "person": HEAD + f"""
    class Person(ApiModel):
        name: Optional[str] = None
        favourite: Optional[Annotated[Node, LAZY]] = None
    resolve_references(Person, {{"Node": "{pkg}.node"}}, lazy=frozenset({{"Node"}}))
    """,
    })
    node = importlib.import_module(f"{pkg}.node").Node
    person = sys.modules[f"{pkg}.person"].Person
    assert _model._dependency_order([node, person]) == [person, node]  # the lazy edge is not followed
    tree = node.from_dict({"value": 1, "owner": {"name": "ann", "favourite": {"value": 2}},
                           "children": [{"value": 3, "children": [{"value": 4}]}]})
    assert tree.children[0].children[0].value == 4
    assert isinstance(tree.owner.favourite, node) and tree.owner.favourite.value == 2
    assert tree.to_dict()["children"][0]["children"] == [{"value": 4}]  # serialized by its own model
    with pytest.raises(ValidationError):
        node.from_dict({"children": [{"value": "not a number"}]})


def test_a_long_reference_cycle_imports_without_deep_recursion(models: tuple[Path, str]) -> None:
    root, pkg = models
    size = 150  # nested imports would need well over the default recursion limit of 1000 frames
    modules = {}
    for i in range(size):
        target = f"Ring{(i + 1) % size:03d}"
        lazy = '{"' + target + '"}' if i == size - 1 else ""
        modules[f"ring{i:03d}"] = HEAD + f"""
    class Ring{i:03d}(ApiModel):
        n: Optional[int] = None
        next: Optional[{f"Annotated[{target}, LAZY]" if lazy else target}] = None
    resolve_references(Ring{i:03d}, {{"{target}": "{pkg}.ring{(i + 1) % size:03d}"}}, lazy=frozenset({lazy}))
    """
    write_models(root, pkg, modules)
    first = importlib.import_module(f"{pkg}.ring000").Ring000
    value = first.from_dict({"n": 0, "next": {"n": 1, "next": {"n": 2}}})
    assert value.next.next.n == 2
    assert all(sys.modules[f"{pkg}.ring{i:03d}"].__dict__[f"Ring{i:03d}"].__pydantic_complete__
               for i in range(size))
