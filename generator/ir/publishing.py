"""What a package index shows about a package, from the spec's `info` and `externalDocs`.

The license is kept only as a valid SPDX expression (`info.license.identifier`, else its
`name` when that is one), as PEP 639 wants it; authors come from `info.contact`; project URLs
from the contact's URL, `termsOfService` and `externalDocs`, and only http(s) URLs at that.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from generator.ir.nodes import Publishing

_EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+")


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, (str, int, float)) else ""


def _url(value: Any) -> str:
    text = _text(value)
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme in ("http", "https") and parts.netloc and " " not in text else ""


def spdx_license(license_object: Any) -> str:
    if not isinstance(license_object, dict):
        return ""
    for candidate in (license_object.get("identifier"), license_object.get("name")):
        text = _text(candidate)
        if text:
            try:
                return str(canonicalize_license_expression(text))
            except InvalidLicenseExpression:
                continue
    return ""


def _object(parent: dict[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def publishing_of(document: dict[str, Any]) -> Publishing:
    info = _object(document, "info")
    contact = _object(info, "contact")
    name, email = _text(contact.get("name")), _text(contact.get("email"))
    authors = ((name, email if _EMAIL.fullmatch(email) else ""),) if name or _EMAIL.fullmatch(email) else ()
    docs = _object(document, "externalDocs")
    urls = [("Contact", _url(contact.get("url"))), ("Documentation", _url(docs.get("url"))),
            ("Terms of Service", _url(info.get("termsOfService")))]
    return Publishing(license=spdx_license(info.get("license")), authors=authors,
                      urls=tuple((label, url) for label, url in urls if url))
