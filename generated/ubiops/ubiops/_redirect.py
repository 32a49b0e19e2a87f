"""Redirects, one rule for the sync and the async client: which answers are followed, to where,
with which method and which headers.

Credentials never go to another origin (scheme, host or port differs): a redirect there
drops Authorization, Cookie, Proxy-Authorization, every header a spec-defined API key goes in (however it was set: configuration, `set_default_header` or a
call's `_headers`) and the headers of a call's `_request_auth`. A 303 turns the request into a
GET without its body, as urllib3 and browsers do; 301, 302, 307 and 308 keep method and body.
A `Location` that is not an http(s) URL raises the package's ApiException.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import NamedTuple, Optional
from urllib.parse import urljoin, urlsplit

from ._package import SECURITY_SCHEMES
from .exceptions import ApiException

__all__ = [
    "MAX_REDIRECTS",
    "Hop",
    "credential_headers",
    "next_hop",
    "redirect_location",
    "same_origin",
]

MAX_REDIRECTS = 5
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CREDENTIAL_HEADERS = ("Authorization", "Cookie", "Proxy-Authorization")
_SCHEMES = ("http", "https")
# The headers that describe a body (urllib3's list): they go with it when a 303 makes a GET.
_BODY_HEADERS = (
    "Content-Encoding",
    "Content-Language",
    "Content-Location",
    "Content-Type",
    "Content-Length",
    "Digest",
    "Last-Modified",
    "Transfer-Encoding",
)


class Hop(NamedTuple):
    """The request to send after a redirect."""

    method: str
    url: str
    headers: dict[str, str]
    keeps_body: bool


def redirect_location(status: int, location: Optional[str]) -> Optional[str]:
    """The `Location` of an answer that redirects (one with no Location does not)."""
    return location if status in _REDIRECT_STATUSES and location else None


def credential_headers(call_secrets: Iterable[str] = ()) -> frozenset[str]:
    """The lower-case names of the headers dropped on a redirect to another origin."""
    spec = (name for _, _, where, name in SECURITY_SCHEMES if where == "header" and name)
    return frozenset(name.lower() for name in (*_CREDENTIAL_HEADERS, *spec, *call_secrets))


def next_hop(
    method: str,
    url: str,
    headers: Mapping[str, str],
    status: int,
    location: str,
    call_secrets: Iterable[str] = (),
) -> Hop:
    """Where the redirect answer (`status`, `location`) to `method url` leads, and how."""
    target = _target(url, location)
    kept = dict(headers)
    if not same_origin(url, target):
        kept = _without(kept, credential_headers(call_secrets))
    if status == 303 and method.upper() != "HEAD":
        return Hop("GET", target, _without(kept, {h.lower() for h in _BODY_HEADERS}), False)
    return Hop(method, target, kept, True)


def same_origin(url_a: str, url_b: str) -> bool:
    """Whether two URLs share scheme, host and port. The port as written: `http://h` and
    `http://h:80` differ (when unsure, credentials stay home)."""
    return _origin(url_a) == _origin(url_b)


def _origin(url: str) -> tuple[str, str, Optional[int]]:
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.hostname or "", parts.port


def _target(url: str, location: str) -> str:
    """The absolute URL a `Location` names, refused unless it is a well-formed http(s) URL."""
    try:
        target = urljoin(url, location.strip())
        _, host, _ = _origin(target)  # .port raises ValueError for a bad or out-of-range port
        scheme = urlsplit(target).scheme.lower()
    except ValueError:  # `http://[::1`: an unclosed IPv6 literal, say
        host, scheme, target = "", "", ""
    printable = target.isprintable() and not any(c.isspace() for c in target)
    if scheme not in _SCHEMES or not host or not printable:
        shown = location if len(location) <= 200 else location[:200] + "..."
        raise ApiException(status=0, reason=f"redirected to an invalid URL: {shown!r}")
    return target


def _without(headers: Mapping[str, str], lower_names: AbstractSet[str]) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name.lower() not in lower_names}
