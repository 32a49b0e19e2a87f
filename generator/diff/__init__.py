"""`apigen diff`: what a spec change does to the public Python API of the package it generates,
and to the HTTP requests and responses behind it; each change classified by a rule.

Reads two IRs (`generator.ir.nodes.Package`) and nothing else: no spec text, no generated code.
"""

from __future__ import annotations

import re

from generator.diff.api import ApiDiff
from generator.diff.changes import Change, Layer, Report, bump_version
from generator.diff.models import ModelDiff, match_models
from generator.diff.rules import RULES, Severity
from generator.ir.nodes import Package, SecurityScheme

__all__ = ["RULES", "Change", "Layer", "Report", "Severity", "bump_version", "compare_packages"]


def compare_packages(old: Package, new: Package) -> list[Change]:
    """Every change from `old` to `new` that a caller of the package could notice."""
    matching = match_models(old, new)
    changes = _package(old, new)
    changes += _security(old.security_schemes, new.security_schemes)
    changes += ApiDiff(old, new, matching.renames).run()
    changes += ModelDiff(old, new, matching).run()
    return changes


def _package(old: Package, new: Package) -> list[Change]:
    found = []
    if old.package_name != new.package_name:
        found.append(Change("package-renamed", "package", new.package_name, "", f"the import package is "
                            f"{new.package_name}, not {old.package_name}: every import fails",
                            old.package_name, new.package_name, Layer.PYTHON))
    if old.project_name != new.project_name:
        found.append(Change("project-renamed", "package", new.package_name, "", f"the distribution is "
                            f"{new.project_name} on PyPI, not {old.project_name}", old.project_name,
                            new.project_name, Layer.PYTHON))
    if old.python_requires != new.python_requires:
        widened = _minimum(new.python_requires) < _minimum(old.python_requires)
        found.append(Change("python-requires-widened" if widened else "python-requires-narrowed", "package",
                            new.package_name, "", f"requires Python {new.python_requires} (was {old.python_requires})",
                            old.python_requires, new.python_requires, Layer.PYTHON))
    if old.host != new.host:
        found.append(Change("default-host-changed", "package", "Configuration.host", "", f"the default host is "
                            f"{new.host} (was {old.host})", old.host, new.host, Layer.HTTP))
    if old.api_version != new.api_version:
        found.append(Change("api-version-changed", "package", new.package_name, "", f"the API's own version "
                            f"(info.version) is {new.api_version!r}, was {old.api_version!r}",
                            old.api_version, new.api_version, Layer.DOCS))
    if (old.title, old.description, old.summary) != (new.title, new.description, new.summary):
        found.append(Change("package-description-changed", "package", new.package_name, "",
                            "the package's title, description or summary changed", old.title, new.title, Layer.DOCS))
    return found


def _minimum(requires: str) -> tuple[int, ...]:
    """The lowest Python a `requires-python` admits, as far as a `>=X.Y` tells; unknown forms sort
    high, so any change to one reads as narrowing."""
    match = re.fullmatch(r"\s*>=\s*(\d+(?:\.\d+)*)\s*", requires)
    return tuple(int(n) for n in match.group(1).split(".")) if match else (99,)


def _security(old: tuple[SecurityScheme, ...], new: tuple[SecurityScheme, ...]) -> list[Change]:
    found = []
    before, after = {s.name: s for s in old}, {s.name: s for s in new}
    for name in sorted(set(before) | set(after)):
        python, a, b = f"Configuration auth {name!r}", before.get(name), after.get(name)
        if a is None and b is not None:
            found.append(Change("api-security-component-added", "auth-scheme", python, _where(b),
                                f"new auth scheme {name} ({b.kind})", None, b.kind))
        elif b is None and a is not None:
            found.append(Change("api-security-component-removed", "auth-scheme", python, _where(a),
                                f"auth scheme {name} removed: credentials configured for it are not sent", a.kind, None))
        elif a is not None and b is not None:
            if a.kind != b.kind:
                found.append(Change("api-security-component-type-changed", "auth-scheme", python, _where(b),
                                    f"auth scheme {name} is {b.kind}, was {a.kind}", a.kind, b.kind))
            elif (a.location, a.param_name) != (b.location, b.param_name):
                found.append(Change("api-security-component-location-changed", "auth-scheme", python, _where(b),
                                    f"auth scheme {name} is sent as {_where(b)}, was {_where(a)}",
                                    _where(a), _where(b), Layer.HTTP))
            if a.description != b.description or a.bearer_format != b.bearer_format:
                found.append(Change("api-security-component-description-changed", "auth-scheme", python, _where(b),
                                    f"description of auth scheme {name} changed", a.description, b.description,
                                    Layer.DOCS))
    return found


def _where(scheme: SecurityScheme) -> str:
    if scheme.kind == "api_key":
        return f"{scheme.location} {scheme.param_name}"
    return "header Authorization"
