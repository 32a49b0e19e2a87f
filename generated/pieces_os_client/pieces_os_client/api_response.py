"""The answer of a call made with `*_with_http_info`, and how a raw response becomes one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, Optional, TypeVar

from ._codec import body_type_key, decode
from ._operation import Operation
from ._types import describe
from .exceptions import ApiDecodeError, ApiException

T = TypeVar("T")


class ApiResponse(Generic[T]):
    """Status code, headers, the decoded body (`data`) and the raw body bytes."""

    __slots__ = ("data", "headers", "raw_data", "status_code")

    def __init__(
        self, status_code: int, headers: Optional[Mapping[str, str]], data: T, raw_data: bytes
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.data = data
        self.raw_data = raw_data

    def __repr__(self) -> str:
        return f"ApiResponse(status_code={self.status_code!r}, data={self.data!r})"


class _RawResponse:
    """The attributes ApiException reads from a response."""

    def __init__(self, status: int, reason: str, headers: Mapping[str, str], data: bytes) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.data = data


def to_api_response(
    operation: Operation[T], status: int, reason: str, headers: Mapping[str, str], data: bytes
) -> ApiResponse[T]:
    """Decode a finished response, or raise the ApiException its status calls for."""
    content_type = headers.get("content-type") or headers.get("Content-Type") or ""
    key = body_type_key(operation.returns, status)
    if 200 <= status <= 299:
        try:
            return ApiResponse(status, headers, decode(operation, key, content_type, data), data)
        except ValueError as exc:
            raw = _RawResponse(status, reason, headers, data)
            error = ApiDecodeError(http_resp=raw, body=_text(data))
            declared = describe(operation.returns[key]) if key else "body"
            error.reason = f"response body is not a valid {declared}: {exc}"
            raise error from exc
    decoded = None
    if key is not None:
        try:
            decoded = decode(operation, key, content_type, data)
        except ValueError:
            decoded = None
    raw = _RawResponse(status, reason, headers, data)
    raise ApiException.from_response(http_resp=raw, body=_text(data), data=decoded)


def _text(data: bytes) -> Optional[str]:
    return data.decode("utf-8", "replace") if data else None
