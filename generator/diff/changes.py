"""A change, and the report of all changes between two versions of one package."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from generator.diff.rules import RANK, RULES, Severity, severity


class Layer(str, Enum):
    """Which side of the client a change touches: both are shown, so a rename in Python that is
    harmless on the wire and a wire change that keeps the Python signature are both visible."""

    PYTHON = "python"  # the Python API changes; the requests and responses do not
    HTTP = "http"  # the requests or responses change; the Python API does not
    BOTH = "both"
    DOCS = "docs"  # descriptions only


@dataclass(frozen=True)
class Change:
    rule: str
    kind: str  # what changed: package, api-class, method, parameter, request-body, return, response, ...
    python: str  # `PetApi.find_pets.limit`
    wire: str  # `GET /pets?limit`
    message: str
    old: Any = None  # JSON values: a printed type, a value, a name
    new: Any = None
    layer: Layer = Layer.BOTH

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"no rule {self.rule!r}")

    @property
    def severity(self) -> Severity:
        return severity(self.rule)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "rule": self.rule, "severity": self.severity.value, "layer": self.layer.value,
                "python": self.python, "wire": self.wire, "old": self.old, "new": self.new,
                "message": self.message}


BUMPS = ("none", "patch", "minor", "major")


@dataclass
class Report:
    """What changed for the callers of one package, and the version the release needs."""

    api: str  # the spec's API name (its file name)
    package: str
    old_version: str  # the released version: package_version in the old settings
    new_version: str  # package_version in the new settings (maybe already bumped)
    old_source: str = ""  # where each side was read from, for the reader
    new_source: str = ""
    changes: list[Change] = field(default_factory=list)
    state: str = ""  # "added": no old spec (a first release); "removed": no new one

    def count(self, level: Severity) -> int:
        return sum(1 for c in self.changes if c.severity is level)

    @property
    def breaking(self) -> bool:
        return self.count(Severity.BREAKING) > 0

    @property
    def summary(self) -> dict[str, int]:
        return {level.value: self.count(level) for level in Severity}

    @property
    def bump(self) -> str:
        if not self.changes:
            return "none"
        worst = max((c.severity for c in self.changes), key=lambda s: RANK[s])
        if worst is Severity.BREAKING:
            return "minor" if _release(self.old_version)[0] == 0 else "major"
        return "minor" if worst is Severity.ADDITION else "patch"

    @property
    def suggested_version(self) -> str:
        return bump_version(self.old_version, self.bump)

    @property
    def version_status(self) -> str:
        """`none` (nothing to release), `needed` (the new settings still hold the released version),
        `set` (they hold the suggested version or a later one) or `too-low` (bumped, not enough)."""
        if self.bump == "none":
            return "none"
        if self.new_version == self.old_version:
            return "needed"
        return "set" if _release(self.new_version) >= _release(self.suggested_version) else "too-low"

    def sorted_changes(self) -> list[Change]:
        return sorted(self.changes, key=lambda c: (-RANK[c.severity], c.python, c.wire, c.rule))

    def as_json(self) -> dict[str, Any]:
        return {"api": self.api, "package": self.package, "state": self.state or ("changed" if self.changes else "unchanged"),
                "old": {"source": self.old_source, "version": self.old_version},
                "new": {"source": self.new_source, "version": self.new_version},
                "summary": self.summary, "bump": self.bump, "suggested_version": self.suggested_version,
                "changes": [c.as_json() for c in self.sorted_changes()]}


_RELEASE = re.compile(r"\d+(\.\d+)*")


def _release(version: str) -> tuple[int, ...]:
    """The release numbers of a PEP 440 version (`1.2.0rc1` → (1, 2, 0)), padded to three."""
    match = _RELEASE.match(version)
    numbers = tuple(int(n) for n in match.group().split(".")) if match else (0,)
    return numbers + (0,) * (3 - len(numbers))


def bump_version(version: str, bump: str) -> str:
    """semver on the release numbers: major, minor or patch up, the lower ones reset. A pre-release,
    post or dev suffix is dropped (the release it leads to is the next one)."""
    if bump == "none":
        return version
    major, minor, patch, *_ = _release(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
