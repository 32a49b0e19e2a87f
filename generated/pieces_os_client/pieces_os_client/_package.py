"""What the client runtime needs to know about Pieces OS Client Open API: written by apigen from the spec."""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "pieces_os_client"
VERSION = "5.0.1"
API_VERSION = "5.0.1"
HOST = "http://localhost:1000"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = (
    ("application", "api_key", "header", "X-Application-ID"),
)
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi-generator"
SERVERS: list[dict[str, Any]] = [
    {
        "url": "http://localhost:1000",
        "description": "Local Pieces OS Server for macOS & Windows",
        "variables": {},
    },
    {
        "url": "http://localhost:5323",
        "description": "Local Pieces OS Server for Linux",
        "variables": {},
    },
]
