"""Exceptions raised by the client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Optional


class OpenApiException(Exception):
    """The base of every exception this package raises."""


class ApiTypeError(OpenApiException, TypeError):
    """An argument has the wrong type."""


class ApiValueError(OpenApiException, ValueError):
    """An argument has a value the API cannot take (e.g. a header with a line break)."""


class ApiKeyError(OpenApiException, KeyError):
    """A key is missing."""


class ApiAttributeError(OpenApiException, AttributeError):
    """An attribute is missing."""


_SHOWN = 2000  # characters of an error body that str() of its exception shows


class ApiException(OpenApiException):
    """The server answered with an error status, or with a body that could not be read.

    `data` holds the error body decoded into the model the spec declares for that status,
    or None when the spec declares none or the body does not match it.
    """

    def __init__(
        self,
        status: Optional[int] = None,
        reason: Optional[str] = None,
        http_resp: Any = None,
        *,
        body: Optional[str] = None,
        data: Any = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.body = body
        self.data = data
        self.headers = headers
        if http_resp is not None:
            self.status = http_resp.status
            self.reason = http_resp.reason
            if self.body is None and getattr(http_resp, "data", None) is not None:
                self.body = http_resp.data.decode("utf-8", "replace")
            self.headers = http_resp.headers
        super().__init__(str(self))

    @classmethod
    def from_response(
        cls,
        *,
        http_resp: Any,
        body: Optional[str],
        data: Any,
    ) -> ApiException:
        """The exception class matching the response's status, filled from it."""
        exception_class = _BY_STATUS.get(http_resp.status)
        if exception_class is None:
            exception_class = ServiceException if 500 <= http_resp.status <= 599 else ApiException
        return exception_class(http_resp=http_resp, body=body, data=data)

    def __str__(self) -> str:
        message = f"({self.status})\nReason: {self.reason}\n"
        if self.headers:
            message += f"HTTP response headers: {dict(self.headers)}\n"
        if self.body:  # the body as the server sent it (not the model it decoded into), cut short
            shown = (
                self.body
                if len(self.body) <= _SHOWN
                else f"{self.body[:_SHOWN]}... ({len(self.body)} characters)"
            )
            message += f"HTTP response body: {shown}\n"
        elif self.data is not None:
            message += f"HTTP response body: {self.data}\n"
        return message


class ApiDecodeError(ApiException):
    """A 2xx response whose body does not match the type the spec declares for it."""


class ApiResponseTooLarge(ApiException):
    """The response body is larger than `Configuration.max_response_size` (`limit`, in bytes).

    The body was not read to the end, and its connection was closed; `status` and `headers`
    are the response's.
    """

    limit: Optional[int] = None

    @classmethod
    def over(
        cls, limit: int, status: int, headers: Optional[Mapping[str, str]]
    ) -> ApiResponseTooLarge:
        error = cls(
            status=status,
            reason=f"response body larger than max_response_size ({limit} bytes): not read",
            headers=headers,
        )
        error.limit = limit
        return error


class BadRequestException(ApiException):
    pass


class UnauthorizedException(ApiException):
    pass


class ForbiddenException(ApiException):
    pass


class NotFoundException(ApiException):
    pass


class ConflictException(ApiException):
    pass


class UnprocessableEntityException(ApiException):
    pass


class ServiceException(ApiException):
    pass


_BY_STATUS = {
    400: BadRequestException,
    401: UnauthorizedException,
    403: ForbiddenException,
    404: NotFoundException,
    409: ConflictException,
    422: UnprocessableEntityException,
}


def render_path(path_to_item: Sequence[Any]) -> str:
    """`['a', 0, 'b']` → `['a'][0]['b']`, for error messages."""
    return "".join(f"[{p}]" if isinstance(p, int) else f"['{p}']" for p in path_to_item)
