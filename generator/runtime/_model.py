"""What every generated model shares: pydantic settings, the OpenAPI Generator-compatible
methods (to_dict, to_json, from_dict, from_json, to_str), and lazy resolution of references."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from enum import Enum
from importlib import import_module
from typing import Any, ClassVar, Optional, TypeVar, overload

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    RootModel,
    ValidationInfo,
    model_serializer,
)
from pydantic_core import core_schema
from typing_extensions import Self

from ._limits import ARGUMENT_ENUM, ENUM, READING, Limits, constraints_enforced, enforce_constraints
from ._show import pretty, printable, represent

# Generated models import their runtime names from here (and the codec and configuration some).
__all__ = [
    "ARGUMENT_ENUM",
    "ENUM",
    "LAZY",
    "READING",
    "ApiEnum",
    "ApiModel",
    "ApiNullableModel",
    "ApiRootModel",
    "Lazy",
    "Limits",
    "constraints_enforced",
    "enforce_constraints",
    "resolve_references",
    "wire_name",
]

M = TypeVar("M", bound="ApiModel")
R = TypeVar("R", bound="ApiRootModel")


class ApiModel(BaseModel):
    """Base of every object model. Fields the spec does not declare (a newer server's) are kept
    in `additional_properties` and sent back as they were."""

    model_config = ConfigDict(
        populate_by_name=True, validate_assignment=True, protected_namespaces=(), extra="allow"
    )
    # Wire names of readOnly properties (never sent).
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    # (wire name of the property, {its value: (module under models/, class)}) of a model whose
    # subtypes the spec tells apart by a property: from_dict/from_json give the subtype.
    __discriminator__: ClassVar[Optional[tuple[str, Mapping[str, tuple[str, str]]]]] = None

    def __setattr__(self, name: str, value: Any) -> None:
        # `pet.var_date = ...` (OpenAPI Generator 7.x's name of `date`) sets the field: an
        # unknown name would be kept as an extra field and sent under that Python-side name.
        super().__setattr__(_aliases(type(self)).get(name, name), value)

    def __getattr__(self, name: str) -> Any:
        field = _aliases(type(self)).get(name)
        if field is not None:
            return getattr(self, field)
        return super().__getattr__(name)  # type: ignore[misc]

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the spec does not declare, by wire name: read from the server, or set here."""
        if self.__pydantic_extra__ is None:
            object.__setattr__(self, "__pydantic_extra__", {})
        return self.__pydantic_extra__  # type: ignore[return-value]

    @additional_properties.setter
    def additional_properties(self, value: Mapping[str, Any]) -> None:
        object.__setattr__(self, "__pydantic_extra__", dict(value))

    def to_str(self) -> str:
        """The model as OpenAPI Generator prints it: every field by wire name, None included, and
        the undeclared ones under `additional_properties`."""
        return pretty(*printable(self, _shown_fields))

    def __repr__(self) -> str:
        return represent(self)

    def __str__(self) -> str:
        return represent(self, " ", name=False)

    __repr__._writes_as_pydantic = True  # type: ignore[attr-defined]  # _show expands it

    def to_json(self) -> str:
        """The model as a JSON string, by wire names."""
        return json.dumps(self._dump("json"))

    def to_dict(self) -> dict[str, Any]:
        """The model as a dict by wire names: None left out unless a nullable field was set to it."""
        return self._dump("python")

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready data as sent to the server (readOnly fields left out)."""
        data = self._dump("json")
        for wire in self.__read_only__:
            data.pop(wire, None)
        return data

    def _dump(self, mode: str) -> dict[str, Any]:
        dumped: dict[str, Any] = self.model_dump(mode=mode, by_alias=True, exclude_none=True)
        return dumped

    @classmethod
    def from_json(cls, json_str: str) -> Self:
        """A model from a JSON string (the subtype its discriminator names, for a parent)."""
        if cls.__discriminator__ is not None:
            found: Self = cls.from_dict(json.loads(json_str))
            return found
        return cls.model_validate_json(json_str, by_name=False)

    @overload
    @classmethod
    def from_dict(cls, obj: None) -> None: ...

    @overload
    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> Self: ...

    @classmethod
    def from_dict(cls, obj: Optional[Mapping[str, Any]]) -> Optional[Self]:
        """A model from a dict by wire names (other keys are kept as additional properties);
        None gives None. The constructor also takes the fields' Python names."""
        if obj is None:
            return None
        if cls.__discriminator__ is not None:
            # A subtype, not Self: OpenAPI Generator's callers check it with isinstance.
            return _subtype(cls, obj).model_validate(obj, by_name=False)  # type: ignore[return-value]
        return cls.model_validate(obj, by_name=False)


class ApiNullableModel(ApiModel):
    """A model with nullable fields: one set to None is sent as null (and left out when unset)."""

    __nullable__: ClassVar[frozenset[str]] = frozenset()  # the nullable fields' Python names

    @model_serializer(mode="wrap")
    def _keep_nulls(self, handler: Any, info: Any) -> Any:
        data = handler(self)
        if info.exclude_none and isinstance(data, dict):
            fields = type(self).model_fields
            for name in self.__nullable__ & self.model_fields_set:
                if getattr(self, name) is None:
                    data[wire_name(fields[name], name) if info.by_alias else name] = None
        return data


_ALIASES: dict[type, dict[str, str]] = {}


def _aliases(cls: type[ApiModel]) -> dict[str, str]:
    """{other name: field name} of the names a field is also built and set under (`var_date`:
    `date`): the choices of its `AliasChoices`, which the generator gives only such fields."""
    found = _ALIASES.get(cls)
    if found is None:
        found = {}
        for name, field in cls.model_fields.items():
            if isinstance(field.validation_alias, AliasChoices):
                for choice in field.validation_alias.choices:
                    # never one of the class's own attributes (`copy`, `additional_properties`)
                    if isinstance(choice, str) and choice != name and not hasattr(cls, choice):
                        found[choice] = name
        _ALIASES[cls] = found
    return found


def _subtype(cls: type[ApiModel], obj: Mapping[str, Any]) -> type[ApiModel]:
    """The class a parent's discriminator names for `obj`, as OpenAPI Generator finds it."""
    property_name, mapping = cls.__discriminator__ or ("", {})
    target = mapping.get(str(obj.get(property_name)))
    if target is None:
        names = {value: class_name for value, (_, class_name) in mapping.items()}
        raise ValueError(
            f"{cls.__name__} failed to lookup discriminator value from {json.dumps(obj)}. "
            f"Discriminator property name: {property_name}, mapping: {json.dumps(names)}"
        )
    package = cls.__module__.rpartition(".models.")[0]
    found: type[ApiModel] = getattr(import_module(f"{package}.models.{target[0]}"), target[1])
    return found


def _shown_fields(value: Any) -> Optional[dict[str, Any]]:
    """A model's fields as OpenAPI Generator's to_str shows them: by wire name, with its extras."""
    if not isinstance(value, ApiModel):
        return None
    fields = type(value).model_fields
    shown = {wire_name(f, n): getattr(value, n) for n, f in fields.items()}
    shown["additional_properties"] = dict(value.additional_properties)
    return shown


def wire_name(field: Any, name: str) -> str:
    """A field's name in JSON (the generator sets serialization_alias where it differs)."""
    if field is None:
        return name
    return str(field.serialization_alias or field.alias or name)


class ApiRootModel(RootModel[Any]):
    """Base of a model that is a list or map of itself (a recursive alias): the value is `root`."""

    model_config = ConfigDict(validate_assignment=True, protected_namespaces=())

    def to_dict(self) -> Any:
        dumped = self.model_dump(by_alias=True, exclude_none=True)
        return dumped

    def to_wire(self) -> Any:
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def to_json(self) -> str:
        return json.dumps(self.to_wire())

    def to_str(self) -> str:
        return pretty(*printable(self.root, _shown_fields))

    def __repr__(self) -> str:
        return represent(self)

    def __str__(self) -> str:
        return represent(self, " ", name=False)

    __repr__._writes_as_pydantic = True  # type: ignore[attr-defined]  # _show expands it

    @classmethod
    def from_dict(cls, obj: Any) -> Self:
        return cls.model_validate(obj)

    @classmethod
    def from_json(cls, json_str: str) -> Self:
        return cls.model_validate_json(json_str)


class ApiEnum(Enum):
    """Enum base: a value the spec does not list (a newer server) reads as a pseudo-member
    named `UNKNOWN_...` instead of failing the whole response."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        base: Any = cls.__mro__[1]
        if base not in (str, int) or not isinstance(value, base):
            return None
        member = base.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member


class Lazy:
    """Marks a reference that closes a cycle of models (`Annotated[Node, LAZY]`).

    Such a reference is validated through the target model when data arrives instead of being
    built into the referring model's schema, so building a model never recurses along a
    cycle, however many models it runs through. The generator marks one edge per cycle.
    """

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        target = source

        def validate(value: Any, info: ValidationInfo) -> Any:
            if isinstance(value, target):
                return value
            return target.model_validate(value, context=info.context)

        # Serialized by the value's own model, with the caller's options (by_alias, exclude_none).
        return core_schema.with_info_plain_validator_function(validate)


LAZY = Lazy()
_pending: list[Any] = []
_resolving = False


def resolve_references(
    cls: Any, references: Mapping[str, str], lazy: frozenset[str] = frozenset()
) -> None:
    """Give `cls`'s module the model classes its annotations name, then finish the models.

    Modules do not import each other at the top: a reference cycle through hundreds of models
    would nest imports that deep. Instead each module registers here, and the first caller
    imports everything reachable in a flat loop, then builds the models in dependency order
    (references marked `lazy` close cycles and are not followed), so no build recurses deeply.
    """
    global _resolving
    cls.__references__ = dict(references)
    cls.__lazy_references__ = lazy
    _pending.append(cls)
    if _resolving:
        return
    _resolving = True
    try:
        found: list[Any] = []
        seen = set()
        while _pending:
            current = _pending.pop()
            if current in seen:
                continue
            seen.add(current)
            found.append(current)
            namespace = sys.modules[current.__module__].__dict__
            for name, module in getattr(current, "__references__", {}).items():
                if name not in namespace:
                    namespace[name] = getattr(import_module(module), name)
                    _pending.append(namespace[name])
        for model in _dependency_order(found):
            is_model = isinstance(model, type) and issubclass(model, BaseModel)
            if is_model and not model.__pydantic_complete__:
                model.model_rebuild()
    finally:
        _resolving = False


def _eager_references(cls: Any) -> list[Any]:
    namespace = sys.modules[cls.__module__].__dict__
    lazy: frozenset[str] = getattr(cls, "__lazy_references__", frozenset())
    return [namespace[name] for name in getattr(cls, "__references__", {}) if name not in lazy]


def _dependency_order(models: list[Any]) -> list[Any]:
    """`models` with each one after the models it refers to eagerly (an iterative DFS)."""
    order: list[Any] = []
    visited: set[Any] = set()
    for root in models:
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, iter(_eager_references(root)))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                order.append(node)
            elif child not in visited:
                visited.add(child)
                stack.append((child, iter(_eager_references(child))))
    return order
