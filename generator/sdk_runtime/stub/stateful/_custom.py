"""Hand-written behaviour of custom verbs whose effect on other resources no rule derives,
the way moto users write it: a function of the verb call, registered by `Service.Method`.
The fake ships the Compute Instance attachDisk/detachDisk rules as the worked example."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._errors import FAILED_PRECONDITION, INVALID_ARGUMENT, NOT_FOUND, StubError

if TYPE_CHECKING:
    from ._cloud import Cloud


@dataclass(slots=True)
class VerbCall:
    """One call of a custom verb: `resource` (the stored JSON, change it in place) and the
    request JSON. `cloud.find` looks other resources up (404 when missing)."""

    cloud: Cloud
    method: str  # Service.Method
    resource: dict[str, Any]
    request: dict[str, Any]


VerbRule = Callable[[VerbCall], None]

DISK = "yandex.cloud.compute.v1.Disk"


def attach_disk(call: VerbCall) -> None:
    """The disk joins the instance's `secondaryDisks` (and the instance the disk's
    `instanceIds`); an unknown disk is a 404."""
    spec = call.request.get("attachedDiskSpec") or {}
    disk_id = spec.get("diskId")
    if not disk_id:
        raise StubError(INVALID_ARGUMENT, "the fake attaches existing disks only: set diskId")
    disk = call.cloud.find(DISK, disk_id)
    attached = call.resource.setdefault("secondaryDisks", [])
    if any(d.get("diskId") == disk_id for d in attached):
        raise StubError(FAILED_PRECONDITION, f"disk {disk_id} is already attached")
    entry: dict[str, Any] = {"mode": spec.get("mode") or "READ_WRITE"}
    entry["deviceName"] = spec.get("deviceName") or disk_id
    if spec.get("autoDelete"):
        entry["autoDelete"] = True
    entry["diskId"] = disk_id
    attached.append(entry)
    instances = disk.setdefault("instanceIds", [])
    if call.resource["id"] not in instances:
        instances.append(call.resource["id"])


def detach_disk(call: VerbCall) -> None:
    """The disk named by `diskId` or `deviceName` leaves `secondaryDisks`; one not
    attached is a 404."""
    wanted_id = call.request.get("diskId")
    wanted_name = call.request.get("deviceName")
    attached = call.resource.get("secondaryDisks", [])
    for entry in attached:
        if (wanted_id and entry.get("diskId") == wanted_id) or (
            wanted_name and entry.get("deviceName") == wanted_name
        ):
            attached.remove(entry)
            if not attached:
                call.resource.pop("secondaryDisks")
            disk = call.cloud.store.get(DISK, entry.get("diskId", ""))
            if disk is not None:
                ids = [i for i in disk.json.get("instanceIds", []) if i != call.resource["id"]]
                disk.json["instanceIds"] = ids
                if not ids:
                    disk.json.pop("instanceIds")
            return
    raise StubError(
        NOT_FOUND,
        f"disk {wanted_id or wanted_name} is not attached to instance {call.resource['id']}",
    )


# By protobuf package and `Service.Method`.
SHIPPED_RULES: Mapping[str, Mapping[str, VerbRule]] = {
    "yandex.cloud.compute.v1": {
        "Instance.AttachDisk": attach_disk,
        "Instance.DetachDisk": detach_disk,
    },
}
