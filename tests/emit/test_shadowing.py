"""No generated name shadows or is shadowed, in any module, the package root included.

Schemas named like what the generated modules themselves hold (typing's `Any`, `Optional`,
`Literal`, `TYPE_CHECKING`; `import_module`; the runtime's `ApiClient`, `Configuration`,
`ApiModel`; pydantic's `BaseModel`, `Field`; modules such as `json`, `re`): each model is its own
class, under its name, in `models` and at the package root, and the package passes mypy --strict.
"""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import yaml

from generator.emit.write import write_package
from generator.pipeline import generate

NAMES = ["Any", "Optional", "Union", "Literal", "TYPE_CHECKING", "import_module", "annotations", "ApiClient",
         "Configuration", "BaseModel", "Field", "List", "Dict", "Enum", "date", "datetime", "ApiModel", "ENUM",
         "Annotated", "StrictStr", "ClassVar", "Self", "json", "re"]


def test_models_named_like_the_modules_own_names(tmp_path: Path) -> None:
    schemas = {name: {"type": "object", "properties": {"v": {"type": "string"},
                                                       "other": {"$ref": "#/components/schemas/Any"}}}
               for name in NAMES}
    paths = {f"/{i}": {"get": {"operationId": f"get{i}", "responses": {"200": {"description": "ok", "content": {
        "application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}}}} for i, name in enumerate(NAMES)}
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths,
                                    "components": {"schemas": schemas}}), encoding="utf-8")
    write_package(tmp_path / "out", generate(spec, "shadowed").files)
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        package = importlib.import_module("shadowed")
        models = importlib.import_module("shadowed.models")
        wrong = [(name, getattr(models, name), getattr(package, name, None)) for name in models.__all__
                 if not inspect.isclass(getattr(models, name))
                 or not getattr(models, name).__module__.startswith("shadowed.models.")
                 or getattr(package, name, None) is not getattr(models, name)]
        assert len(models.__all__) == len(NAMES) and not wrong, wrong
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [m for m in sys.modules if m == "shadowed" or m.startswith("shadowed.")]:
            del sys.modules[name]
    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run([str(mypy), "--strict", "--no-incremental", "shadowed"], cwd=tmp_path / "out",
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
