"""The package-wide modules as their templates print them: `_package.py`, the `__init__`s and
`pyproject.toml`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.emit import escape, imports, layout
from generator.emit.escape import Code, Toml
from generator.ir import naming
from generator.ir.nodes import Package, Server


@dataclass(frozen=True)
class Export:
    name: str  # an identifier
    module: Code  # the module it lives in, as a string literal


@dataclass(frozen=True)
class InitView:
    """An `__init__.py` whose names are imported on first use (PEP 562)."""

    docstring: Code
    exports: tuple[Export, ...]  # name → module, in the order of the `_EXPORTS` map
    all_names: tuple[Code, ...]  # `__all__`, sorted
    type_checking: tuple[Code, ...]  # the same names imported for type checkers


@dataclass(frozen=True)
class PackageDataView:
    """`_package.py`: what the copied runtime reads about this package."""

    docstring_title: Code
    project_name: Code
    version: Code
    api_version: Code
    host: Code
    security_schemes: Code  # the SECURITY_SCHEMES assignment
    wire: Code  # the WIRE dialect's name, a string literal
    servers: tuple[Code, ...]  # one dict literal each, laid out over several lines


@dataclass(frozen=True)
class PyprojectView:
    project_name: Toml
    version: Toml
    summary: Toml
    python_requires: Toml
    include: Toml
    package_name: str  # an identifier: a bare TOML key
    license: Toml | None
    authors: tuple[Toml, ...]  # inline tables
    urls: tuple[tuple[Toml, Toml], ...]  # (label, URL)
    classifiers: tuple[Toml, ...]


def _literal_name(module: str) -> Code:
    return escape.python_value(module)


def package_init(package: Package) -> InitView:
    pkg = package.package_name
    exports = [Export(name, _literal_name(f"{pkg}.{module}")) for module, name in naming.RUNTIME_EXPORTS]
    exports += [Export(name, _literal_name(f"{pkg}.api.{api.module}"))
                for api in package.apis for name in (api.name, naming.async_class_name(api.name))]
    exports += [Export(m.name, _literal_name(f"{pkg}.models.{m.module}")) for m in package.models]
    title = escape.docstring_line(package.title)
    docstring = Code(f"{title}: a typed Python client.\n\nNames are imported on first use (PEP 562), so "
                     f"`import {pkg}` stays fast however large the API is.\n")
    return InitView(docstring, tuple(exports), _sorted_names(exports), _codes(imports.package_exports(package)))


def api_init(package: Package) -> InitView:
    pkg = package.package_name
    exports = [Export(name, _literal_name(f"{pkg}.api.{api.module}"))
               for api in package.apis for name in (api.name, naming.async_class_name(api.name))]
    docstring = Code(f"The API classes of {escape.docstring_line(package.title)}, imported on first use.")
    return InitView(docstring, tuple(exports), _sorted_names(exports), _codes(imports.api_exports(package)))


def models_init(package: Package) -> InitView:
    pkg = package.package_name
    exports = [Export(m.name, _literal_name(f"{pkg}.models.{m.module}")) for m in package.models]
    docstring = Code(f"The models of {escape.docstring_line(package.title)}, imported on first use.")
    return InitView(docstring, tuple(exports), _sorted_names(exports), _codes(imports.model_exports(package)))


def _sorted_names(exports: list[Export]) -> tuple[Code, ...]:
    return tuple(escape.python_value(name) for name in sorted({e.name for e in exports}))


def _codes(lines: tuple[str, ...]) -> tuple[Code, ...]:
    return tuple(map(Code, lines))


def package_data(package: Package) -> PackageDataView:
    schemes = [escape.python_value((s.name, s.kind, s.location, s.param_name)) for s in package.security_schemes]
    head = "SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = "
    one_line = head + "(" + ", ".join(schemes) + ("," if len(schemes) == 1 else "") + ")"
    if len(one_line) > layout.LINE_LENGTH and len(schemes) > 0:
        one_line = head + "(\n" + "".join(f"    {scheme},\n" for scheme in schemes) + ")"
    servers = []
    for server in package.servers:
        lines = ["{", f'        "url": {escape.python_value(server.url)},',
                 f'        "description": {escape.python_value(server.description)},']
        if server.variables:
            lines.append('        "variables": {')
            for v in server.variables:
                lines += [f"            {escape.python_value(v.name)}: {{",
                          f'                "default_value": {escape.python_value(v.default)},',
                          f'                "enum_values": {escape.python_value(list(v.enum))},',
                          f'                "description": {escape.python_value(v.description)},',
                          "            },"]
            lines.append("        },")
        else:
            lines.append('        "variables": {},')
        lines.append("    }")
        servers.append(Code("\n".join(lines)))
    return PackageDataView(
        docstring_title=escape.docstring_line(package.title),
        project_name=escape.python_value(package.project_name), version=escape.python_value(package.version),
        api_version=escape.python_value(package.api_version), host=escape.python_value(package.host),
        security_schemes=Code(one_line), wire=escape.python_value(package.wire), servers=tuple(servers),
    )


def server_data(server: Server) -> dict[str, Any]:
    """A server as the runtime describes one (`SERVERS` in _package.py, an operation's servers)."""
    variables = {v.name: {"default_value": v.default, "enum_values": list(v.enum), "description": v.description}
                 for v in server.variables}
    return {"url": server.url, "description": server.description, "variables": variables}


def pyproject(package: Package) -> PyprojectView:
    return PyprojectView(
        project_name=escape.toml_string(package.project_name), version=escape.toml_string(package.version),
        summary=escape.toml_string(escape.one_line(package.summary)), python_requires=escape.toml_string(package.python_requires),
        include=escape.toml_string(package.package_name + "*"), package_name=package.package_name,
        license=escape.toml_string(package.publishing.license) if package.publishing.license else None,
        authors=tuple(_author(name, email) for name, email in package.publishing.authors),
        urls=tuple((escape.toml_string(label), escape.toml_string(url)) for label, url in package.publishing.urls),
        classifiers=tuple(map(escape.toml_string, CLASSIFIERS)),
    )


# Every generated package is one of these; the license is `license`, not a classifier (PEP 639).
CLASSIFIERS = ("Intended Audience :: Developers", "Operating System :: OS Independent",
               "Programming Language :: Python :: 3", "Topic :: Software Development :: Libraries",
               "Typing :: Typed")


def _author(name: str, email: str) -> Toml:
    fields = [f"{key} = {escape.toml_string(value)}" for key, value in (("name", name), ("email", email)) if value]
    return Toml("{" + ", ".join(fields) + "}")
