"""Per-API settings, kept next to each spec as `<api>.settings.yaml`."""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import urlsplit

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from generator.errors import SpecError, SpecErrors

_PACKAGE = re.compile(r"[a-z_][a-z0-9_]*")
_PROJECT = re.compile(r"[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# What generated packages import at run time (the `async` extra's too): a package named like
# one of them would shadow it for its own users.
RUNTIME_DEPENDENCIES = frozenset({
    "pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection", "urllib3",
    "httpx", "httpcore", "anyio", "sniffio", "h11", "idna", "certifi", "dateutil", "six",
})


WIRE_DIALECTS = ("openapi", "openapi-generator")  # the `wire:` setting's values


@dataclass(frozen=True)
class Settings:
    """What a maintainer sets per API; everything else comes from the spec."""

    package_name: str
    project_name: str
    package_version: str
    host: str = ""  # overrides servers[0].url when set
    description: str = ""  # one line for pyproject.toml; defaults to info.title
    python_requires: str = ">=3.9"
    ref_root: str = ""  # folder (relative to the spec's) external $refs may read below; default the spec's
    strict: bool = False  # every warning is an error (the curated specs in specs/ set this)
    names: tuple[tuple[str, str], ...] = ()  # (JSON pointer, identifier): overrides of generated names
    wire: str = "openapi"  # how parameters are written: openapi | openapi-generator (runtime/_styles.py)

    @property
    def name_overrides(self) -> dict[str, str]:
        return dict(self.names)

    @staticmethod
    def placeholder() -> Settings:
        return Settings("api", "api", "0.0.0")


def package_name_problem(name: str) -> str | None:
    """Why `name` cannot be a generated package's import name, or None if it can."""
    if not name.isidentifier() or not name.isascii():
        return "is not a Python identifier"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    if name in sys.stdlib_module_names:
        return "would shadow the standard library module of that name"
    if name in RUNTIME_DEPENDENCIES:
        return "would shadow a package the generated client depends on"
    return None


def default_package_name(file_stem: str) -> str:
    """A package name from a spec's file name: `1password.yaml` → `api_1password`."""
    name = re.sub(r"[^0-9a-z_]", "_", file_stem.lower()) or "api"
    return f"api_{name}" if name[0].isdigit() else name


def title_package_name(title: object) -> str | None:
    """A package name from the spec's `info.title` (`Plaid API` → `plaid_api`), as other generators
    name a package; None when the title gives no usable one."""
    name = re.sub(r"[^0-9a-z]+", "_", str(title or "").lower()).strip("_")
    if not name:
        return None
    name = f"api_{name}" if name[0].isdigit() else name
    return None if package_name_problem(name) else name


def parse_settings(raw: Any, default_name: str, file: str, package_name: str | None = None) -> Settings:
    """Settings from a settings file's data; `package_name` (the command line's) wins over the file's."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SpecError(file, "line 1", "settings must be a mapping")
    raw = dict(raw)
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise SpecError(file, "", f"unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    typed: dict[str, Any] = {"strict": _flag(raw.pop("strict", False), file),
                             "names": _names(raw.pop("names", None) or {}, file)}
    wire = raw.pop("wire", "openapi")
    if wire not in WIRE_DIALECTS:
        raise SpecError(file, "", f"wire must be one of {', '.join(WIRE_DIALECTS)}, not {wire!r}")
    typed["wire"] = wire
    values: dict[str, Any] = {key: str(value) for key, value in raw.items()}
    for key, value in values.items():
        if _CONTROL.search(value):
            raise SpecError(file, "", f"{key} {value!r} contains a control character")
    if package_name is not None:
        problem = package_name_problem(package_name)
        if problem:
            raise SpecError(file, "", f"--package-name {package_name!r} {problem}")
        values["package_name"] = package_name
        values["project_name"] = package_name.replace("_", "-")  # the name on the command line decides both
    elif "package_name" in values:
        problem = package_name_problem(values["package_name"])
        if not problem and not _PACKAGE.fullmatch(values["package_name"]):
            problem = "is not a valid Python package name (lowercase letters, digits and _)"
        if problem:
            raise SpecError(file, "", f"package_name {values['package_name']!r} {problem}")
    else:
        values["package_name"] = default_package_name(default_name)
        problem = package_name_problem(values["package_name"])
        if problem:
            raise SpecError(file, "", f"the package name {values['package_name']!r} taken from the spec's file "
                                      f"name {problem}: set package_name in this settings file")
    values.setdefault("project_name", values["package_name"].replace("_", "-"))
    values.setdefault("package_version", "1.0.0")
    problems = [f"{key} {values[key]!r} {problem}" for key, check in _VALUE_CHECKS
                if key in values and (problem := check(values[key]))]
    if len(problems) == 1:
        raise SpecError(file, "", problems[0])
    if problems:
        raise SpecErrors([SpecError(file, "", problem) for problem in problems])
    return Settings(**values, **typed)


def _version_problem(text: str) -> str | None:
    """A version pip and setuptools accept as written: PEP 440 and already normalized (`1.0.0rc1`,
    not `v1.0-RC1`), so the wheel's name and the package's `__version__` agree."""
    try:
        version = Version(text)
    except InvalidVersion:
        return "is not a PEP 440 version"
    return None if str(version) == text else f"is not a normalized PEP 440 version (say {str(version)!r})"


def _specifier_problem(text: str) -> str | None:
    try:
        if not SpecifierSet(text):
            return "is empty (say '>=3.9')"
    except InvalidSpecifier:
        return "is not a PEP 440 version specifier (like '>=3.9')"
    return None


def _project_problem(text: str) -> str | None:
    """PyPA's rule for a distribution name (the core metadata `Name`)."""
    if _PROJECT.fullmatch(text) is None:
        return "is not a distribution name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit)"
    return None


def _host_problem(text: str) -> str | None:
    """The default host: an absolute http(s) URL, as `Configuration(host=...)` takes one."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return "is not a URL"
    if parts.scheme not in ("http", "https") or not parts.netloc or re.search(r"\s", text):
        return "is not an http:// or https:// URL"
    return None


# Every settings value that reaches the output, with the check it passes first (the package name
# has its own, above; `description` is one line of text, escaped where it is printed).
_VALUE_CHECKS = (("project_name", _project_problem), ("package_version", _version_problem),
                 ("python_requires", _specifier_problem), ("host", lambda text: _host_problem(text) if text else None))


def _flag(value: Any, file: str) -> bool:
    if not isinstance(value, bool):
        raise SpecError(file, "", f"strict must be true or false, not {value!r}")
    return value


def _names(value: Any, file: str) -> tuple[tuple[str, str], ...]:
    """`names:` maps JSON pointers (`/components/schemas/Pet`) to the identifiers they get."""
    if not isinstance(value, dict):
        raise SpecError(file, "", "names must map JSON pointers to Python names")
    found = []
    for pointer, name in value.items():
        if not isinstance(pointer, str) or not (pointer.startswith("/")):
            raise SpecError(file, "", f"names: {pointer!r} is not a JSON pointer (it starts with /)")
        if not isinstance(name, str) or not name.isidentifier() or not name.isascii() or keyword.iskeyword(name):
            raise SpecError(file, "", f"names: {name!r} (for {pointer}) is not a Python identifier")
        found.append((pointer, name))
    return tuple(sorted(found))
