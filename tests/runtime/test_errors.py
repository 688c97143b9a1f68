from __future__ import annotations

from typing import Any

import httpx
import pytest

import generator.sdk_runtime as rt
from generator.sdk_runtime._errors import error_from_response

CODE_CLASSES: list[tuple[int, str, type[rt.APIStatusError]]] = [
    (1, "CANCELLED", rt.CancelledError),
    (2, "UNKNOWN", rt.UnknownError),
    (3, "INVALID_ARGUMENT", rt.InvalidArgumentError),
    (4, "DEADLINE_EXCEEDED", rt.DeadlineExceededError),
    (5, "NOT_FOUND", rt.NotFoundError),
    (6, "ALREADY_EXISTS", rt.AlreadyExistsError),
    (7, "PERMISSION_DENIED", rt.PermissionDeniedError),
    (8, "RESOURCE_EXHAUSTED", rt.ResourceExhaustedError),
    (9, "FAILED_PRECONDITION", rt.FailedPreconditionError),
    (10, "ABORTED", rt.AbortedError),
    (11, "OUT_OF_RANGE", rt.OutOfRangeError),
    (12, "UNIMPLEMENTED", rt.UnimplementedError),
    (13, "INTERNAL", rt.InternalError),
    (14, "UNAVAILABLE", rt.UnavailableError),
    (15, "DATA_LOSS", rt.DataLossError),
    (16, "UNAUTHENTICATED", rt.UnauthenticatedError),
]


def response(status: int, body: Any, request_id: str | None = "req-1") -> httpx.Response:
    headers = {"x-request-id": request_id} if request_id else {}
    kwargs: dict[str, Any] = {"text": body} if isinstance(body, str) else {"json": body}
    return httpx.Response(status, headers=headers, **kwargs)


@pytest.mark.parametrize(("code", "name", "cls"), CODE_CLASSES)
def test_status_body_picks_the_class(code: int, name: str, cls: type[rt.APIStatusError]) -> None:
    details = [{"@type": "type.googleapis.com/google.rpc.DebugInfo", "detail": "x"}]
    body = {"code": code, "message": f"m{code}", "details": details}
    error = error_from_response(response(400 if code != 5 else 404, body))
    assert type(error) is cls
    assert isinstance(error, rt.APIStatusError) and isinstance(error, rt.YCError)
    assert (error.code, error.code_name, error.message) == (code, name, f"m{code}")
    assert error.details == details
    assert error.request_id == "req-1"
    assert error.body == body
    assert name in str(error) and "req-1" in str(error)


@pytest.mark.parametrize(
    ("code", "cls"),
    [(3, rt.InvalidArgumentError), (9, rt.FailedPreconditionError), (11, rt.OutOfRangeError)],
)
def test_http_400_is_decided_by_the_body(code: int, cls: type[rt.APIStatusError]) -> None:
    error = error_from_response(response(400, {"code": code, "message": "m"}))
    assert type(error) is cls
    assert error.http_status == 400


def test_code_given_by_name_is_understood() -> None:
    error = error_from_response(response(400, {"code": "FAILED_PRECONDITION", "message": "m"}))
    assert type(error) is rt.FailedPreconditionError


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, rt.InvalidArgumentError),
        (401, rt.UnauthenticatedError),
        (403, rt.PermissionDeniedError),
        (404, rt.NotFoundError),
        (409, rt.AlreadyExistsError),
        (412, rt.FailedPreconditionError),
        (416, rt.OutOfRangeError),
        (429, rt.ResourceExhaustedError),
        (499, rt.CancelledError),
        (500, rt.InternalError),
        (501, rt.UnimplementedError),
        (502, rt.UnavailableError),
        (503, rt.UnavailableError),
        (504, rt.DeadlineExceededError),
        (418, rt.UnknownError),
    ],
)
def test_without_status_body_http_status_decides(status: int, cls: type[rt.APIStatusError]) -> None:
    error = error_from_response(response(status, "<html>gateway</html>", request_id=None))
    assert type(error) is cls
    assert error.http_status == status
    assert error.request_id is None
    assert error.body == "<html>gateway</html>"
    assert error.details == []


def test_body_with_unknown_code_falls_back_to_http_status() -> None:
    error = error_from_response(response(404, {"code": 99, "message": "gone"}))
    assert type(error) is rt.NotFoundError
    assert error.message == "gone"


def test_operation_errors() -> None:
    error = rt.OperationError(operation_id="op1", code=9, message="busy", details=[{"a": 1}])
    assert error.code_name == "FAILED_PRECONDITION"
    assert "op1" in str(error) and "busy" in str(error)
    assert isinstance(rt.OperationTimeoutError("op1", 5.0), rt.YCError)
    assert issubclass(rt.APITimeoutError, rt.APIConnectionError)
