"""The one error type a bad spec produces: where it is and what is wrong, on one line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpecError(Exception):
    """A problem in a spec. `where` is `line N` or a JSON pointer; either may be empty."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        location = f"{self.file}:{self.where}" if self.where else self.file
        return f"{location}: {self.message}"


class SpecErrors(Exception):
    """Several independent problems found by one check pass, reported together."""

    def __init__(self, errors: list[SpecError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Finding:
    """Something the checking stage read leniently: where (a JSON pointer), what it did, and the
    kind of problem (for summaries). An error in strict mode, a warning otherwise."""

    pointer: str
    message: str
    kind: str = ""


# The kind of a Finding that is an error in every mode: a `names:` setting the naming rules refuse.
REFUSED = "names setting"
