"""Exceptions raised by the SDK. Calls either return their typed value or raise one of these.

Status errors are picked from the google.rpc.Status body when the server sent one (HTTP 400
alone may mean INVALID_ARGUMENT, FAILED_PRECONDITION or OUT_OF_RANGE), else from the HTTP
status.
"""

from __future__ import annotations

from typing import Any

import httpx


class YCError(Exception):
    """Base class of every exception the SDK raises."""


class APIConnectionError(YCError):
    """The request did not get an HTTP response (DNS, connect, TLS, reset...)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (per-client or per-call timeout)."""


class APIStatusError(YCError):
    """The server answered with an error status."""

    code: int = 2  # google.rpc.Code of the class; instances carry the actual one
    code_name: str = "UNKNOWN"

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        code: int,
        code_name: str,
        details: list[Any] | None = None,
        request_id: str | None = None,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.code = code
        self.code_name = code_name
        self.details: list[Any] = details or []
        self.request_id = request_id
        self.body = body
        self.response = response

    def __str__(self) -> str:
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{self.code_name} [HTTP {self.http_status}]: {self.message}{suffix}"


class CancelledError(APIStatusError):
    code, code_name = 1, "CANCELLED"


class UnknownError(APIStatusError):
    code, code_name = 2, "UNKNOWN"


class InvalidArgumentError(APIStatusError):
    code, code_name = 3, "INVALID_ARGUMENT"


class DeadlineExceededError(APIStatusError):
    code, code_name = 4, "DEADLINE_EXCEEDED"


class NotFoundError(APIStatusError):
    code, code_name = 5, "NOT_FOUND"


class AlreadyExistsError(APIStatusError):
    code, code_name = 6, "ALREADY_EXISTS"


class PermissionDeniedError(APIStatusError):
    code, code_name = 7, "PERMISSION_DENIED"


class ResourceExhaustedError(APIStatusError):
    code, code_name = 8, "RESOURCE_EXHAUSTED"


class FailedPreconditionError(APIStatusError):
    code, code_name = 9, "FAILED_PRECONDITION"


class AbortedError(APIStatusError):
    code, code_name = 10, "ABORTED"


class OutOfRangeError(APIStatusError):
    code, code_name = 11, "OUT_OF_RANGE"


class UnimplementedError(APIStatusError):
    code, code_name = 12, "UNIMPLEMENTED"


class InternalError(APIStatusError):
    code, code_name = 13, "INTERNAL"


class UnavailableError(APIStatusError):
    code, code_name = 14, "UNAVAILABLE"


class DataLossError(APIStatusError):
    code, code_name = 15, "DATA_LOSS"


class UnauthenticatedError(APIStatusError):
    code, code_name = 16, "UNAUTHENTICATED"


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    cls.code: cls
    for cls in (
        CancelledError,
        UnknownError,
        InvalidArgumentError,
        DeadlineExceededError,
        NotFoundError,
        AlreadyExistsError,
        PermissionDeniedError,
        ResourceExhaustedError,
        FailedPreconditionError,
        AbortedError,
        OutOfRangeError,
        UnimplementedError,
        InternalError,
        UnavailableError,
        DataLossError,
        UnauthenticatedError,
    )
}
_BY_NAME = {cls.code_name: cls for cls in STATUS_ERRORS.values()}

# HTTP status -> gRPC code, the inverse of the grpc-gateway mapping, for bodies that are not
# a google.rpc.Status. Where several codes share a status the most common one wins.
_HTTP_TO_CODE = {
    400: 3,
    401: 16,
    403: 7,
    404: 5,
    409: 6,
    412: 9,
    416: 11,
    429: 8,
    499: 1,
    500: 13,
    501: 12,
    502: 14,
    503: 14,
    504: 4,
}


class OperationError(YCError):
    """A long-running operation finished with an error (its google.rpc.Status)."""

    def __init__(
        self,
        *,
        operation_id: str,
        code: int,
        message: str,
        details: list[Any] | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.code = code
        self.code_name = STATUS_ERRORS[code].code_name if code in STATUS_ERRORS else str(code)
        self.message = message
        self.details: list[Any] = details or []
        super().__init__(f"operation {operation_id} failed: {self.code_name}: {message}")


class OperationTimeoutError(YCError):
    """`wait()` gave up before the operation was done; the operation itself goes on."""

    def __init__(self, operation_id: str, timeout: float) -> None:
        self.operation_id = operation_id
        self.timeout = timeout
        super().__init__(f"operation {operation_id} not done after {timeout:g}s")


def _status_code(body: Any) -> int | None:
    """The gRPC code of a google.rpc.Status JSON body, or None when it is not one."""
    if not isinstance(body, dict) or "code" not in body:
        return None
    code = body["code"]
    if isinstance(code, bool):
        return None
    if isinstance(code, int) and code in STATUS_ERRORS:
        return code
    if isinstance(code, str) and code in _BY_NAME:
        return _BY_NAME[code].code
    return None


def error_from_response(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error response."""
    try:
        body: Any = response.json()
    except ValueError:
        body = response.text
    code = _status_code(body)
    if code is not None:
        assert isinstance(body, dict)
        message = str(body.get("message") or "")
        raw_details = body.get("details")
        details = list(raw_details) if isinstance(raw_details, list) else []
    else:
        code = _HTTP_TO_CODE.get(response.status_code, 2)
        message = body if isinstance(body, str) else ""
        if isinstance(body, dict) and isinstance(body.get("message"), str):
            message = body["message"]
        details = []
    cls = STATUS_ERRORS[code]
    return cls(
        message or response.reason_phrase or f"HTTP {response.status_code}",
        http_status=response.status_code,
        code=code,
        code_name=cls.code_name,
        details=details,
        request_id=response.headers.get("x-request-id"),
        body=body,
        response=response,
    )
