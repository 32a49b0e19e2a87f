"""Import lines of each generated module, computed once and sorted the way isort/ruff sort them,
so templates only print them and `ruff check` finds nothing to reorder."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass

from generator.emit import layout
from generator.ir import naming
from generator.ir.nodes import Package


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


def package_exports(package: Package) -> tuple[str, ...]:
    """The `if TYPE_CHECKING:` re-exports of the package's `__init__`."""
    pkg = package.package_name
    items = [Import(f"{pkg}.{module}", name, name) for module, name in naming.RUNTIME_EXPORTS]
    items += _api_exports(package) + _model_exports(package)
    return render_imports(items, pkg, indent=4)


def api_exports(package: Package) -> tuple[str, ...]:
    return render_imports(_api_exports(package), package.package_name, indent=4)


def model_exports(package: Package) -> tuple[str, ...]:
    return render_imports(_model_exports(package), package.package_name, indent=4)


def _api_exports(package: Package) -> list[Import]:
    pkg = package.package_name
    return [Import(f"{pkg}.api.{api.module}", name, name) for api in package.apis
            for name in (api.name, naming.async_class_name(api.name))]


def _model_exports(package: Package) -> list[Import]:
    pkg = package.package_name
    return [Import(f"{pkg}.models.{m.module}", m.name, m.name) for m in package.models]
