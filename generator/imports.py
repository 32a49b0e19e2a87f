"""Import lines of each generated module, computed once and sorted the way isort/ruff sort them,
so templates only print them and `ruff check` finds nothing to reorder."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from generator import layout, naming
from generator.ir import ApiClass, Model, ModelKind, Package


@dataclass(frozen=True)
class Import:
    module: str
    name: str = ""  # "" for `import module`
    alias: str = ""


def _member_key(name: str) -> tuple[int, str]:
    """isort's order-by-type: CONSTANTS, then Classes, then functions and variables."""
    if name.isupper() and len(name) > 1:
        return 0, name
    if name[:1].isupper():
        return 1, name
    return 2, name


def _section(module: str, first_party: str) -> int:
    root = module.split(".")[0]
    if root == "__future__":
        return 0
    if root == first_party:
        return 3
    return 1 if root in sys.stdlib_module_names else 2


def render_imports(imports: Iterable[Import], first_party: str, indent: int = 0) -> tuple[str, ...]:
    """Sorted import statements at `indent` spaces (wrapped when long), sections separated by ""."""
    sections: dict[int, list[Import]] = {}
    for item in set(imports):
        sections.setdefault(_section(item.module, first_party), []).append(item)
    lines: list[str] = []
    for number in sorted(sections):
        items = sections[number]
        if lines:
            lines.append("")
        straight = sorted({i.module for i in items if not i.name}, key=str.lower)
        lines += [f"{' ' * indent}import {module}" for module in straight]
        modules = sorted({i.module for i in items if i.name}, key=str.lower)
        for module in modules:
            plain = sorted({i.name for i in items if i.module == module and i.name and not i.alias}, key=_member_key)
            if plain:
                lines.append(layout.import_from(indent, module, ", ".join(plain)))
            aliased = sorted({(i.name, i.alias) for i in items if i.module == module and i.alias},
                             key=lambda pair: _member_key(pair[0]))
            lines += [layout.import_from(indent, module, f"{name} as {alias}") for name, alias in aliased]
    return tuple(lines)


def model_module(package: str, class_name: str) -> str:
    return f"{package}.models.{naming.module_name(class_name)}"


def _stdlib(lines: Iterable[str]) -> list[Import]:
    """`from datetime import datetime` lines as Import values."""
    found = []
    for line in lines:
        _, module, _, name = line.split()
        found.append(Import(module, name))
    return found


def with_model_imports(model: Model, package: str) -> Model:
    """`model` with its import lines filled in."""
    items = _stdlib(model.stdlib_imports) + [Import("typing", n) for n in model.typing_imports]
    if model.kind is ModelKind.ENUM:
        items.append(Import(f"{package}._model", "ApiEnum"))
        return dataclasses.replace(model, imports=render_imports(items, package))
    if model.kind is ModelKind.OBJECT:
        if model.read_only_wire or model.nullable_wire:
            items.append(Import("typing", "ClassVar"))
        if any("Limits(" in p.annotation for p in model.properties):
            items += [Import("typing", "Annotated"), Import(f"{package}._model", "Limits")]
        if model.additional_type or any(p.field_call.startswith("Field(") for p in model.properties):
            items.append(Import("pydantic", "Field"))
        items.append(Import(f"{package}._model", "ApiModel"))
    else:
        items.append(Import(f"{package}._model", "ApiRootModel"))
        if "discriminate(" in model.union_annotation:
            items += [Import("pydantic", "Discriminator"), Import("pydantic", "Tag"),
                      Import(f"{package}._model", "discriminate")]
    refs = tuple((name, model_module(package, name)) for name in model.references if name != model.name)
    if refs:
        items += [Import("typing", "TYPE_CHECKING"), Import(f"{package}._model", "resolve_references")]
    checking = render_imports((Import(module, name) for name, module in refs), package, indent=4)
    return dataclasses.replace(model, imports=render_imports(items, package), type_checking_imports=checking,
                               reference_modules=refs)


def with_api_imports(api: ApiClass, package: str) -> ApiClass:
    typing_names = {"TYPE_CHECKING", "Optional"} | {n for op in api.operations for n in op.typing_names}
    if any(op.returns_value for op in api.operations):
        typing_names.add("cast")
    items = _stdlib(api.stdlib_imports) + [Import("typing", n) for n in typing_names] + [
        Import(f"{package}._operation", "Operation"), Import(f"{package}.api_client", "ApiClient"),
    ]
    if any(op.parameters for op in api.operations):
        items.append(Import(f"{package}._operation", "Param"))
    checking = [
        Import("httpx"), Import("typing_extensions", "Unpack"),
        Import(f"{package}.api_client", "RequestOptions"), Import(f"{package}.api_response", "ApiResponse"),
        Import(f"{package}.async_api_client", "AsyncApiClient"), Import(f"{package}.rest", "RESTResponse"),
    ]
    if any(p.type.annotation == "FileInput" for op in api.operations for p in op.parameters):
        checking.append(Import(f"{package}._request", "FileInput"))
    checking += [Import(model_module(package, name), name) for name in api.models]
    return dataclasses.replace(api, imports=render_imports(items, package),
                               type_checking_imports=render_imports(checking, package, indent=4))


def package_exports(package: Package) -> tuple[str, ...]:
    """The `if TYPE_CHECKING:` re-exports of the package's `__init__`."""
    pkg = package.package_name
    items = [Import(f"{pkg}.{module}", name, name) for module, name in RUNTIME_EXPORTS]
    items += _api_exports(package) + _model_exports(package)
    return render_imports(items, pkg, indent=4)


def api_exports(package: Package) -> tuple[str, ...]:
    return render_imports(_api_exports(package), package.package_name, indent=4)


def model_exports(package: Package) -> tuple[str, ...]:
    return render_imports(_model_exports(package), package.package_name, indent=4)


def _api_exports(package: Package) -> list[Import]:
    pkg = package.package_name
    return [Import(f"{pkg}.api.{api.module}", name, name) for api in package.apis
            for name in (api.name, "Async" + api.name)]


def _model_exports(package: Package) -> list[Import]:
    pkg = package.package_name
    return [Import(f"{pkg}.models.{m.module}", m.name, m.name) for m in package.models]


RUNTIME_EXPORTS = (
    ("api_client", "ApiClient"), ("api_response", "ApiResponse"), ("async_api_client", "AsyncApiClient"),
    ("configuration", "Configuration"), ("exceptions", "ApiAttributeError"), ("exceptions", "ApiDecodeError"),
    ("exceptions", "ApiException"), ("exceptions", "ApiKeyError"), ("exceptions", "ApiTypeError"),
    ("exceptions", "ApiValueError"), ("exceptions", "OpenApiException"),
)
