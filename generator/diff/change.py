"""A change found between two merged models: what, where, and the rule that classifies it."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Location


@dataclass(frozen=True, slots=True, order=True)
class Change:
    api: str  # protobuf package
    service: str  # docs service name for method changes; "" for types (messages, enums)
    subject: str  # "Network.Get", "yandex.cloud.vpc.v1.Network.name", "...Status.ACTIVE"
    rule: str  # a key of rules.RULES
    message: str  # one line for people: what changed, with the old and new values
    # On the NEW page; on the OLD page for removals.
    location: Location
    old: str = ""
    new: str = ""
    # Directions the changed message or enum travels in ("request", "response"), in OLD or
    # NEW; empty where direction does not apply (methods, services, APIs).
    flows: frozenset[str] = field(default=frozenset(), compare=False)
