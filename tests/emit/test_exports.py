"""Everything a caller names is importable from the package root: the status exceptions (also
from `exceptions` and `rest`, as in OpenAPI Generator) and the stream and page types."""

from __future__ import annotations

import importlib
import sys

import pytest

from conftest import golden_package

NAMES = ["ApiException", "BadRequestException", "UnauthorizedException", "ForbiddenException", "NotFoundException",
         "ConflictException", "UnprocessableEntityException", "ServiceException", "ApiDecodeError",
         "ApiResponseTooLarge", "ServerSentEvent", "Stream", "AsyncStream", "Pages", "AsyncPages"]


@pytest.mark.parametrize("name", NAMES)
def test_the_root_exports_it(name: str) -> None:
    root = golden_package("streams")
    sys.path.insert(0, str(root))
    try:
        package = importlib.import_module("golden_streams")
        assert name in package.__all__
        exported = getattr(package, name)
        if name.endswith(("Exception", "Error", "TooLarge")):
            assert exported is getattr(importlib.import_module("golden_streams.exceptions"), name)
            assert issubclass(exported, package.ApiException)
    finally:
        sys.path.remove(str(root))


def test_rest_has_the_status_exceptions() -> None:
    root = golden_package("streams")
    sys.path.insert(0, str(root))
    try:
        rest = importlib.import_module("golden_streams.rest")
        exceptions = importlib.import_module("golden_streams.exceptions")
        for name in ("ApiException", "NotFoundException", "ServiceException"):
            assert getattr(rest, name, None) is getattr(exceptions, name), name
    finally:
        sys.path.remove(str(root))
