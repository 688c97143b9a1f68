"""Component names that make good class names in other generators: the message's own name
with nested names joined (`yandex.cloud.compute.v1.AttachedDisk.Mode` -> `AttachedDiskMode`),
with the full protobuf name kept on the schema as `x-yc-full-name`.

Internal keys (see `schemas.message_key`) become names so:
- `<message>~response`, `<enum>~enum`: the own name;
- `<message>~request`: the own name, or `<name>Input` when the message also has a
  response-side (open) component;
- `<request>~body`: `<request name>Body` (the body fields of a request with path fields);
- `<Service>.<Method>~operation`: `<Service><Method>Operation`.
Collisions are resolved deterministically: candidates are taken in order of (the API's own
package first, then by name, then by key); the first keeps the name, each later one gets
the parts of its protobuf package prepended, innermost first (`Operation` from
`yandex.cloud.operation` -> `OperationOperation`, then `CloudOperationOperation`), and a
`2`, `3`... suffix if the package runs out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")


def split_full_name(full_name: str) -> tuple[list[str], list[str]]:
    """(package parts, type parts): protobuf packages are lower case, types capitalized."""
    parts = full_name.split(".")
    cut = next((i for i, part in enumerate(parts) if part[:1].isupper()), len(parts) - 1)
    return parts[:cut], parts[cut:]


def _pascal(part: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[_\-]", part) if word)


def full_name_of(key: str) -> str:
    return key.rsplit("~", 1)[0]


def base_name(key: str, keys: frozenset[str]) -> str:
    full_name, kind = key.rsplit("~", 1)
    if kind == "operation":
        return _NOT_NAME.sub("", full_name.replace(".", "")) + "Operation"
    own = _NOT_NAME.sub("", "".join(split_full_name(full_name)[1]))
    if kind == "body":
        return own + "Body"
    if kind == "request" and f"{full_name}~response" in keys:
        return own + "Input"
    return own


def component_names(keys: Iterable[str], package: str) -> dict[str, str]:
    """A unique name for every key (see the module docstring for the rule)."""
    key_set = frozenset(keys)
    bases = {key: base_name(key, key_set) for key in key_set}

    def order(key: str) -> tuple[bool, str, str]:
        own_package = ".".join(split_full_name(full_name_of(key))[0])
        foreign = own_package != package and not key.endswith("~operation")
        return (foreign, bases[key], key)

    taken: set[str] = set()
    names: dict[str, str] = {}
    for key in sorted(key_set, key=order):
        name = bases[key]
        prefixes = list(reversed(split_full_name(full_name_of(key))[0]))
        prefix = ""
        for part in prefixes:
            if name not in taken:
                break
            prefix = _pascal(part) + prefix
            name = prefix + bases[key]
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name}{n}", n + 1
        taken.add(candidate)
        names[key] = candidate
    return names
