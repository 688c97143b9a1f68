"""The resource tables a generated stub carries (`stub/_resources.py`): what each service's
resource is and what role each of its methods plays. Data only; `_cloud` interprets it.
The generator derives them (generator/resources.py, rules in docs/stateful-fake.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

GET, LIST, CREATE, UPDATE, DELETE = "get", "list", "create", "update", "delete"
LIST_OPERATIONS, SUB_LIST, VERB = "list_operations", "sub_list", "verb"
DEFAULT_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class MethodRole:
    kind: str
    items: str = ""  # list-like methods: the repeated field of the response
    child: str = ""  # sub_list: full name of the listed message
    child_parent: str = ""  # sub_list: the child's field that holds the path id
    status: str = ""  # verb: the status it leaves behind ("" unchanged)
    max_page_size: int = 1000


@dataclass(frozen=True, slots=True)
class ResourceRule:
    service: str  # docs service name
    type: str  # full name of the resource message
    id_param: str  # path parameter naming one resource, e.g. instanceId
    parent: str = ""  # field lists filter by, e.g. folderId
    status_field: str = ""
    ready_status: str = ""
    roles: Mapping[str, MethodRole] = field(default_factory=dict)  # by docs method name

    @property
    def short_name(self) -> str:
        return self.type.rsplit(".", 1)[-1]
