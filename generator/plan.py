"""Decide which files a package consists of, and what each is rendered from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import build_docs, imports
from generator.ir import ModelKind, Package

RUNTIME_MODULES = (
    "_codec", "_model", "_operation", "_request", "_retry", "api_client", "api_response",
    "async_api_client", "configuration", "exceptions", "rest",
)
_MODEL_TEMPLATES = {
    ModelKind.OBJECT: "python/models/object.py.jinja",
    ModelKind.ENUM: "python/models/enum.py.jinja",
    ModelKind.UNION: "python/models/union.py.jinja",
}


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the package's distribution folder, `/`-separated
    template: str  # template path under templates/, "" for a fixed text
    context: dict[str, Any]


def plan_package(package: Package) -> list[OutputFile]:
    pkg = package.package_name
    base = {"package": package}
    api_names = sorted(n for api in package.apis for n in (api.name, "Async" + api.name))
    model_names = sorted(m.name for m in package.models)
    runtime_names = sorted(name for _, name in imports.RUNTIME_EXPORTS)
    files = [
        OutputFile("pyproject.toml", "python/pyproject.toml.jinja", base),
        OutputFile("README.md", "docs/README.md.jinja", {**base, "readme": build_docs.readme_doc(package)}),
        OutputFile(f"{pkg}/__init__.py", "python/package_init.py.jinja",
                   {**base, "exports": imports.package_exports(package),
                    "export_names": sorted(runtime_names + api_names + model_names)}),
        OutputFile(f"{pkg}/py.typed", "", {"text": ""}),
        OutputFile("docs/Endpoints.md", "docs/endpoints.md.jinja", {**base, "doc": build_docs.endpoints_doc(package)}),
        OutputFile(f"{pkg}/api/__init__.py", "python/api_init.py.jinja",
                   {**base, "exports": imports.api_exports(package), "export_names": api_names}),
        OutputFile(f"{pkg}/models/__init__.py", "python/models_init.py.jinja",
                   {**base, "exports": imports.model_exports(package), "export_names": model_names}),
    ]
    files += [OutputFile(f"{pkg}/{name}.py", f"python/runtime/{name}.py.jinja", base) for name in RUNTIME_MODULES]
    for api in package.apis:
        api_with_imports = imports.with_api_imports(api, pkg)
        files.append(OutputFile(f"{pkg}/api/{api.module}.py", "python/api/api.py.jinja",
                                {**base, "api": api_with_imports}))
        files.append(OutputFile(f"docs/{api.name}.md", "docs/api.md.jinja",
                                {**base, "doc": build_docs.api_doc(package, api)}))
    for model in package.models:
        model_with_imports = imports.with_model_imports(model, pkg)
        files.append(OutputFile(f"{pkg}/models/{model.module}.py", _MODEL_TEMPLATES[model.kind],
                                {**base, "model": model_with_imports}))
        files.append(OutputFile(f"docs/{model.name}.md", "docs/model.md.jinja",
                                {**base, "doc": build_docs.model_doc(package, model)}))
    return sorted(files, key=lambda f: f.path)
