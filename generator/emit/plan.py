"""Decide which files a package consists of, and what each is rendered from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.emit import build_docs, view_apis, view_models, view_package
from generator.ir.nodes import Package

# The client runtime: modules of generator/runtime/ copied verbatim into every package.
# (`_package.py` is not among them: each package gets its own, rendered from the spec.)
RUNTIME_MODULES = (
    # one per line: modules added on two branches merge without a conflict
    "_codec",
    "_compat",
    "_deserialize",
    "_limits",
    "_model",
    "_operation",
    "_pages",
    "_pool",
    "_redirect",
    "_request",
    "_retry",
    "_show",
    "_stream",
    "_styles",
    "_types",
    "_union",
    "_validate",
    "_wire",
    "api_client",
    "api_response",
    "async_api_client",
    "configuration",
    "exceptions",
    "rest",
    "signing",
)


def runtime_paths(package_name: str) -> set[str]:
    """The files of a package that are copies of the runtime."""
    return {f"{package_name}/{name}.py" for name in RUNTIME_MODULES}


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the package's distribution folder, `/`-separated
    template: str = ""  # template path under templates/
    context: dict[str, Any] | None = None
    runtime: str = ""  # or: the name of the runtime module it is a copy of
    text: str = ""  # or: a fixed text


def plan_package(package: Package) -> list[OutputFile]:
    pkg = package.package_name
    base = {"package": package}
    files = [
        OutputFile("pyproject.toml", "python/pyproject.toml.jinja", {"project": view_package.pyproject(package)}),
        OutputFile("README.md", "docs/README.md.jinja", {**base, "readme": build_docs.readme_doc(package)}),
        OutputFile(f"{pkg}/__init__.py", "python/init.py.jinja",
                   {"init": view_package.package_init(package), "version": view_package.package_data(package).version}),
        OutputFile(f"{pkg}/_package.py", "python/package_data.py.jinja", {"data": view_package.package_data(package)}),
        OutputFile(f"{pkg}/py.typed"),
        OutputFile("docs/Endpoints.md", "docs/endpoints.md.jinja", {**base, "doc": build_docs.endpoints_doc(package)}),
        OutputFile(f"{pkg}/api/__init__.py", "python/init.py.jinja",
                   {"init": view_package.api_init(package), "version": ""}),
        OutputFile(f"{pkg}/models/__init__.py", "python/init.py.jinja",
                   {"init": view_package.models_init(package), "version": ""}),
    ]
    files += [OutputFile(f"{pkg}/{name}.py", runtime=name) for name in RUNTIME_MODULES]
    for api, api_module in zip(package.apis, view_apis.api_modules(package), strict=True):
        files.append(OutputFile(f"{pkg}/api/{api.module}.py", "python/api/api.py.jinja", {"api": api_module}))
        files.append(OutputFile(f"docs/{api.name}.md", "docs/api.md.jinja",
                                {**base, "doc": build_docs.api_doc(package, api)}))
    for model, model_module in zip(package.models, view_models.model_modules(package), strict=True):
        files.append(OutputFile(f"{pkg}/models/{model.module}.py", "python/models/model.py.jinja", {"m": model_module}))
        files.append(OutputFile(f"docs/{model.name}.md", "docs/model.md.jinja",
                                {**base, "doc": build_docs.model_doc(package, model)}))
    return sorted(files, key=lambda f: f.path)
