"""generator/runtime/_show.py: repr, str, pprint and to_str of models however deep they nest.

The oracles are Python's and pydantic's own: repr of plain data, and pydantic's BaseModel.__repr__
and __str__ and pprint.pformat run in a thread with room for their recursion.
"""

from __future__ import annotations

import json
import pprint
import sys
import threading
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Annotated, Any, TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from generator.runtime._model import LAZY, ApiModel, ApiRootModel
from generator.runtime._show import represent

T = TypeVar("T")


class Color(str, Enum):
    RED = "red"


class Node(ApiModel):
    value: int | None = None
    label: str | None = Field(default=None, alias="Label")
    color: Color | None = None
    children: list[Annotated[Node, LAZY]] | None = None
    by_name: dict[str, Annotated[Node, LAZY]] | None = Field(default=None, alias="byName")


class Forest(ApiRootModel):
    root: list[Node]


def nested(depth: int, extra: bool = False) -> Node:
    node = Node(value=0, color=Color.RED)
    for level in range(1, depth + 1):
        node = Node(value=level, children=[node], byName={"n": node} if level % 50 == 0 else None)
        if extra:
            node.additional_properties["x-level"] = [level, {"a": (level,)}]
    return node


def with_room(compute: Callable[[], T]) -> T:
    """`compute()` in a thread with a large stack and recursion limit (the oracles recurse)."""
    result: list[Any] = []
    limit, size = sys.getrecursionlimit(), threading.stack_size(512 * 1024 * 1024)
    sys.setrecursionlimit(100_000)
    try:
        thread = threading.Thread(target=lambda: result.append(compute()))
        thread.start()
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
        threading.stack_size(size)
    return result[0]  # type: ignore[no-any-return]


@pytest.fixture
def pydantics_repr(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Any], tuple[str, str]]]:
    """repr and str as pydantic writes them, our overrides switched off."""

    def oracle(value: Any) -> tuple[str, str]:
        with monkeypatch.context() as patch:
            for cls in (ApiModel, ApiRootModel):
                patch.setattr(cls, "__repr__", BaseModel.__repr__)
                patch.setattr(cls, "__str__", BaseModel.__str__)
            return with_room(lambda: (repr(value), str(value)))

    yield oracle


def reference_printable(value: Any) -> Any:
    """What OpenAPI Generator's to_str prints (the recursive original of _model's)."""
    if isinstance(value, ApiModel):
        fields = type(value).model_fields
        shown = {(f.serialization_alias or f.alias or n): reference_printable(getattr(value, n))
                 for n, f in fields.items()}
        shown["additional_properties"] = reference_printable(dict(value.additional_properties))
        return shown
    if isinstance(value, dict):
        return {k: reference_printable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [reference_printable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


@pytest.mark.parametrize("depth", [0, 3, 199, 250, 400])
def test_a_deep_model_prints_as_pydantic_and_pprint_print_it(
        depth: int, pydantics_repr: Callable[[Any], tuple[str, str]]) -> None:
    node = nested(depth, extra=True)
    assert (repr(node), str(node)) == pydantics_repr(node)
    assert pprint.pformat(node) == repr(node)
    assert node.to_str() == reference_to_str(node, depth)
    if depth <= 250:  # pydantic-core serializes up to its own depth limit (~255 levels here)
        assert json.dumps(node.to_dict(), default=str) and json.loads(node.to_json())["value"] == depth
    forest = Forest([node, node])
    assert repr(forest) == pydantics_repr(forest)[0]
    assert forest.to_str() == reference_to_str([node, node], depth)


def reference_to_str(value: Any, depth: int) -> str:
    """pprint.pformat of what to_str shows, on one line (repr) when deeper than pprint goes."""
    data = with_room(lambda: reference_printable(value))
    return with_room(lambda: pprint.pformat(data) if depth <= 30 else repr(data))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3) | st.sampled_from([Color.RED, 1.5]),
    lambda inner: (st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3)
                   | st.lists(inner, max_size=3).map(tuple)),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(data=JSON)
def test_plain_data_is_written_as_python_writes_it(data: Any) -> None:
    assert represent(data) == repr(data)


def test_a_value_inside_itself_is_written_as_python_writes_it() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    table: dict[str, Any] = {"a": loop}
    table["self"] = table
    assert represent([loop, table]) == repr([loop, table])
    node = Node(value=1)
    node.additional_properties = {"me": table}
    assert "{...}" in repr(node)
    assert "..." in node.to_str()
