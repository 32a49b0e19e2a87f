"""What the client runtime needs to know about Recursive unions: written by apigen from the spec."""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "golden-recursive-unions"
VERSION = "0.1.0"
API_VERSION = "1.0"
HOST = "http://localhost"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = ()
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi"
SERVERS: list[dict[str, Any]] = [
    {
        "url": "http://localhost",
        "description": "",
        "variables": {},
    },
]
