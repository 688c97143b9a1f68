"""The fake's clock: starts at a fixed instant and moves one second per reading, so
timestamps are deterministic and ordered. Tests may `advance` or `set` it."""

from __future__ import annotations

import threading

from ..._codec import Timestamp

START = 1_704_067_200  # 2024-01-01T00:00:00Z


class FakeClock:
    def __init__(self, seconds: int = START) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()

    def now(self) -> str:
        """The current time as RFC 3339, then one second later for the next reading."""
        with self._lock:
            value = self.seconds
            self.seconds += 1
        return Timestamp(value).to_json()

    def advance(self, seconds: int) -> None:
        with self._lock:
            self.seconds += seconds

    def set(self, seconds: int) -> None:
        with self._lock:
            self.seconds = seconds
