"""oneOf and anyOf models, as OpenAPI Generator's clients have them: a wrapper whose value is
`actual_instance`, one of the member types (`Pig(basque_pig)`, `Pig(actual_instance=...)`,
`Pig.from_json(...)`), dumped as that value."""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Annotated, Any, Optional, Union, get_args, get_origin

from pydantic import (
    BaseModel,
    ConfigDict,
    GetCoreSchemaHandler,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic_core import core_schema
from typing_extensions import Self

from ._limits import READING


class _Fields(dict):  # type: ignore[type-arg]
    """Keyword arguments of a wrapper's constructor, told apart from a member's data."""


class ApiUnion(BaseModel):
    """Base of oneOf (ApiOneOf) and anyOf (ApiAnyOf) models."""

    model_config = ConfigDict(validate_assignment=True, protected_namespaces=())
    actual_instance: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if args:
            if len(args) > 1:
                raise ValueError(
                    "If a position argument is used, only 1 is allowed to set `actual_instance`"
                )
            if kwargs:
                raise ValueError(
                    "If a position argument is used, keyword arguments cannot be used."
                )
            kwargs = {"actual_instance": args[0]}
        self.__pydantic_validator__.validate_python(_Fields(kwargs), self_instance=self)

    # Not a "custom __init__" to pydantic: validating data (a response, a parent's field) goes
    # straight to the validators, with its context, instead of through this constructor.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @model_validator(mode="before")
    @classmethod
    def _wrap(cls, data: Any) -> Any:
        """A member's value (from JSON, or a parent model's field) becomes `actual_instance`."""
        if isinstance(data, _Fields):
            return dict(data)
        if isinstance(data, cls):
            return data
        return {"actual_instance": data}

    @model_serializer(mode="wrap")
    def _unwrap(self, handler: Any) -> Any:
        dumped = handler(self)
        return dumped.get("actual_instance") if isinstance(dumped, dict) else dumped

    @classmethod
    def from_json(cls, json_str: Optional[str]) -> Self:
        """The wrapper of a JSON document; `None` gives an empty wrapper."""
        if json_str is None:
            return cls()
        return cls.from_dict(json.loads(json_str))

    @classmethod
    def from_dict(cls, obj: Any) -> Self:
        """The wrapper of `obj`; `None` (a nullable union's null) gives an empty wrapper."""
        if obj is None:
            return cls()
        rule = _rule(cls)
        if rule is not None and rule.property:
            obj.get(rule.property)  # as OpenAPI Generator reads it: a non-object fails here
        try:
            return cls(actual_instance=obj)
        except ValidationError as error:
            kind = "oneOf" if issubclass(cls, ApiOneOf) else "anyOf"
            raise ValueError(
                f"No match found when deserializing the JSON string into {cls.__name__} with "
                f"{kind} schemas: {', '.join(_names(cls))}. Details: {error}"
            ) from None

    def to_json(self) -> str:
        value = self.actual_instance
        if value is None:
            return "null"
        if hasattr(value, "to_json"):
            return str(value.to_json())
        return json.dumps(self.model_dump(mode="json", by_alias=True))

    def to_dict(self) -> Any:
        value = self.actual_instance
        return value.to_dict() if hasattr(value, "to_dict") else value

    def to_wire(self) -> Any:
        value = self.actual_instance
        return value.to_wire() if hasattr(value, "to_wire") else self.model_dump(mode="json")

    def to_str(self) -> str:
        from ._show import pretty, printable

        return pretty(*printable(self.model_dump(by_alias=True), lambda _: None))


class ApiOneOf(ApiUnion):
    """Exactly one member schema must match."""


class ApiAnyOf(ApiUnion):
    """At least one member schema must match; the first that does is taken."""


def _rule(cls: type[ApiUnion]) -> Optional[Members]:
    return next(
        (m for m in cls.model_fields["actual_instance"].metadata if isinstance(m, Members)), None
    )


def _names(cls: type[ApiUnion]) -> list[str]:
    annotation = cls.model_fields["actual_instance"].annotation
    members = [m for m in get_args(annotation) if m is not type(None)]
    return sorted(_type_name(member) for member in members)


def _type_name(member: Any) -> str:
    member = _bare(member)
    if get_args(member) and getattr(member, "__origin__", None) is not Union:
        origin = getattr(member, "__origin__", member)
        inner = ", ".join(_type_name(arg) for arg in get_args(member))
        return f"{getattr(origin, '__name__', str(origin)).capitalize()}[{inner}]"
    return str(getattr(member, "__name__", member))


class Members:
    """The rule that picks `actual_instance` among the member types: `Annotated[Optional[Union[A,
    B]], Members("Pig", "oneOf", "className", {"BasquePig": "BasquePig"})]`.

    A discriminator's value picks its member at once; otherwise members are tried in turn, each
    with its own constraints. Building a value that several members of a oneOf accept is an
    error, as in OpenAPI Generator; reading one (a response) takes the closest member.
    """

    __slots__ = ("_adapters", "kind", "mapping", "owner", "property")

    def __init__(
        self, owner: str, kind: str, property: str = "", mapping: Optional[Mapping[str, str]] = None
    ) -> None:
        self.owner = owner
        self.kind = kind  # oneOf | anyOf
        self.property = property  # the discriminator's wire name
        self.mapping = dict(mapping or {})  # its value -> member class name
        self._adapters: list[tuple[Any, Any]] = []

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        members = [m for m in get_args(source) if m is not type(None)]
        flat: list[Any] = []
        for member in members:  # Optional[Union[A, B]] arrives as Union[A, B, None]
            flat += (
                [m for m in get_args(member) if m is not type(None)]
                if _is_union(member)
                else [member]
            )
        self._adapters = [(member, None) for member in flat]
        return core_schema.with_info_plain_validator_function(self._pick)

    def _pick(self, value: Any, info: ValidationInfo) -> Any:
        if value is None:
            return None
        chosen = None
        if isinstance(value, dict) and self.property:
            chosen = self.mapping.get(str(value.get(self.property)))
        found: list[Any] = []
        if isinstance(value, (str, int, float)):
            # A scalar is its own type first: "0" stays a string where a string member takes it.
            found = self._matches(value, info, chosen, strict=True)[0]
        guesses: list[Any] = []
        problems: list[str] = []
        if not found:
            found, guesses, problems = self._matches(value, info, chosen, strict=False)
        reading = bool(info.context and info.context.get(READING))
        if not found and guesses and reading:
            found = guesses[:1]
        names = ", ".join(sorted(_type_name(member) for member, _ in self._adapters))
        where = f"in {self.owner} with {self.kind} schemas: {names}"
        if not found:
            article = "`actual_instance`" if self.kind == "oneOf" else "the actual_instance"
            raise ValueError(
                f"No match found when setting {article} {where}. Details: {', '.join(problems)}"
            )
        if len(found) > 1 and self.kind == "oneOf" and not _same(found):
            if not reading:
                raise ValueError(f"Multiple matches found when setting `actual_instance` {where}.")
            # a response: the member that leaves the fewest of its fields unknown
            return min(found, key=lambda v: len(getattr(v, "__pydantic_extra__", None) or {}))
        return found[0]

    def _matches(
        self, value: Any, info: ValidationInfo, chosen: Optional[str], strict: bool
    ) -> tuple[list[Any], list[Any], list[str]]:
        """(members' values that take `value`, enum guesses, why the others do not)."""
        found: list[Any] = []
        guesses: list[Any] = []
        problems: list[str] = []
        for index, (member, adapter) in enumerate(self._adapters):
            # A member that closes a reference cycle is `Annotated[Cat, LAZY]`: its class is Cat.
            bare = _bare(member)
            if chosen is not None and getattr(bare, "__name__", "") != chosen:
                continue
            # An instance of the member's class is taken as it is; constraints are checked.
            if (
                isinstance(bare, type)
                and isinstance(value, bare)
                and (bare is member or _is_model(bare))
            ):
                found.append(value)
                continue
            if adapter is None:
                adapter = TypeAdapter(member)
                self._adapters[index] = (member, adapter)
            if self.kind == "anyOf" and _is_model(bare) and not isinstance(value, dict):
                problems.append(f"Error! Input type `{type(value)}` is not `{bare.__name__}`")
                continue
            try:
                result = adapter.validate_python(value, context=info.context, strict=strict or None)
            except ValidationError as error:
                problems.append(str(error))
                continue
            if _unlisted(result):  # an enum value the member does not list: a last resort
                guesses.append(result)
                problems.append(f"{value!r} is not a valid {type(result).__name__}")
            else:
                found.append(result)
            if found and self.kind == "anyOf":
                break
        return found, guesses, problems


def _bare(member: Any) -> Any:
    """The type inside `Annotated[...]` (a lazy reference, a constraint), else `member` itself."""
    while get_origin(member) is Annotated:
        member = get_args(member)[0]
    return member


def _is_model(member: Any) -> bool:
    return isinstance(member, type) and issubclass(member, BaseModel)


def _unlisted(value: Any) -> bool:
    """An enum member made up for a value the enum does not list (ApiEnum's UNKNOWN_...)."""
    return isinstance(value, Enum) and value._name_.startswith("UNKNOWN_")


def _is_union(member: Any) -> bool:
    return getattr(member, "__origin__", None) is Union


def _same(values: list[Any]) -> bool:
    """Several members that read a value the same way (an int is also a number) are one match."""
    return all(value == values[0] and type(value) is type(values[0]) for value in values)
