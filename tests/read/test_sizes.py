"""Every size a spec gives is capped and every spec regex runs in bounded time (issue 20, class 5).

A spec's numbers (minLength, maxItems, minProperties, bounds, multipleOf) and patterns reach the
code that makes up values: doc examples, the mock's answers, the validator's check of defaults,
and the names plan. Whatever they say, `generate`, `validate` and the mock's synthesis end within
the limits of test_limits.py (1 GiB, 20 s of CPU) with a package of bounded size, or one clean
line per problem and exit 2; never exit 3, never a kill by a limit.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_limits import run_limited

from generator.ir.names import Claim, settle
from generator.ir.synth import MAX_LENGTH, number_value, string_value

# Patterns that make a backtracking engine take exponential time, or a naive generator build
# gigabytes, or that Rust's regex cannot read (look-around, back-references), or no engine can.
PATTERNS = [
    r"^(a+)+$", r"(x+x+)+y", r"^(a|a)*$", r"(a*)*b", r"^(\w+\s?)*$", r"^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@)",
    r"a{1000000000}", r"((a{100}){100}){100}", r"(?=a)(a+)+$", r"(a)\1+$", r"[\x00-\U0010ffff]{1000}",
    r"^(?:(?:(?:a{0,100}){0,100}){0,100})$", r"[", r"(?P<x>a)(?P=x){50}", r"\p{L}+", "^[^\\x00]*$",
]
SIZES = [0, 1, 7, 300, 10**6, 10**9, 2**63, 10**300]
NUMBERS = [0, 1, -1, 2.5, 1e-300, 5e-324, 1e308, -1e308, 10**400, -(10**400), 2**63, 3]
EVIL_TEXT = ["a" * 40 + "b", "x" * 60, "", "ab" * 500]

SIZE_KEYS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")
NUMBER_KEYS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


@st.composite
def hostile_schemas(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "array", "object"]))
    schema: dict[str, Any] = {"type": kind}
    for key in draw(st.lists(st.sampled_from(SIZE_KEYS), unique=True, max_size=3)):
        schema[key] = draw(st.sampled_from(SIZES))
    if kind in ("integer", "number"):
        for key in draw(st.lists(st.sampled_from(NUMBER_KEYS), unique=True, max_size=3)):
            schema[key] = draw(st.sampled_from(NUMBERS))
    if kind == "string" and draw(st.booleans()):
        schema["pattern"] = draw(st.sampled_from(PATTERNS))
        if draw(st.booleans()):
            schema["example"] = draw(st.sampled_from(EVIL_TEXT))
    if kind == "array":
        schema["items"] = draw(hostile_schemas(depth + 1)) if depth < 2 else {"type": "string"}
        schema["uniqueItems"] = draw(st.booleans())
    if kind == "object":
        children = draw(st.integers(0, 2)) if depth < 2 else 0
        schema["properties"] = {f"p{i}": draw(hostile_schemas(depth + 1)) for i in range(children)}
        schema["required"] = list(schema["properties"])
        schema["additionalProperties"] = draw(st.sampled_from([True, {"type": "string", "minLength": 10**9}]))
    return schema


def spec_for(schema: dict[str, Any]) -> dict[str, Any]:
    """One operation taking the schema as a body and a query parameter, and answering it."""
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    return {
        "openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "postThing",
            "parameters": [{"name": "q", "in": "query", "required": True, "schema": {"$ref": "#/components/schemas/Thing"}}],
            "requestBody": {"required": True, "content": content},
            "responses": {"200": {"description": "ok", "content": content}},
        }}},
        "components": {"schemas": {"Thing": schema}},
    }


_SYNTHESIZE = """
import json, sys
from generator.mock.data import Synthesizer
document = json.load(open(sys.argv[1]))
value = Synthesizer(document, "response").value({"$ref": "#/components/schemas/Thing"})
print(len(json.dumps(value)))
"""


def _folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def check_bounded(spec: dict[str, Any], folder: Path) -> None:
    (folder / "spec.json").write_text(json.dumps(spec))
    code, _, stderr = run_limited(["-m", "generator", "generate", "--spec", "spec.json", "--out", "out"], folder)
    assert code in (0, 2), stderr[-2000:]
    assert "internal error" not in stderr and "Traceback" not in stderr, stderr[-2000:]
    if code == 0:
        assert _folder_bytes(folder / "out") < 2_000_000  # the package from a spec of a few hundred bytes
    else:
        assert all(line.startswith("spec.json") for line in stderr.splitlines()), stderr
    code, stdout, stderr = run_limited(["-c", _SYNTHESIZE, "spec.json"], folder)
    assert code == 0, stderr[-2000:]
    assert int(stdout) < 1_000_000


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(schema=hostile_schemas())
def test_huge_sizes_and_pathological_patterns_end_within_limits(tmp_path_factory: pytest.TempPathFactory,
                                                                schema: dict[str, Any]) -> None:
    check_bounded(spec_for(schema), tmp_path_factory.mktemp("sizes"))


# The findings of issue 20 as they were reported, each once.
FOUND = {
    "min_length": {"type": "string", "minLength": 1000000000},
    "nested_quantifier_pattern": {"type": "string", "pattern": "(x+x+)+y", "minLength": 40},
    "min_items": {"type": "array", "minItems": 1000000000, "items": {"type": "string"}},
    "min_properties": {"type": "object", "minProperties": 1000000000, "additionalProperties": {"type": "string"}},
    "nested_arrays": {"type": "array", "minItems": 10**9, "items": {"type": "array", "minItems": 10**9,
                                                                     "items": {"type": "string", "minLength": 10**9}}},
    "default_against_pattern": {"type": "string", "pattern": "^(a+)+$", "default": "a" * 40 + "b"},
    "example_against_pattern": {"type": "string", "pattern": "^(a+)+$", "example": "a" * 40 + "b"},
    "huge_bounds": {"type": "integer", "minimum": 10**400, "multipleOf": 3},
    "tiny_step": {"type": "number", "minimum": 1e308, "multipleOf": 5e-324},
}


@pytest.mark.parametrize("name", FOUND)
def test_each_reported_size_and_regex_finding(tmp_path: Path, name: str) -> None:
    check_bounded(spec_for(FOUND[name]), tmp_path)


def test_a_dag_of_required_references_gives_a_bounded_example(tmp_path: Path) -> None:
    """Ten levels of ten required fields, each a $ref to the next level: 10**10 values if expanded."""
    spec = spec_for({"$ref": "#/components/schemas/L0"})
    for level in range(10):
        props = {f"f{i}": {"$ref": f"#/components/schemas/L{level + 1}"} for i in range(10)}
        spec["components"]["schemas"][f"L{level}"] = {"type": "object", "required": list(props), "properties": props}
    spec["components"]["schemas"]["L10"] = {"type": "string"}
    check_bounded(spec, tmp_path)


# Patterns as real specs write them, with Python's `re` as the oracle for what our values claim.
ORDINARY = [r"^[a-z]+$", r"^\d{3}-\d{4}$", r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$", r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{12}$",
            r"^[^@]+@[^@]+\.[a-z]{2,}$", r"^(\+|-)?\d+(\.\d+)?$", r"^#[0-9A-Fa-f]{6}$", r"^v\d+$", r"^\S+$",
            r"^[a-zA-Z0-9_-]{20,40}$", r"^(GET|POST|PUT)$", r"^\w+(\.\w+)*$"]


@settings(max_examples=200, deadline=None)
@given(pattern=st.sampled_from(ORDINARY), min_len=st.sampled_from([None, 0, 1, 5, 25, 10**9]),
       max_len=st.sampled_from([None, 0, 3, 10, 64, 10**9]), name=st.sampled_from(["", "id", "x" * 500]))
def test_a_value_said_to_fit_fits_by_pythons_re(pattern: str, min_len: int | None, max_len: int | None,
                                                name: str) -> None:
    schema: dict[str, Any] = {"type": "string", "pattern": pattern}
    if min_len is not None:
        schema["minLength"] = min_len
    if max_len is not None:
        schema["maxLength"] = max_len
    value, sure = string_value(schema, name)
    assert len(value) <= MAX_LENGTH + 20
    if sure:
        assert re.search(pattern, value), (pattern, value)
        assert len(value) >= (min_len or 0) and (max_len is None or len(value) <= max_len)
    if (min_len or 0) <= 1 and max_len in (None, 10**9):
        assert sure, (schema, value)  # an ordinary pattern with room to fit is always met


_NUMBERS = st.one_of(st.integers(-(10**500), 10**500), st.floats(allow_nan=False, allow_infinity=False),
                     st.sampled_from(NUMBERS), st.booleans(), st.text(max_size=3))


@settings(max_examples=500, deadline=None)
@example(bounds={"multipleOf": 5e-324}, integral=False, variant=0)  # 1.5 / 5e-324 is inf
@example(bounds={"minimum": 10**400, "maximum": 10**400 + 5}, integral=False, variant=0)  # no float holds it
@example(bounds={"minimum": 10**400, "multipleOf": 3}, integral=True, variant=0)
@given(bounds=st.dictionaries(st.sampled_from(NUMBER_KEYS), _NUMBERS), integral=st.booleans(),
       variant=st.integers(0, 5))
def test_a_number_is_made_for_any_bounds(bounds: dict[str, Any], integral: bool, variant: int) -> None:
    value = number_value(bounds, integral, variant)
    assert isinstance(value, int) if integral else isinstance(value, float)
    low, high, step = (bounds.get(k) for k in ("minimum", "maximum", "multipleOf"))
    plain = all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high) if v is not None)
    if plain and integral and set(bounds) <= {"minimum", "maximum"} and (low is None or high is None or low <= high):
        assert (low is None or value >= low) and (high is None or value <= high)
    if integral and isinstance(step, int) and not isinstance(step, bool) and step > 0 and set(bounds) == {
            "minimum", "multipleOf"} and isinstance(low, int) and not isinstance(low, bool):
        assert value % step == 0 and value >= low


def test_many_names_for_one_identifier_settle_in_linear_time() -> None:
    """20,000 property names that all become `a` (`a`, `a-`, `a.`, `a_`, `a -`, ...): each gets a
    number; the plan takes well under the ~3 minutes a quadratic search took."""
    wires = ["a" + "".join(p) for n in range(8) for p in itertools.product("-. _", repeat=n)][:20000]
    started = time.process_time()
    names, findings = settle([Claim(f"/p/{i}", "a", w) for i, w in enumerate(wires)], {}, {}, "property")
    assert time.process_time() - started < 10
    assert len(set(names.values())) == 20000 and len(findings) == 19999
    assert names["/p/0"] == "a" and names["/p/1"] == "a_2" and names["/p/19999"] == "a_20000"
