"""HTTP signature authentication (draft-cavage-http-signatures): not supported by this client.

OpenAPI Generator's clients sign requests with `signing.HttpSigningConfiguration`. This one does
not: building one, or giving one to `Configuration(signing_info=...)`, raises NotImplementedError.
The names of OpenAPI Generator's module are here so code naming them fails with that message.
"""

from __future__ import annotations

from typing import Any, NoReturn

HEADER_REQUEST_TARGET = "(request-target)"
HEADER_CREATED = "(created)"
HEADER_EXPIRES = "(expires)"
HEADER_HOST = "Host"
HEADER_DATE = "Date"
HEADER_DIGEST = "Digest"
HEADER_AUTHORIZATION = "Authorization"
SCHEME_HS2019 = "hs2019"
SCHEME_RSA_SHA256 = "rsa-sha256"
SCHEME_RSA_SHA512 = "rsa-sha512"
ALGORITHM_RSASSA_PSS = "RSASSA-PSS"
ALGORITHM_RSASSA_PKCS1v15 = "RSASSA-PKCS1-v1_5"
ALGORITHM_ECDSA_MODE_FIPS_186_3 = "fips-186-3"
ALGORITHM_ECDSA_MODE_DETERMINISTIC_RFC6979 = "deterministic-rfc6979"
HASH_SHA256 = "sha256"
HASH_SHA512 = "sha512"

UNSUPPORTED = (
    "HTTP signature authentication is not supported by this client. Sign each request yourself"
    " and send the signature headers with the call's `_headers={...}` (or"
    " `ApiClient.set_default_header` for headers that do not change)."
)


def signing_unsupported() -> NoReturn:
    raise NotImplementedError(UNSUPPORTED)


class HttpSigningConfiguration:
    """Not supported: raises NotImplementedError (see the module's docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        signing_unsupported()
