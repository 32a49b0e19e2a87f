"""Which OpenAPI (or Swagger) a document is, decided before anything else reads it.

Checked before bundling: a document that is no OpenAPI at all must not make the bundler read
the files it happens to refer to.
"""

from __future__ import annotations

import re
from typing import Any

from generator.errors import SpecError
from generator.read.parse import Position

SUPPORTED = "Swagger 2.0, OpenAPI 3.0.x, 3.1.x or 3.2.x"
_OPENAPI = re.compile(r"^3\.([012])\.\d+$")


def spec_version(file: str, document: dict[str, Any], positions: dict[str, Position]) -> str:
    """"2.0", "3.0", "3.1" or "3.2"; SpecError for anything else."""
    if "openapi" in document:
        version = str(document["openapi"])
        found = _OPENAPI.match(version)
        if found:
            return f"3.{found.group(1)}"
        raise _error(file, positions, "/openapi", f"OpenAPI version {version!r} is not supported ({SUPPORTED})")
    if "swagger" in document:
        version = str(document["swagger"])
        if version == "2.0":
            return "2.0"
        raise _error(file, positions, "/swagger", f"Swagger version {version!r} is not supported ({SUPPORTED})")
    raise _error(file, positions, "", "not an OpenAPI document: no 'openapi' or 'swagger' version field")


def _error(file: str, positions: dict[str, Position], pointer: str, message: str) -> SpecError:
    position = positions.get(pointer) or positions.get("")
    line = position.line if position else 1
    return SpecError(file, f"{line} ({pointer or '/'})", message)
