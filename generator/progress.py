"""A one-line progress bar on stderr, drawn only on a terminal and only for long runs."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 24
DELAY = 0.5  # seconds of work before the bar appears; quick runs stay silent
INTERVAL = 0.1  # seconds between redraws


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.visible = False

    def __call__(self, done: int, total: int, what: str) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if now - self.started < DELAY or (now - self.drawn_at < INTERVAL and done < total):
            return
        filled = WIDTH * done // total
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r\x1b[K[{bar}] {done}/{total} {what}"[:200])
        self.stream.flush()
        self.drawn_at = now
        self.visible = True

    def close(self) -> None:
        """Erase the bar so the messages that follow start on a clean line."""
        if self.visible:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.visible = False
