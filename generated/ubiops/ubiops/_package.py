"""What the client runtime needs to know about UbiOps: written by apigen from the spec."""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "ubiops"
VERSION = "2.1.0"
API_VERSION = "v2.1"
HOST = "https://api.ubiops.com/v2.1"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = (
    ("api_key", "api_key", "header", "Authorization"),
)
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi-generator"
SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://api.ubiops.com/v2.1",
        "description": "",
        "variables": {},
    },
]
