"""JSON is read as JSON (with lines), the version is checked before bundling, and `x-` extension
values are opaque data whose `$ref`s are never followed.

Oracles: Python's json module for what a JSON text holds, libyaml for the lines of a text both
can read (they must agree), and openapi-spec-validator for the document that comes out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import SpecError
from generator.read.load import load_spec
from generator.read.parse import MAX_DEPTH, Budget, _read_yaml, read_document

_KEYS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
_SCALARS = st.none() | st.booleans() | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False, allow_infinity=False) \
    | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
                       max_leaves=30)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@settings(max_examples=150, deadline=None)
@given(document=_VALUES, indent=st.sampled_from([None, 0, 1, 2]), name=st.sampled_from(["a.json", "a.yaml"]))
def test_any_json_text_reads_as_json_loads_reads_it(tmp_path_factory: pytest.TempPathFactory, document: Any,
                                                    indent: int | None, name: str) -> None:
    """C1 controls, escapes, any key: what json.loads gives, whatever the file is called
    (a `.yaml` file that holds a JSON object is read as JSON too)."""
    text = json.dumps({"doc": document}, indent=indent, ensure_ascii=False)
    path = _write(tmp_path_factory.mktemp("json"), name, text)
    data, positions = read_document(path, Budget())
    assert data == json.loads(text)
    assert "" in positions and "/doc" in positions


_BMP = st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))  # libyaml cannot read escaped surrogate pairs
_BMP_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(_BMP, max_size=12),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(_BMP, max_size=8), inner,
                                                                                       max_size=4), max_leaves=30)


@settings(max_examples=150, deadline=None)
@given(document=_BMP_VALUES)
def test_json_lines_are_the_lines_libyaml_finds(tmp_path_factory: pytest.TempPathFactory, document: Any) -> None:
    text = json.dumps({"doc": document}, indent=1)  # ASCII: a text libyaml reads too
    path = _write(tmp_path_factory.mktemp("lines"), "a.json", text)
    data, positions = read_document(path, Budget())
    yaml_data, yaml_positions = _read_yaml(str(path), text, Budget())
    assert data == yaml_data
    assert positions == yaml_positions


def test_a_published_json_spec_with_c1_controls_generates(tmp_path: Path) -> None:
    """Legal JSON, illegal YAML ("unacceptable character #x0080" before)."""
    from generator.pipeline import generate

    spec = {"openapi": "3.0.3", "info": {"title": "caf\u0080e \u009f", "version": "1"},
            "paths": {"/a": {"get": {"description": "x\u0085y", "responses": {"200": {"description": "ok"}}}}}}
    path = _write(tmp_path, "api.json", json.dumps(spec, ensure_ascii=False, indent=2))
    assert "\u0080" in path.read_text()
    assert generate(path, "c1").files


def test_json_keeps_the_limits(tmp_path: Path) -> None:
    for depth in (MAX_DEPTH, MAX_DEPTH + 1):  # the same bound as YAML's: the root is at depth 0
        for inner in ("[]", "1"):
            text = "[" * depth + inner + "]" * depth
            path = _write(tmp_path, "deep.json", text)
            if depth > MAX_DEPTH:  # the inner value sits at depth `depth`
                with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH} levels"):
                    read_document(path, Budget())
                with pytest.raises(SpecError, match=f"nested deeper than {MAX_DEPTH} levels"):
                    _read_yaml(str(path), text, Budget())
            else:
                assert read_document(path, Budget())[0] == _read_yaml(str(path), text, Budget())[0]
    duplicate = _write(tmp_path, "dup.json", '{\n "a": 1,\n "a": 2\n}')
    with pytest.raises(SpecError, match="duplicate key 'a'") as raised:
        read_document(duplicate, Budget())
    assert raised.value.where.startswith("3")
    nan = _write(tmp_path, "nan.json", '{"a": NaN}')
    with pytest.raises(SpecError, match="not a finite number"):
        read_document(nan, Budget())


def test_broken_json_is_reported_as_json_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.json", '{\n "a": 1,\n "b": \n}')
    with pytest.raises(SpecError, match="JSON syntax error") as raised:
        read_document(path, Budget())
    assert raised.value.where.startswith("4:")


def test_a_json_named_file_holding_yaml_is_still_read(tmp_path: Path) -> None:
    path = _write(tmp_path, "api.json", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
    data, positions = read_document(path, Budget())
    assert data["openapi"] == "3.0.3" and positions["/info"].line == 2


# --- the version first; extensions opaque ------------------------------------------------------

@pytest.mark.parametrize(("head", "message"), [
    ("openapi: 4.0.0", "OpenAPI version '4.0.0' is not supported"),
    ("openapi: 3.3.0", "OpenAPI version '3.3.0' is not supported"),
    ("swagger: '1.2'", "Swagger version '1.2' is not supported"),
    ("asyncapi: 2.6.0", "not an OpenAPI document: no 'openapi' or 'swagger' version field"),
])
def test_the_version_is_checked_before_any_ref_is_followed(tmp_path: Path, head: str, message: str) -> None:
    path = _write(tmp_path, "api.yaml", f"{head}\ninfo: {{title: t, version: '1'}}\n"
                                        "paths:\n  /a:\n    $ref: missing.yaml#/a\n")
    with pytest.raises(SpecError) as raised:
        load_spec(path)
    assert message in raised.value.message


def test_refs_inside_extensions_are_never_followed(tmp_path: Path) -> None:
    from generator.pipeline import generate

    path = _write(tmp_path, "api.yaml", """\
openapi: 3.0.3
info: {title: t, version: "1", x-logo: {$ref: logo.yaml}}
x-topics:
  - title: Intro
    content: {$ref: ./docs/intro.md}
paths:
  /a:
    get:
      x-code-samples: [{$ref: "samples.yaml#/a"}]
      responses:
        "200": {description: ok}
""")
    spec = load_spec(path)
    assert spec.document["x-topics"][0]["content"] == {"$ref": "./docs/intro.md"}
    assert spec.document["paths"]["/a"]["get"]["x-code-samples"] == [{"$ref": "samples.yaml#/a"}]
    assert [p.name for p in spec.sources] == ["api.yaml"]
    assert generate(path, "ext").files


def test_a_yaml_file_in_flow_style_that_is_not_json_is_read_as_yaml(tmp_path: Path) -> None:
    path = _write(tmp_path, "api.yaml", "{openapi: 3.0.3,\n info: {title: t, version: '1'},\n paths: {}}\n")
    data, positions = read_document(path, Budget())
    assert data == {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    assert positions["/paths"].line == 3


@pytest.mark.parametrize("text", [
    "{type: object, description: a ship, properties: {name: {type: string}}}\n",
    "{a: {b: {c: 1}}, d: [{e: 2}, {e: 3}]}\n",
    "[{a: 1}, {a: 1}]\n",
])
def test_any_flow_style_yaml_reads_as_yaml_reads_it(tmp_path: Path, text: str) -> None:
    """What the JSON scanner makes of text that is not JSON (a 'duplicate key' among the braces)
    never stands in the way: PyYAML's own reading is the oracle."""
    import yaml

    data, _ = read_document(_write(tmp_path, "ship.yaml", text), Budget())
    assert data == yaml.safe_load(text)
