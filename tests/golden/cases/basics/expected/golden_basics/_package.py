"""What the client runtime needs to know about Pet Store: written by apigen from the spec."""

from __future__ import annotations

from typing import Any

PROJECT_NAME = "golden-basics"
VERSION = "0.1.0"
API_VERSION = "1.2.0"
HOST = "https://petstore.example.com/v1"
# (scheme name, kind, location, parameter name): kind is api_key | http_basic | http_bearer |
# oauth2; location and parameter name say where an api_key goes (header | query | cookie).
SECURITY_SCHEMES: tuple[tuple[str, str, str, str], ...] = (
    ("api_key", "api_key", "header", "X-API-Key"),
)
# How parameters are written (runtime/_styles.py): "openapi" or "openapi-generator".
WIRE = "openapi"
SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://petstore.example.com/v1",
        "description": "production",
        "variables": {},
    },
    {
        "url": "http://localhost:8080/v1",
        "description": "local",
        "variables": {},
    },
    {
        "url": "https://{region}.petstore.example.com/{version}",
        "description": "regional",
        "variables": {
            "region": {
                "default_value": "eu",
                "enum_values": ["eu", "us"],
                "description": "Where the data lives.",
            },
            "version": {
                "default_value": "v1",
                "enum_values": [],
                "description": "",
            },
        },
    },
]
