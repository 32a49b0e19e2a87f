"""A field is built under every name code written against an OpenAPI Generator client uses for
it, and sent only under its wire name.

OpenAPI Generator 7.x escapes the words below with `var_` (`date` → `var_date`); the published
packages our names follow were made by an older generation that did not escape all of them
(ubiops' `Logs.date`). So `DataQuery(var_date=...)` and `query.var_date = ...` must set the field
`date`, not become an unknown extra field sent on the wire as `var_date=`.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType

import pytest
import yaml
from pydantic import BaseModel

from generator.pipeline import generate_files

# Transcribed from OpenAPI Generator 7.x, modules/openapi-generator/src/main/java/org/openapitools/
# codegen/languages/AbstractPythonCodegen.java, `setReservedWordsLowerCase(...)`.
OPENAPI_GENERATOR_7_RESERVED = [
    "all_params", "resource_path", "path_params", "query_params", "header_params", "form_params", "local_var_files",
    "body_params", "auth_settings", "property", "schema", "base64", "json", "date", "float", "and", "del", "from",
    "not", "while", "as", "elif", "global", "or", "with", "assert", "else", "if", "pass", "yield", "break", "except",
    "import", "print", "class", "exec", "in", "raise", "continue", "finally", "is", "return", "def", "for",
    "lambda", "try", "self", "nonlocal", "None", "True", "False", "async", "await",
]
# Other names, with OpenAPI Generator 7.x's spelling of each (read from its generated clients).
PLAIN = {"name": "name", "camelCase": "camel_case", "field": "field", "copy": "copy", "2fa": "var_2fa"}


def _spec() -> dict[str, object]:
    words = OPENAPI_GENERATOR_7_RESERVED + list(PLAIN)
    return {
        "openapi": "3.0.3", "info": {"title": "spellings", "version": "1"}, "paths": {},
        "components": {"schemas": {
            "DataQuery": {"type": "object", "properties": {w: {"type": "string"} for w in words}},
            # Both spellings are fields of their own here: each keeps its name.
            "Both": {"type": "object", "properties": {"date": {"type": "string"}, "var_date": {"type": "string"}}},
        }},
    }


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("spellings")
    (root / "spec.yaml").write_text(yaml.safe_dump(_spec()), "utf-8")
    _, files = generate_files(root / "spec.yaml", "spellings")
    for path, text in files.items():
        (root / "out" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "out" / path).write_text(text, "utf-8")
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("spellings")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [m for m in sys.modules if m == "spellings" or m.startswith("spellings.")]:
            del sys.modules[name]


def _their_name(wire: str) -> str:
    """OpenAPI Generator 7.x's field name for a wire name of the lists above."""
    return PLAIN.get(wire) or f"var_{wire.lower()}"


@pytest.mark.parametrize("wire", OPENAPI_GENERATOR_7_RESERVED + list(PLAIN))
def test_every_spelling_builds_the_same_field_and_only_the_wire_name_is_sent(package: ModuleType, wire: str) -> None:
    model = package.DataQuery
    ours = next(name for name, field in model.model_fields.items() if (field.serialization_alias or name) == wire)
    for spelling in {ours, wire, _their_name(wire)}:
        built = model(**{spelling: "v"})
        assert built.to_dict() == {wire: "v"}, spelling
        assert json.loads(built.to_json()) == {wire: "v"}
        assert built.additional_properties == {}
    assert model.from_dict({wire: "x"}).to_dict() == {wire: "x"}
    if hasattr(BaseModel, _their_name(wire)):
        return  # `copy` stays pydantic's method: OpenAPI Generator's models broke on such a field
    assigned = model()
    setattr(assigned, _their_name(wire), "w")
    assert (assigned.to_wire(), getattr(assigned, ours), assigned.additional_properties) == ({wire: "w"}, "w", {})
    assert getattr(assigned, _their_name(wire)) == "w"


def test_a_spelling_that_is_another_fields_name_stays_that_field(package: ModuleType) -> None:
    both = package.Both(var_date="a", date="b")
    assert both.to_dict() == {"var_date": "a", "date": "b"}
    assigned = package.Both()
    assigned.var_date = "c"
    assert assigned.to_dict() == {"var_date": "c"}


def test_an_unknown_name_is_still_kept_and_sent_as_given(package: ModuleType) -> None:
    query = package.DataQuery(newer_field=1)
    query.other = 2
    assert query.to_dict() == {"newer_field": 1, "other": 2}
    with pytest.raises(AttributeError):
        query.nothing_like_it  # noqa: B018
