"""Spec authors are untrusted: hostile text in every string a spec or settings file can carry
either is refused cleanly (one line per problem, naming the file) or gives a package that
compiles, imports, keeps the text as data, runs no payload, and passes `mypy --strict`.

Hypothesis puts text built from dangerous pieces (quotes, triple quotes, backslashes, newlines,
NUL, bidi controls, template syntax, comment and docstring openers, a payload that would leave
a marker file if it ever ran) into: info, servers and their variables, tags, operation ids,
summaries and descriptions, parameter and property names, enum values, defaults, examples,
schema titles, security scheme names, media types, and the settings' values.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st

from generator.emit.write import write_package
from generator.errors import SpecError, SpecErrors
from generator.pipeline import generate

MARKER = "PWNED"
PAYLOAD = f'__import__("pathlib").Path("{MARKER}").touch()'
PIECES = [
    "'", '"', '"""', "'''", "\\", "\\n", "\n", "\r", "\x00", "\t", "\u202e", "{{ x }}", "{% if 1 %}",
    "${x}", "#", "# fmt: off", "|", "`", "<b>", "*/", "\\N{BULLET}", f'"); {PAYLOAD}; ("', f"'''; {PAYLOAD}; '''",
    f'"""\n{PAYLOAD}\n"""', f"\n{PAYLOAD}\n", "class", "None", "__init__", "self", "1", "-", " ",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=5).map("".join)
# Settings values refuse control characters (tested in test_errors); the rest of the text is theirs.
PRINTABLE = TEXT.map(lambda text: "".join(char for char in text if char.isprintable()))
NAME = st.one_of(TEXT, st.sampled_from(["id", "type", "name", "from", "self", "__class__", "model_config"]))
BIN = Path(sys.executable).parent
HOSTILE = settings(deadline=None, derandomize=True, max_examples=8, phases=[Phase.explicit, Phase.generate],
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def hostile_specs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    t = lambda: draw(TEXT)  # one fresh draw per place
    prop, param = draw(NAME), draw(NAME)
    enum = draw(st.lists(TEXT, min_size=1, max_size=3, unique=True))
    model = {
        "type": "object", "title": t(), "description": t(),
        "properties": {
            prop: {"type": "string", "description": t(), "default": t(), "example": t()},
            "kind": {"type": "string", "enum": enum, "default": enum[0]},
            "other": {"type": "integer", "description": t(), "example": 3},
        },
        "example": {prop: t()},
    }
    scheme = draw(TEXT.filter(bool))
    operation = {
        "operationId": t(), "summary": t(), "description": t(), "tags": [t()],
        "parameters": [{"name": param, "in": draw(st.sampled_from(["query", "header", "cookie"])),
                        "description": t(), "schema": {"type": "string", "default": t()}, "example": t()}],
        "requestBody": {"description": t(), "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}, "example": {prop: t()}}}},
        "responses": {"200": {"description": t(), "content": {
            draw(st.sampled_from(["application/json", "application/vnd.x+json"])): {
                "schema": {"$ref": "#/components/schemas/Thing"}}}},
            "default": {"description": t()}},
        "security": [{scheme: []}],
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": t(), "description": t(), "version": t(), "contact": {"name": t()}},
        "servers": [{"url": "https://example.com/{v}", "description": t(),
                     "variables": {"v": {"default": t(), "description": t()}}}],
        "tags": [{"name": t(), "description": t()}],
        "paths": {"/things": {"post": operation}},
        "components": {"schemas": {"Thing": model},
                       "securitySchemes": {scheme: {"type": "apiKey", "in": "header", "name": t(),
                                                    "description": t()}}},
    }
    # project_name and host are checked (tests/read/test_settings_values.py): drawn valid here, so
    # the spec's hostile text is what each example exercises; the host's path stays hostile.
    package_settings = {"package_name": "hostile_pkg",
                        "project_name": draw(st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9._-]{0,20}[A-Za-z0-9])?",
                                                           fullmatch=True)),
                        "description": draw(PRINTABLE),
                        "host": "https://api.example/" + "".join(draw(PRINTABLE).split()),
                        "package_version": "1.0.0"}
    return spec, package_settings


def _clean_refusal(error: SpecError | SpecErrors, spec_file: Path) -> None:
    lines = str(error).splitlines()
    assert lines, "an empty error"
    for line in lines:  # the spec or its settings file, then where and what
        assert line.startswith((f"{spec_file}:", f"{spec_file.with_name('spec.settings.yaml')}:")), line
        assert "Traceback" not in line


PROBE = f"""
import importlib, pathlib, pkgutil, sys, tomllib
import hostile_pkg
for module in pkgutil.walk_packages(hostile_pkg.__path__, "hostile_pkg."):
    importlib.import_module(module.name)
for name in hostile_pkg.__all__:
    getattr(hostile_pkg, name)
tomllib.loads(pathlib.Path("pyproject.toml").read_text("utf-8"))
for doc in [pathlib.Path("README.md"), *pathlib.Path("docs").glob("*.md")]:
    text = doc.read_text("utf-8")
    for block in text.split("```python")[1:]:
        compile(block.split("```")[0], str(doc), "exec")
assert not pathlib.Path("{MARKER}").exists(), "a payload ran"
"""


@HOSTILE
@given(case=hostile_specs())
def test_hostile_text_in_any_field_is_refused_or_stays_data(case: tuple[dict[str, Any], dict[str, Any]],
                                                            tmp_path_factory: Any) -> None:
    spec, package_settings = case
    folder: Path = tmp_path_factory.mktemp("hostile")
    spec_file = folder / "spec.json"
    spec_file.write_text(json.dumps(spec), "utf-8")
    (folder / "spec.settings.yaml").write_text(json.dumps(package_settings), "utf-8")
    try:
        result = generate(spec_file)
    except (SpecError, SpecErrors) as error:
        _clean_refusal(error, spec_file)
        event(f"refused: {str(error).splitlines()[0].split(': ', 1)[1][:40]}")
        return
    event("generated")
    out = folder / "out"
    write_package(out, result.files)
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=out, capture_output=True, text=True, timeout=120,
                           check=False)
    assert probe.returncode == 0, probe.stderr[-3000:]
    assert not (out / MARKER).exists() and not (folder / MARKER).exists()
    project = tomllib.loads((out / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == package_settings["project_name"]  # the text, kept as data
    checked = subprocess.run([str(BIN / "mypy"), "--strict", "--cache-dir", str(folder.parent / ".mypy-hostile"),
                              "hostile_pkg"], cwd=out, capture_output=True, text=True, timeout=300, check=False)
    assert checked.returncode == 0, checked.stdout[-3000:]
