"""What the client runtime needs to know about Oden API: written by apigen from the spec."""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "oden"
VERSION = "1.0.0"
API_VERSION = "2.0.0"
HOST = "https://api.oden.app"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = (
    ("APIKeyAuth", "api_key", "header", "Authorization"),
)
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi-generator"
SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://api.oden.app",
        "description": "Oden API server",
        "variables": {},
    },
]
