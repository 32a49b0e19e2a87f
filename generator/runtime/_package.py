"""What differs from one generated package to the next, written by the generator from the spec.

This copy belongs to the runtime's own tests and type checks; every generated package gets its
own `_package.py` in its place, with the same names.
"""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "apigen-runtime"
VERSION = "0.0.0"
API_VERSION = "0.0.0"
HOST = "http://localhost"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = ()
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi"
SERVERS: list[dict[str, Any]] = [
    {"url": "http://localhost", "description": "", "variables": {}},
]
