"""The whole pipeline for one spec: load → check → build → plan → render → format."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from generator.build import build_package
from generator.check import check_spec
from generator.errors import SpecError
from generator.format import format_files
from generator.ir import Package
from generator.load import LoadedSpec, discover, load_spec, settings_path
from generator.plan import plan_package
from generator.render import render_files

__all__ = ["build_checked", "discover", "generate_files", "load_checked", "sources_of"]

def load_checked(spec_path: Path, package_name: str | None = None) -> LoadedSpec:
    spec = load_spec(spec_path)
    if package_name:
        if not package_name.isidentifier():
            raise SpecError(str(spec_path), "", f"package name {package_name!r} is not a Python identifier")
        settings = dataclasses.replace(spec.settings, package_name=package_name,
                                       project_name=package_name.replace("_", "-"))
        spec = dataclasses.replace(spec, settings=settings)
    check_spec(spec)
    return spec


def build_checked(spec_path: Path, package_name: str | None = None) -> Package:
    """Load, check and build: every problem a spec can have is found by here."""
    spec = load_checked(spec_path, package_name)
    try:
        return build_package(spec)
    except RecursionError:
        raise SpecError(str(spec_path), "", "schemas nest too deeply to generate") from None


def generate_files(spec_path: Path, package_name: str | None = None) -> tuple[str, dict[str, str]]:
    """(package name, {relative path: text}) of the package generated from one spec."""
    package = build_checked(spec_path, package_name)
    files = render_files(plan_package(package))
    return package.package_name, format_files(files)


def sources_of(spec_path: Path) -> list[Path]:
    """The files a package is generated from (spec, its $ref'd files, settings)."""
    spec = load_spec(spec_path)
    return [*spec.sources, settings_path(spec_path)]
