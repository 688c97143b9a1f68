"""When and how long to wait before retrying a request.

Exponential backoff with full jitter (a uniform delay between 0 and the capped exponential),
`Retry-After` honoured, all bounded by a number of attempts and a total time budget.
"""

from __future__ import annotations

import email.utils
import random as _random
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2  # attempts = max_retries + 1
    initial_backoff: float = 0.5  # seconds
    max_backoff: float = 8.0
    total_budget: float = 60.0  # no retry starts later than this after the first attempt
    retry_non_idempotent: bool = False  # POST/PATCH/PUT are retried only when opted in
    jitter: Callable[[], float] = field(default=_random.random, compare=False)  # in [0, 1)

    def backoff(self, retry_number: int) -> float:
        """Delay before retry `retry_number` (0-based): full jitter."""
        cap = min(self.max_backoff, self.initial_backoff * float(2**retry_number))
        return cap * self.jitter()

    def delay(
        self, retry_number: int, response: httpx.Response | None, now: float, elapsed: float
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when it should not happen.

        `now` is wall-clock time (for HTTP-date Retry-After values), `elapsed` the seconds
        spent on this call so far."""
        if retry_number >= self.max_retries:
            return None
        wait = self.backoff(retry_number)
        if response is not None:
            after = retry_after(response.headers.get("retry-after"), now)
            if after is not None:
                wait = after
        if elapsed + wait > self.total_budget:
            return None
        return wait


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - now)
