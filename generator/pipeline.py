"""The whole pipeline for one spec: load → check → build → plan → render → format."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from generator.emit.format import format_files
from generator.emit.plan import plan_package
from generator.emit.render import render_files
from generator.errors import Finding, SpecError, SpecErrors
from generator.ir.build import build_package
from generator.ir.names import NamePlan
from generator.ir.nodes import Package
from generator.read.check import Checked, check_spec
from generator.read.load import LoadedSpec, discover, load_spec, settings_path
from generator.read.settings import Settings

__all__ = ["Generated", "build_checked", "discover", "generate", "generate_files", "load_checked"]

@dataclasses.dataclass(frozen=True)
class Generated:
    package_name: str
    files: dict[str, str]  # relative path → text
    sources: tuple[Path, ...]  # spec, the files it refers to, settings
    warnings: tuple[SpecError, ...] = ()  # what was read leniently, located ("file:line (pointer)")
    named_by: str = ""  # what chose the package name, when the command line did not


def _load(spec_path: Path, package_name: str | None) -> LoadedSpec:
    from generator.read.load import read_settings
    from generator.read.settings import package_name_problem

    if package_name is not None:
        problem = package_name_problem(package_name)
        if problem:
            raise SpecError(str(spec_path), "", f"--package-name {package_name!r} {problem}")
    # The default name (from the file name) is only worked out when no name is given.
    return load_spec(spec_path, read_settings(spec_path, package_name))


def titled_settings(spec_path: Path, document: dict[str, Any], settings: Settings) -> tuple[Settings, str]:
    """`settings` named after the spec's info.title (`--spec FILE` and `diff OLD NEW` without a name):
    renaming the file then renames nothing. A name the settings file sets stays. Returns the
    settings and what named the package (for the output)."""
    from generator.read.parse import Budget, read_document
    from generator.read.settings import title_package_name

    path = settings_path(spec_path)
    raw = read_document(path, Budget())[0] if path.exists() else {}
    named = title_package_name((document.get("info") or {}).get("title") if isinstance(document.get("info"), dict)
                               else None)
    if isinstance(raw, dict) and "package_name" in raw:
        return settings, f"package_name in {path}"
    if named is None:
        return settings, "the spec's file name: info.title gives no package name"
    project = settings.project_name if isinstance(raw, dict) and "project_name" in raw else named.replace("_", "-")
    return dataclasses.replace(settings, package_name=named, project_name=project), "the spec's info.title"


def load_checked(spec_path: Path, package_name: str | None = None, strict: bool | None = None) -> LoadedSpec:
    spec = _load(spec_path, package_name)
    check_spec(spec, strict=strict)
    return spec


def _build(spec: LoadedSpec, checked: Checked) -> tuple[Package, list[Finding]]:
    """The IR, and everything read leniently on the way (the check's findings, then the names
    plan's): in strict mode any of it is an error."""
    names = NamePlan(spec.document, spec.settings.name_overrides)
    try:
        package = build_package(spec, names)
    except RecursionError:
        raise SpecError(str(spec.path), "", "schemas nest too deeply to generate") from None
    checked.raise_if_strict(spec, names.findings)
    return package, checked.problems(names.findings)


def build_checked(spec_path: Path, package_name: str | None = None,
                  strict: bool | None = None) -> tuple[Package, tuple[SpecError, ...]]:
    """Load, check and build: every problem a spec can have is found by here. Returns the IR
    and the warnings (what was read leniently)."""
    spec = _load(spec_path, package_name)
    checked = check_spec(spec, strict=strict)
    package, findings = _build(spec, checked)
    return package, _located(spec, findings)


def _located(spec: LoadedSpec, findings: list[Finding]) -> tuple[SpecError, ...]:
    return tuple(spec.error(f.pointer, f"warning: {f.message}") for f in findings)


def generate(spec_path: Path, package_name: str | None = None, strict: bool | None = None,
             name_from_title: bool = False) -> Generated:
    """The package generated from one spec, in memory (named after info.title with `name_from_title`,
    unless a name is given or set).

    Schema validation of a big spec runs beside build, render and format; its verdict is
    awaited before anything is returned, and a spec error wins over any failure it caused.
    """
    spec = _load(spec_path, package_name)
    named_by = "--package-name"
    if name_from_title and package_name is None:
        spec.settings, named_by = titled_settings(spec_path, spec.document, spec.settings)
    checked = check_spec(spec, background=True, strict=strict)
    try:
        package, findings = _build(spec, checked)
        files = format_files(render_files(plan_package(package)))
    except Exception:
        if _valid_or_strict(checked):
            raise
        return _generate_repaired(spec_path, package_name, strict, name_from_title)
    if not _valid_or_strict(checked):
        return _generate_repaired(spec_path, package_name, strict, name_from_title)
    return Generated(package.package_name, files, (*spec.sources, settings_path(spec_path)),
                     _located(spec, findings), named_by)


def _valid_or_strict(checked: Checked) -> bool:
    """Wait for the validator: True when it found nothing; False when it complained (the
    package is then made again from the spec with each complaint a repair can take repaired:
    warnings, or in strict mode errors)."""
    try:
        checked.validation.wait()
    except SpecErrors:
        return False
    return True


def _generate_repaired(spec_path: Path, package_name: str | None, strict: bool | None,
                       name_from_title: bool) -> Generated:
    """After the background validator complained: load again and validate in place,
    each complaint a repair can take repaired (`check.validate_leniently`), then build."""
    spec = _load(spec_path, package_name)
    named_by = "--package-name"
    if name_from_title and package_name is None:
        spec.settings, named_by = titled_settings(spec_path, spec.document, spec.settings)
    checked = check_spec(spec, strict=strict)
    package, findings = _build(spec, checked)
    files = format_files(render_files(plan_package(package)))
    return Generated(package.package_name, files, (*spec.sources, settings_path(spec_path)),
                     _located(spec, findings), named_by)


def generate_files(spec_path: Path, package_name: str | None = None) -> tuple[str, dict[str, str]]:
    """(package name, {relative path: text}) of the package generated from one spec."""
    result = generate(spec_path, package_name)
    return result.package_name, result.files
