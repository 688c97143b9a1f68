"""The stateful fake: an in-memory cloud that keeps what clients did to it.

The generated stub carries a resource table (`stub/_resources.py`: each service's resource
and the role of each method); `Cloud` interprets it: create, get, list (parent, paging,
`name="x"` filter), update by mask, delete, custom verbs (status by rule, hand-written
rules), sub-collection lists, operations that progress, faults, snapshots. Services and
methods the table does not cover keep the example-backed answers of `FakeData`.
"""

from ._cloud import Cloud
from ._control import PREFIX as CONTROL_PREFIX
from ._control import control
from ._custom import SHIPPED_RULES, VerbCall, VerbRule
from ._faults import FaultPlan, code_of
from ._rules import MethodRole, ResourceRule

__all__ = [
    "CONTROL_PREFIX",
    "SHIPPED_RULES",
    "Cloud",
    "FaultPlan",
    "MethodRole",
    "ResourceRule",
    "VerbCall",
    "VerbRule",
    "code_of",
    "control",
]
