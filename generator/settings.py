"""Per-API settings, kept next to each spec as `<api>.settings.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from generator.errors import SpecError

_PACKAGE = re.compile(r"^[a-z_][a-z0-9_]*$")
_VERSION = re.compile(r"^\d+(\.\d+)*([ab]|rc)?\d*(\.post\d+)?(\.dev\d+)?$")


@dataclass(frozen=True)
class Settings:
    """What a maintainer sets per API; everything else comes from the spec."""

    package_name: str
    project_name: str
    package_version: str
    host: str = ""  # overrides servers[0].url when set
    description: str = ""  # one line for pyproject.toml; defaults to info.title
    python_requires: str = ">=3.9"

    @staticmethod
    def placeholder() -> Settings:
        return Settings("api", "api", "0.0.0")


def parse_settings(raw: Any, default_name: str, file: str) -> Settings:
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SpecError(file, "line 1", "settings must be a mapping")
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SpecError(file, "", f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    values = {key: str(value) for key, value in raw.items()}
    package = values.setdefault("package_name", re.sub(r"\W", "_", default_name).lower())
    values.setdefault("project_name", package.replace("_", "-"))
    values.setdefault("package_version", "1.0.0")
    if not _PACKAGE.match(package):
        raise SpecError(file, "", f"package_name {package!r} is not a valid Python package name")
    if not _VERSION.match(values["package_version"]):
        raise SpecError(file, "", f"package_version {values['package_version']!r} is not a PEP 440 version")
    return Settings(**values)
