"""Which way a message travels: in requests (a client sends it), in responses (a server sends
it), or both. Some changes matter on the wire in one direction only: a tightened limit breaks
the clients that send a value, not those that receive it."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Api

REQUEST, RESPONSE = "request", "response"


def message_flows(api: Api) -> dict[str, frozenset[str]]:
    """Full message name -> the directions it travels in, following fields transitively."""
    flows: dict[str, set[str]] = {}

    def walk(roots: Iterable[str | None], direction: str) -> None:
        stack = [name for name in roots if name]
        while stack:
            name = stack.pop()
            seen = flows.setdefault(name, set())
            if direction in seen:
                continue
            seen.add(direction)
            message = api.messages.get(name)
            if message is not None:
                stack += [f.type.message for f in message.fields if f.type.message]

    for method in api.methods():
        walk([method.request_type], REQUEST)
        operation = method.operation
        extra = [operation.metadata_type, operation.response_type] if operation else []
        walk([method.response_type, *extra], RESPONSE)
    return {name: frozenset(directions) for name, directions in flows.items()}


def enum_flows(api: Api, messages: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Full enum name -> the directions of the messages whose fields use it."""
    flows: dict[str, frozenset[str]] = {}
    for name, message in api.messages.items():
        for f in message.fields:
            if f.type.enum is not None:
                flows[f.type.enum] = flows.get(f.type.enum, frozenset()) | messages.get(
                    name, frozenset()
                )
    return flows
