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

__all__ = ["Generated", "build_checked", "discover", "generate", "generate_files", "load_checked"]

@dataclasses.dataclass(frozen=True)
class Generated:
    package_name: str
    files: dict[str, str]  # relative path → text
    sources: tuple[Path, ...]  # spec, the files it refers to, settings


def _load(spec_path: Path, package_name: str | None) -> LoadedSpec:
    from generator.load import read_settings
    from generator.settings import package_name_problem

    if package_name is not None:
        problem = package_name_problem(package_name)
        if problem:
            raise SpecError(str(spec_path), "", f"--package-name {package_name!r} {problem}")
    # The default name (from the file name) is only worked out when no name is given.
    return load_spec(spec_path, read_settings(spec_path, package_name))


def load_checked(spec_path: Path, package_name: str | None = None) -> LoadedSpec:
    spec = _load(spec_path, package_name)
    check_spec(spec)
    return spec


def _build(spec: LoadedSpec) -> Package:
    try:
        return build_package(spec)
    except RecursionError:
        raise SpecError(str(spec.path), "", "schemas nest too deeply to generate") from None


def build_checked(spec_path: Path, package_name: str | None = None) -> Package:
    """Load, check and build: every problem a spec can have is found by here."""
    return _build(load_checked(spec_path, package_name))


def generate(spec_path: Path, package_name: str | None = None) -> Generated:
    """The package generated from one spec, in memory.

    Schema validation of a big spec runs beside build, render and format; its verdict is
    awaited before anything is returned, and a spec error wins over any failure it caused.
    """
    spec = _load(spec_path, package_name)
    validation = check_spec(spec, background=True)
    try:
        package = _build(spec)
        files = format_files(render_files(plan_package(package)))
    except Exception:
        validation.wait()
        raise
    validation.wait()
    return Generated(package.package_name, files, (*spec.sources, settings_path(spec_path)))


def generate_files(spec_path: Path, package_name: str | None = None) -> tuple[str, dict[str, str]]:
    """(package name, {relative path: text}) of the package generated from one spec."""
    result = generate(spec_path, package_name)
    return result.package_name, result.files
