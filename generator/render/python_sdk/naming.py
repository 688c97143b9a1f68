"""Python names for model things: modules, classes, attributes, methods.

One place decides every name in the generated SDK, so models, clients and stubs agree.
Every function is pure and deterministic.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable

from ...model import Api, Field, Service

# Attribute names that would shadow what the generated classes define themselves.
_RESERVED_ATTRIBUTES = frozenset(
    {"self", "cls", "to_json", "from_json", "with_raw_response", "model_fields"}
)

_CAMEL_BOUNDARY_1 = re.compile(r"(.)([A-Z][a-z]+)")
_CAMEL_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")


def snake_case(name: str) -> str:
    """`computeInstanceId` -> `compute_instance_id`, `ipV4CidrBlocks` -> `ip_v4_cidr_blocks`."""
    s = _CAMEL_BOUNDARY_1.sub(r"\1_\2", name)
    s = _CAMEL_BOUNDARY_2.sub(r"\1_\2", s)
    s = re.sub(r"[^0-9a-zA-Z_]", "_", s).lower()
    if s[:1].isdigit():
        s = "_" + s
    return s


def safe_identifier(name: str) -> str:
    """A keyword or a reserved attribute gets a trailing underscore (`from` -> `from_`)."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED_ATTRIBUTES:
        return name + "_"
    return name


def attribute_name(json_name: str) -> str:
    """Python attribute for a JSON field name."""
    return safe_identifier(snake_case(json_name))


def module_path(api: Api) -> list[str]:
    """`yandex.cloud.backup.v1` -> ["backup", "v1"]; the SDK imports it as ROOT.backup.v1."""
    return [safe_identifier(part) for part in api.short_name.split(".")]


def camel(parts: Iterable[str]) -> str:
    """["policy", "settings"] -> `PolicySettings`: each part with its first letter upper."""
    return "".join(p[:1].upper() + p[1:] for p in parts)


def service_class_base(service_name: str) -> str:
    """`ApiKey`, `api_key` -> `ApiKey`: the stem of a docs service's generated classes
    (client resources, servicers)."""
    return camel(snake_case(service_name).split("_"))


def class_names(api: Api) -> dict[str, str]:
    """Class name for every message and enum of `api`, keyed by full protobuf name.

    Types of the API's own package get their nested path joined (`PolicySettings.Interval`
    -> `PolicySettingsInterval`); types of other packages (`google.rpc.Status`) get their
    short name, or, where that is taken, their package joined in front (`GoogleRpcStatus`).
    Any remaining clash gets a numeric suffix. Deterministic: names are handed out in sorted
    order of full names."""
    own_prefix = api.package + "."
    full_names = sorted(set(api.messages) | set(api.enums))
    taken: set[str] = set()
    result: dict[str, str] = {}

    def claim(full_name: str, candidate: str) -> None:
        name = candidate
        n = 2
        while name in taken or keyword.iskeyword(name):
            name = f"{candidate}{n}"
            n += 1
        taken.add(name)
        result[full_name] = name

    own = [n for n in full_names if n.startswith(own_prefix)]
    foreign = [n for n in full_names if not n.startswith(own_prefix)]
    for full_name in own:
        claim(full_name, camel(full_name[len(own_prefix) :].split(".")))
    for full_name in foreign:
        short = full_name.rsplit(".", 1)[-1]
        if short in taken:
            package = full_name.rsplit(".", 1)[0]
            short = camel(package.split(".")) + short
        claim(full_name, short)
    return result


def service_attribute(service_name: str) -> str:
    """Client attribute for a docs service: `Resource` -> `resource`, `ApiKey` -> `api_key`."""
    return safe_identifier(snake_case(service_name))


def method_name(method_name: str) -> str:
    """Python method for a docs method: `ListTasks` -> `list_tasks`."""
    return safe_identifier(snake_case(method_name))


def unique_names(names: Iterable[str], convert: Callable[[str], str]) -> dict[str, str]:
    """Python name per docs name; a later name converting to a taken one gets `_` suffixes
    (`fooBar` and `foo_bar` -> `foo_bar`, `foo_bar_`)."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        python = convert(name)
        while python in taken:
            python += "_"
        taken.add(python)
        result[name] = python
    return result


def service_method_names(service: Service) -> dict[str, str]:
    """Python method per docs method of a service: client resources and servicers agree."""
    return unique_names((m.name for m in service.methods), method_name)


def field_attributes(fields: list[Field]) -> dict[str, str]:
    """Python attribute per JSON field name of a message."""
    return unique_names((f.name for f in fields), attribute_name)
