"""generator/runtime/_limits.py on hostile input: a `pattern` is searched in linear time (Rust's
`regex` through pydantic-core) and decides as Python's `re` does on every pattern both take;
`uniqueItems` is checked in linear time and decides as pairwise `==` does."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Annotated, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from generator.runtime._model import ApiModel, Limits, enforce_constraints


@pytest.fixture(autouse=True)
def constraints_on() -> Iterator[None]:
    enforce_constraints(True)
    yield
    enforce_constraints(True)


def holder(**limits: Any) -> type[ApiModel]:
    class Holder(ApiModel):
        value: Annotated[Any, Limits(**limits)]

    return Holder


def accepts(model: type[ApiModel], value: Any) -> bool:
    try:
        model(value=value)
    except ValidationError:
        return False
    return True


# Patterns that take Python's `re` exponential time on a value that almost matches.
HOSTILE = [
    (r"^(a+)+$", "a" * 30 + "!"),
    (r"^(a|a)*$", "a" * 30 + "!"),
    (r"^(a|aa)+$", "a" * 30 + "!"),
    (r"(x+x+)+y", "x" * 30 + "!"),
    (r"^(\w+\s?)*$", "a" * 30 + "!"),
    (r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$",
     "a" * 30 + "!"),
    (r"/^(a+)+$/i", "A" * 30 + "!"),
]


@pytest.mark.parametrize(("pattern", "value"), HOSTILE)
def test_a_hostile_value_is_refused_at_once(pattern: str, value: str) -> None:
    model = holder(pattern=pattern)
    started = time.perf_counter()
    for size in (31, 1_000, 100_000):
        assert not accepts(model, (value[:-1] * (size // len(value) + 1))[: size - 1] + "!")
    assert time.perf_counter() - started < 1.0


ATOMS = st.sampled_from(["a", "b", ".", "[ab]", "[^a]", r"\d", "x"])
QUANTIFIERS = st.sampled_from(["", "*", "+", "?", "{1,2}", "{2}"])


def _pattern(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(inner, QUANTIFIERS).map(lambda p: f"({p[0]}){p[1]}"),
        st.lists(inner, min_size=2, max_size=3).map("|".join).map(lambda p: f"(?:{p})"),
        st.lists(inner, min_size=2, max_size=3).map("".join),
    )


PATTERNS = st.tuples(st.sampled_from(["", "^"]),
                     st.recursive(st.tuples(ATOMS, QUANTIFIERS).map("".join), _pattern, max_leaves=6),
                     st.sampled_from(["", "$"])).map("".join)


@settings(max_examples=300, deadline=None)
@given(pattern=PATTERNS, values=st.lists(st.text(alphabet="ab1x!", max_size=8), min_size=1, max_size=5))
def test_a_pattern_decides_as_pythons_re_does(pattern: str, values: list[str]) -> None:
    model = holder(pattern=pattern)
    for value in values:
        assert accepts(model, value) is (re.search(pattern, value) is not None), (pattern, value)


@pytest.mark.parametrize(("pattern", "value", "accepted"), [
    ("/^abc$/i", "ABC", True),
    ("/^a.c$/s", "a\nc", True),
    ("/^b$/m", "a\nb", True),
    ("/^a b$/x", "ab", True),
    ("/^abc$/", "ABC", False),
])
def test_perl_style_flags(pattern: str, value: str, accepted: bool) -> None:
    assert accepts(holder(pattern=pattern), value) is accepted


def test_the_message_shows_the_pattern_as_the_spec_wrote_it() -> None:
    with pytest.raises(ValidationError, match=r"regular expression /\^abc\$/i"):
        holder(pattern="/^abc$/i")(value="x")
    with pytest.raises(ValidationError, match=r"regular expression /\^a\+\$/"):
        holder(pattern="^a+$")(value="b")


@pytest.mark.parametrize("pattern", [r"(?<=a)b", r"(?!a)b", r"(a)\1", r"a{1000}{1000}"])
def test_a_pattern_the_linear_engine_refuses_is_left_to_the_server(pattern: str) -> None:
    # Look-arounds, backreferences, a compiled size over 10 MB: not checked on the client.
    model = holder(pattern=pattern)
    started = time.perf_counter()
    assert accepts(model, "zzz") and accepts(model, "a" * 50_000 + "!")
    assert time.perf_counter() - started < 1.0


# --------------------------------------------------------------------------- uniqueItems

JSON = st.recursive(
    st.none() | st.integers(-3, 3) | st.sampled_from(["a", "b", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["k", "l"]), inner, max_size=2),
    max_leaves=5,
)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(JSON, max_size=8))
def test_unique_items_decides_as_pairwise_equality(items: list[Any]) -> None:
    repeated = any(items[i] == items[j] for i in range(len(items)) for j in range(i))
    assert accepts(holder(unique=True), items) is not repeated


class Pet(ApiModel):
    name: str
    tags: list[str] | None = None


@pytest.mark.parametrize("kind", ["int", "str", "dict", "list", "model"])
def test_unique_items_on_100k_items_is_linear(kind: str) -> None:
    make = {"int": lambda i: i, "str": str, "dict": lambda i: {"b": i, "a": [i]}, "list": lambda i: [i, "x"],
            "model": lambda i: Pet(name=str(i), tags=["t"])}[kind]
    items = [make(i) for i in range(100_000)]
    model = holder(unique=True)
    started = time.perf_counter()
    assert accepts(model, items)
    assert not accepts(model, [*items, make(99_999)])
    assert time.perf_counter() - started < 15.0  # linear: ~2 s on a busy 2-core machine; pairwise: hours


def test_dicts_that_differ_only_in_key_order_repeat() -> None:
    assert not accepts(holder(unique=True), [{"a": 1, "b": 2}, {"b": 2, "a": 1}])
    assert not accepts(holder(unique=True), [Pet(name="x"), Pet(name="x")])
