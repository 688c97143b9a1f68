"""Faults injected from tests: the next N calls of a method answer an error code (with
`Retry-After` if asked), or the next N operations of a method end with an error."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .. import _errors
from .._errors import HTTP_STATUS, StubError

# google.rpc.Code by name, from the constants of `_errors`.
CODE_NAMES = {
    name: value
    for name, value in vars(_errors).items()
    if name.isupper() and isinstance(value, int) and value in HTTP_STATUS
}


def code_of(code: int | str) -> int:
    """A google.rpc.Code by number or name ("UNAVAILABLE")."""
    if isinstance(code, str):
        if code.upper() not in CODE_NAMES:
            raise ValueError(f"unknown code {code!r}; known: {', '.join(sorted(CODE_NAMES))}")
        return CODE_NAMES[code.upper()]
    if code not in HTTP_STATUS:
        raise ValueError(f"unknown code {code!r}")
    return code


@dataclass(slots=True)
class Fault:
    code: int
    times: int
    message: str
    retry_after: float | None = None

    def error(self, method: str) -> StubError:
        headers = {}
        if self.retry_after is not None:
            headers["Retry-After"] = f"{self.retry_after:g}"
        return StubError(self.code, self.message or f"{method}: injected fault", headers=headers)


@dataclass(slots=True)
class FaultPlan:
    calls: dict[str, list[Fault]] = field(default_factory=dict)
    operations: dict[str, list[Fault]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(
        self,
        method: str,
        code: int | str,
        *,
        times: int = 1,
        message: str = "",
        retry_after: float | None = None,
    ) -> None:
        """The next `times` calls of `method` ("Network.Get") answer `code`."""
        with self._lock:
            self.calls.setdefault(method, []).append(
                Fault(code_of(code), times, message, retry_after)
            )

    def fail_operation(
        self, method: str, code: int | str, *, times: int = 1, message: str = ""
    ) -> None:
        """The next `times` operations of `method` end with `code` (nothing changes)."""
        with self._lock:
            self.operations.setdefault(method, []).append(Fault(code_of(code), times, message))

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()
            self.operations.clear()

    def take_call(self, method: str) -> StubError | None:
        return self._take(self.calls, method)

    def take_operation(self, method: str) -> StubError | None:
        return self._take(self.operations, method)

    def _take(self, table: dict[str, list[Fault]], method: str) -> StubError | None:
        with self._lock:
            queue = table.get(method)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault.error(method)
