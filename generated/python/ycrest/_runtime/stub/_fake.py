"""Schema-valid JSON for any message, deterministic for a seed: ids, RFC 3339 timestamps,
int64 as strings, a non-UNSPECIFIED enum value, nested messages, one element per repeated
field and one entry per map (more where the docs ask for more), the first member of each
oneof group, and an empty `nextPageToken` so auto-paging ends."""

from __future__ import annotations

import base64
import hashlib
import random
from collections.abc import Iterator
from typing import Any

from .._codec import Timestamp
from . import _schema as k
from ._patterns import example, full_match
from ._schema import FieldRule, Schema

_BASE_SECONDS = 1_700_000_000  # 2023-11-14T22:13:20Z
_ID_ALPHABET = "abcdefghijklmnopqrstuv0123456789"
_MAX_DEPTH = 6
NEXT_PAGE_TOKEN = "nextPageToken"


class FakeData:
    """Fake values from the schema tables. `seed` picks the values; the same seed, type and
    call order give the same JSON."""

    def __init__(self, schema: Schema, seed: int = 0) -> None:
        self.schema = schema
        self.seed = seed
        self._counter = 0

    def rng(self, *parts: object) -> random.Random:
        return random.Random(":".join([str(self.seed), *(str(p) for p in parts)]))

    def next_id(self, prefix: str = "fk") -> str:
        """A fresh id in the Yandex shape (20 lowercase letters and digits)."""
        self._counter += 1
        digest = hashlib.sha256(f"{self.seed}:{prefix}:{self._counter}".encode()).digest()
        body = "".join(_ID_ALPHABET[b % len(_ID_ALPHABET)] for b in digest)
        return (prefix + body)[:20]

    def timestamp(self, *parts: object) -> str:
        offset = self.rng("ts", *parts).randrange(0, 86400 * 365)
        return Timestamp(_BASE_SECONDS + offset).to_json()

    def message(self, type_name: str, *, salt: object = "") -> dict[str, Any]:
        """A JSON object valid for `type_name` (an empty object for a type the schema does
        not describe)."""
        return self._message(type_name, str(salt), (type_name,))

    def _message(self, type_name: str, path: str, stack: tuple[str, ...]) -> dict[str, Any]:
        rule = self.schema.message(type_name)
        if rule is None:
            return {}
        skipped = {name for group in rule.oneofs for name in group[1:]}
        data: dict[str, Any] = {}
        for f in rule.fields:
            if f.name in skipped:
                continue
            if f.name == NEXT_PAGE_TOKEN and f.kind == k.STRING:
                data[f.name] = ""
                continue
            recursive = f.kind == k.MESSAGE and (f.ref in stack or len(stack) > _MAX_DEPTH)
            if recursive and not f.required:
                continue
            value = self._value(f, f"{path}.{f.name}", stack)
            if value is not None:
                data[f.name] = value
        return data

    def _value(self, f: FieldRule, path: str, stack: tuple[str, ...]) -> Any:
        if not f.is_map and not f.repeated:
            return self._element(f, path, stack, 0)
        count = max(1, f.min_items or 0)
        if f.max_items is not None:
            count = min(count, f.max_items)
        if f.is_map:
            return {
                self._key(f, f"{path}#k{i}", i): self._element(f, f"{path}[{i}]", stack, i)
                for i in range(count)
            }
        return [self._element(f, f"{path}[{i}]", stack, i) for i in range(count)]

    def _key(self, f: FieldRule, path: str, index: int) -> str:
        if f.map_key in k.INTEGER_KINDS:
            return str(index + 1)
        if f.map_key == k.BOOL:
            return "true" if index == 0 else "false"
        return self._string(
            f"key{index + 1}" if index else "key",
            f.key_pattern,
            f.key_min_length,
            f.key_max_length,
            path,
        )

    def _element(self, f: FieldRule, path: str, stack: tuple[str, ...], index: int) -> Any:
        kind = f.kind
        rng = self.rng(path)
        if kind == k.MESSAGE:
            return self._message(f.ref, path, (*stack, f.ref))
        if kind == k.ENUM:
            values = self.schema.enums.get(f.ref, ())
            named = [v for v in values if not v.endswith("_UNSPECIFIED")] or list(values)
            if not named:
                return ""
            return rng.choice(named) if index == 0 else named[index % len(named)]
        if kind == k.BOOL:
            return index % 2 == 0
        if kind in k.INTEGER_KINDS:
            number = self._integer(f, kind, rng, index)
            return str(number) if kind in (k.INT64, k.UINT64) else number
        if kind in (k.FLOAT, k.DOUBLE):
            whole = float(self._integer(f, k.INT32, rng, index))
            return whole if f.maximum is not None else whole + 0.5
        if kind == k.BYTES:
            size = max(f.min_length or 0, min(8, f.max_length if f.max_length is not None else 8))
            return base64.b64encode(bytes(rng.randrange(256) for _ in range(size))).decode()
        if kind == k.TIMESTAMP:
            return self.timestamp(path)
        if kind == k.DURATION:
            return f"{rng.randrange(1, 3600)}s"
        if kind == k.FIELD_MASK:
            return "name"
        if kind == k.JSON:
            return {"key": "value"}
        hint = _hint(f.name, rng, index)
        return self._string(hint, f.pattern, f.min_length, f.max_length, path)

    def _integer(self, f: FieldRule, kind: str, rng: random.Random, index: int) -> int:
        low, high = k.INTEGER_RANGES[kind]
        if f.minimum is not None:
            low = max(low, int(-(-f.minimum // 1)))
        if f.exclusive_minimum is not None:
            low = max(low, int(f.exclusive_minimum // 1) + 1)
        if f.maximum is not None:
            high = min(high, int(f.maximum // 1))
        if f.exclusive_maximum is not None:
            high = min(high, int(-(-f.exclusive_maximum // 1)) - 1)
        start = max(low, min(high, 1))
        return min(high, start + rng.randrange(0, 100) + index)

    def _string(
        self, hint: str, pattern: str | None, low: int | None, high: int | None, path: str
    ) -> str:
        last = hint
        for candidate in self._candidates(hint, pattern, path):
            last = text = candidate
            if low is not None and len(text) < low:
                text = (text + "x" * low)[: max(low, len(text))]
            if high is not None and len(text) > high:
                text = text[:high]
            long_enough = (low is None or len(text) >= low) and text != ""
            if long_enough and (pattern is None or full_match(pattern, text)):
                return text
        return last

    def _candidates(self, hint: str, pattern: str | None, path: str) -> Iterator[str]:
        """The hint, then the pattern's examples, made only as far as they are needed (each
        from its own seeded generator, so the ones made do not depend on the others)."""
        yield hint
        if pattern is None:
            return
        for repeat in (1, 3, 8, 0, 16, 32, 64):
            text = example(pattern, self.rng(path, "p", repeat), repeat)
            if text is not None:
                yield text


def _hint(name: str, rng: random.Random, index: int) -> str:
    """A readable value for a string field, from its name."""
    lowered = name.lower()
    suffix = "".join(rng.choice(_ID_ALPHABET) for _ in range(17))
    if lowered.endswith(("id", "ids")):
        return "fk" + suffix + str(index % 10)
    if "name" in lowered:
        return f"fake-{name.lower()[:20]}-{index + 1}"
    return f"fake {name} {index + 1}"
