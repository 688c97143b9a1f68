"""Yandex-style ids (20 lowercase letters and digits; the first three tell the kind),
deterministic for the seed: the same seed and the same calls give the same ids."""

from __future__ import annotations

import hashlib
import threading

_ALPHABET = "abcdefghijklmnopqrstuv0123456789"
ID_LENGTH = 20


def _encode(digest: bytes, length: int) -> str:
    return "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:length])


class IdMaker:
    def __init__(self, seed: int = 0, counter: int = 0) -> None:
        self.seed = seed
        self.counter = counter
        self._lock = threading.Lock()

    def new(self, kind: str) -> str:
        """A fresh id; `kind` (a message full name, "operation") picks the prefix."""
        with self._lock:
            self.counter += 1
            n = self.counter
        prefix = _encode(hashlib.sha256(kind.encode()).digest(), 3)
        body = hashlib.sha256(f"{self.seed}:{kind}:{n}".encode()).digest()
        return prefix + _encode(body, ID_LENGTH - 3)
