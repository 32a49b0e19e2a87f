"""What every generated model shares: pydantic settings, the OpenAPI Generator-compatible
methods (to_dict, to_json, from_dict, from_json, to_str), and lazy resolution of references."""

from __future__ import annotations

import json
import pprint
import re
import sys
from collections.abc import Callable, Mapping
from enum import Enum
from importlib import import_module
from typing import Any, ClassVar, Optional, TypeVar, overload

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, RootModel, ValidationInfo
from pydantic_core import core_schema
from typing_extensions import Self

M = TypeVar("M", bound="ApiModel")
R = TypeVar("R", bound="ApiRootModel")


class ApiModel(BaseModel):
    """Base of every object model. Unknown fields from the server are kept, not dropped."""

    model_config = ConfigDict(
        populate_by_name=True, validate_assignment=True, protected_namespaces=(), extra="allow"
    )
    # Wire names of readOnly properties (never sent) and of nullable ones (sent as null when set).
    __read_only__: ClassVar[frozenset[str]] = frozenset()
    __nullable__: ClassVar[frozenset[str]] = frozenset()

    def to_str(self) -> str:
        """The model as a pretty-printed dict, by wire names."""
        return pprint.pformat(self.model_dump(by_alias=True))

    def to_json(self) -> str:
        """The model as a JSON string, by wire names."""
        return json.dumps(self._dump("json"))

    @classmethod
    def from_json(cls, json_str: str) -> Self:
        """A model from a JSON string."""
        return cls.model_validate_json(json_str)

    def to_dict(self) -> dict[str, Any]:
        """The model as a dict by wire names: None left out unless a nullable field was set to it."""
        return self._dump("python")

    def to_wire(self) -> dict[str, Any]:
        """JSON-ready data as sent to the server (readOnly fields left out)."""
        return self._dump("json", exclude_read_only=True)

    @overload
    @classmethod
    def from_dict(cls, obj: None) -> None: ...

    @overload
    @classmethod
    def from_dict(cls, obj: Mapping[str, Any]) -> Self: ...

    @classmethod
    def from_dict(cls, obj: Optional[Mapping[str, Any]]) -> Optional[Self]:
        """A model from a dict by wire names (or by attribute names); None gives None."""
        if obj is None:
            return None
        return cls.model_validate(obj)

    def _dump(self, mode: str, exclude_read_only: bool = False) -> dict[str, Any]:
        data = self.model_dump(mode=mode, by_alias=True, exclude_none=True)
        fields = type(self).model_fields
        for name in self.model_fields_set:
            field = fields.get(name)
            wire = wire_name(field, name)
            if getattr(self, name, None) is None and wire in self.__nullable__:
                data[wire] = None
        if exclude_read_only:
            for wire in self.__read_only__:
                data.pop(wire, None)
        return data


def wire_name(field: Any, name: str) -> str:
    """A field's name in JSON (the generator sets serialization_alias where it differs)."""
    if field is None:
        return name
    return str(field.serialization_alias or field.alias or name)


class ApiRootModel(RootModel[Any]):
    """Base of oneOf/anyOf models: the chosen member is `actual_instance` (also `root`)."""

    model_config = ConfigDict(validate_assignment=True, protected_namespaces=())

    @property
    def actual_instance(self) -> Any:
        return self.root

    def to_dict(self) -> Any:
        value = self.root
        return value.to_dict() if hasattr(value, "to_dict") else value

    def to_wire(self) -> Any:
        value = self.root
        return (
            value.to_wire()
            if hasattr(value, "to_wire")
            else self.model_dump(mode="json", by_alias=True)
        )

    def to_json(self) -> str:
        value = self.root
        return value.to_json() if hasattr(value, "to_json") else self.model_dump_json(by_alias=True)

    def to_str(self) -> str:
        return pprint.pformat(self.to_dict())

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


class Limits:
    """A schema's constraints (lengths, bounds, pattern, item counts), enforced on what the client
    builds, not on what it reads: a response is decoded as the server sent it."""

    __slots__ = ("_checks",)

    def __init__(self, **limits: Any) -> None:
        self._checks = tuple(sorted(limits.items()))

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.with_info_after_validator_function(self._check, handler(source))

    def _check(self, value: Any, info: ValidationInfo) -> Any:
        if value is None or not _enforced[0] or (info.context and info.context.get(READING)):
            return value
        for name, limit in self._checks:
            problem = _LIMITS[name](value, limit)
            if problem:
                raise ValueError(problem)
        return value


# The validation context key under which responses are read (see _codec.decode).
READING = "reading"
_enforced = [True]  # Configuration.client_side_validation


def enforce_constraints(enabled: bool) -> None:
    """Turn the checks of every Limits on or off (process-wide: models have no configuration)."""
    _enforced[0] = bool(enabled)


def constraints_enforced() -> bool:
    return _enforced[0]


_LIMITS: dict[str, Callable[[Any, Any], str]] = {
    "min_length": lambda v, n: f"shorter than {n}" if len(v) < n else "",
    "max_length": lambda v, n: f"longer than {n}" if len(v) > n else "",
    "pattern": lambda v, p: f"does not match {p!r}" if not re.search(p, v) else "",
    "ge": lambda v, n: f"less than {n}" if v < n else "",
    "le": lambda v, n: f"greater than {n}" if v > n else "",
    "gt": lambda v, n: f"not greater than {n}" if v <= n else "",
    "lt": lambda v, n: f"not less than {n}" if v >= n else "",
    "multiple_of": lambda v, n: (
        f"not a multiple of {n}" if abs(v / n - round(v / n)) > 1e-9 else ""
    ),
}


def discriminate(property_name: str, mapping: Mapping[str, str]) -> Callable[[Any], Optional[str]]:
    """A pydantic discriminator: which member class a value's `property_name` selects."""

    def pick(value: Any) -> Optional[str]:
        if isinstance(value, dict):
            tag = value.get(property_name)
        else:
            tag = getattr(value, "__pydantic_extra__", None) or {}
            tag = tag.get(property_name) if isinstance(tag, dict) else None
            if tag is None:
                for name, field in type(value).model_fields.items():
                    if wire_name(field, name) == property_name:
                        tag = getattr(value, name)
            if tag is None:
                return type(value).__name__
        if isinstance(tag, Enum):
            tag = tag.value
        return mapping.get(str(tag), str(tag)) if tag is not None else None

    return pick


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
