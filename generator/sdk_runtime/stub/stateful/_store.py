"""Stored resources: JSON objects by message type and id, in creation order, with an index
of names under each parent for the ALREADY_EXISTS rule. Thread safe."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Record:
    seq: int  # creation order across the store
    json: dict[str, Any]


@dataclass(slots=True)
class ResourceStore:
    by_type: dict[str, dict[str, Record]] = field(default_factory=dict)
    next_seq: int = 1
    lock: threading.RLock = field(default_factory=threading.RLock)

    def add(self, type_name: str, resource_id: str, json: dict[str, Any]) -> Record:
        with self.lock:
            record = Record(self.next_seq, json)
            self.next_seq += 1
            self.by_type.setdefault(type_name, {})[resource_id] = record
            return record

    def get(self, type_name: str, resource_id: str) -> Record | None:
        return self.by_type.get(type_name, {}).get(resource_id)

    def remove(self, type_name: str, resource_id: str) -> Record | None:
        with self.lock:
            return self.by_type.get(type_name, {}).pop(resource_id, None)

    def items(self, type_name: str) -> list[Record]:
        """In creation order: records are only ever appended with a growing `seq` (a seeded
        replacement is removed and added again), so insertion order is that order."""
        with self.lock:
            return list(self.by_type.get(type_name, {}).values())

    def named(self, type_name: str, parent: str, parent_value: Any, name: str) -> Record | None:
        """The resource called `name` under the parent (`parent` field = `parent_value`)."""
        with self.lock:
            for record in self.by_type.get(type_name, {}).values():
                json = record.json
                if json.get("name") == name and (not parent or json.get(parent) == parent_value):
                    return record
        return None

    def clear(self) -> None:
        with self.lock:
            self.by_type.clear()
            self.next_seq = 1

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        with self.lock:
            return {
                type_name: [{"seq": r.seq, "json": r.json} for r in self.items(type_name)]
                for type_name in sorted(self.by_type)
            }

    def load(self, data: dict[str, list[dict[str, Any]]], id_field: str = "id") -> None:
        with self.lock:
            self.clear()
            for type_name, records in data.items():
                table = self.by_type.setdefault(type_name, {})
                for item in sorted(records, key=lambda r: int(r["seq"])):
                    record = Record(int(item["seq"]), dict(item["json"]))
                    table[str(record.json.get(id_field, ""))] = record
                    self.next_seq = max(self.next_seq, record.seq + 1)
