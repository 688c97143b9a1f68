"""Errors a stub answers with: google.rpc.Code, its HTTP status, and the API's JSON error
shape `{"code": <int>, "message": ..., "details": [...]}`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

OK = 0
CANCELLED = 1
UNKNOWN = 2
INVALID_ARGUMENT = 3
DEADLINE_EXCEEDED = 4
NOT_FOUND = 5
ALREADY_EXISTS = 6
PERMISSION_DENIED = 7
RESOURCE_EXHAUSTED = 8
FAILED_PRECONDITION = 9
ABORTED = 10
OUT_OF_RANGE = 11
UNIMPLEMENTED = 12
INTERNAL = 13
UNAVAILABLE = 14
DATA_LOSS = 15
UNAUTHENTICATED = 16

# The mapping grpc-gateway (and so the REST API) uses.
HTTP_STATUS: dict[int, int] = {
    OK: 200,
    CANCELLED: 499,
    UNKNOWN: 500,
    INVALID_ARGUMENT: 400,
    DEADLINE_EXCEEDED: 504,
    NOT_FOUND: 404,
    ALREADY_EXISTS: 409,
    PERMISSION_DENIED: 403,
    RESOURCE_EXHAUSTED: 429,
    FAILED_PRECONDITION: 400,
    ABORTED: 409,
    OUT_OF_RANGE: 400,
    UNIMPLEMENTED: 501,
    INTERNAL: 500,
    UNAVAILABLE: 503,
    DATA_LOSS: 500,
    UNAUTHENTICATED: 401,
}

BAD_REQUEST_TYPE = "type.googleapis.com/google.rpc.BadRequest"
# Violations an error message names; the details list all of them.
SHOWN_VIOLATIONS = 5


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: the field's path (`settings.backupSets[0].time`) and what is wrong."""

    field: str
    description: str

    def __str__(self) -> str:
        return f"{self.field}: {self.description}" if self.field else self.description


def summary(violations: Sequence[Violation]) -> str:
    """The first SHOWN_VIOLATIONS violations, for an error message."""
    return "; ".join(str(v) for v in violations[:SHOWN_VIOLATIONS])


class StubError(Exception):
    """Raise from a servicer method to answer with an error status.

    `StubError(NOT_FOUND, "policy p1 not found")`; `http_status` defaults to the code's;
    `headers` go out with the error response."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        details: Sequence[Any] = (),
        http_status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = list(details)
        self.http_status = http_status if http_status is not None else HTTP_STATUS.get(code, 500)
        self.headers = dict(headers or {})

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "details": self.details}

    @classmethod
    def invalid(cls, violations: Sequence[Violation]) -> StubError:
        """INVALID_ARGUMENT naming every offending field (google.rpc.BadRequest details)."""
        shown = summary(violations)
        if len(violations) > SHOWN_VIOLATIONS:
            shown += f"; and {len(violations) - SHOWN_VIOLATIONS} more"
        details = [
            {
                "@type": BAD_REQUEST_TYPE,
                "fieldViolations": [
                    {"field": v.field, "description": v.description} for v in violations
                ],
            }
        ]
        return cls(INVALID_ARGUMENT, f"invalid request: {shown}", details=details)

    @classmethod
    def not_found(cls, message: str) -> StubError:
        return cls(NOT_FOUND, message)

    @classmethod
    def unimplemented(cls, method: str) -> StubError:
        return cls(UNIMPLEMENTED, f"method {method} is not implemented by this server")
