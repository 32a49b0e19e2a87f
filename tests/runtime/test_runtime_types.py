"""generator/runtime/_types.py: response types written as data, and what they stand for."""

from __future__ import annotations

import datetime
import decimal
import sys
import types
import uuid
from collections.abc import Iterator
from typing import Any, Literal

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.runtime._types import DictOf, ListOf, LiteralOf, Nullable, Ref, UnionOf, describe, python_type

MODELS = "generator.runtime.models"


class Pet(BaseModel):
    name: str


@pytest.fixture
def pet_module(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    """`models/pet.py` of the package the runtime belongs to (here: generator.runtime)."""
    module = types.ModuleType(f"{MODELS}.pet")
    module.Pet = Pet  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, f"{MODELS}.pet", module)
    yield module


@pytest.mark.parametrize("cls", [str, int, float, bool, bytes, datetime.datetime, datetime.date, decimal.Decimal,
                                 uuid.UUID])
def test_a_class_stands_for_itself(cls: type) -> None:
    assert python_type(cls) is cls
    assert describe(cls) == cls.__name__


def test_object_stands_for_any() -> None:
    assert python_type(object) is Any
    assert describe(object) == "Any"


def test_ref_is_imported_when_resolved_not_before(pet_module: types.ModuleType) -> None:
    ref = Ref("pet", "Pet")
    assert (ref.module, ref.name) == ("pet", "Pet")
    assert describe(ref) == "Pet"
    assert python_type(ref) is Pet


def test_ref_to_a_missing_module_fails_when_resolved() -> None:
    ref = Ref("no_such_model", "Nothing")  # building it imports nothing
    with pytest.raises(ModuleNotFoundError):
        python_type(ref)


@pytest.mark.parametrize(("spec", "expected", "text"), [
    (ListOf(int), list[int], "list[int]"),
    (DictOf(str), dict[str, str], "dict[str, str]"),
    (UnionOf(int, str), int | str, "Union[int, str]"),
    (Nullable(int), int | None, "Optional[int]"),
    (LiteralOf("a", "b"), Literal["a", "b"], "Literal['a', 'b']"),
    (LiteralOf(1), Literal[1], "Literal[1]"),
    (ListOf(DictOf(Nullable(object))), list[dict[str, Any | None]], "list[dict[str, Optional[Any]]]"),
    (UnionOf(ListOf(int), Nullable(str)), list[int] | str | None, "Union[list[int], Optional[str]]"),
])
def test_every_kind(spec: Any, expected: Any, text: str) -> None:
    assert python_type(spec) == expected
    assert describe(spec) == text


def test_nested_refs(pet_module: types.ModuleType) -> None:
    spec = DictOf(ListOf(Nullable(Ref("pet", "Pet"))))
    assert python_type(spec) == dict[str, list[Pet | None]]
    assert describe(spec) == "dict[str, list[Optional[Pet]]]"


def test_the_types_validate_as_they_say(pet_module: types.ModuleType) -> None:
    pets = TypeAdapter(python_type(ListOf(Ref("pet", "Pet")))).validate_json(b'[{"name": "Rex"}]')
    assert pets == [Pet(name="Rex")]
    literal = TypeAdapter(python_type(LiteralOf("a", "b")))
    assert literal.validate_python("b") == "b"
    with pytest.raises(ValidationError):
        literal.validate_python("c")
    nullable = TypeAdapter(python_type(Nullable(int)))
    assert nullable.validate_json(b"null") is None
    union = TypeAdapter(python_type(UnionOf(int, ListOf(str))))
    assert union.validate_json(b'["x"]') == ["x"]
