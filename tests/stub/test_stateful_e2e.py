"""The stateful fake end to end: the generated sync and async clients over loopback against
the generated fakes of the corpus' (nearly) whole services (Resource Manager Folder, Compute
Instance and Disk, VPC Network and Subnet). Every test gets a fresh fake."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import GeneratedApi, GeneratedSdk

CLOUD_ID = "b1gcloud000000000000"
FOLDER_ID = "b1gfolder00000000000"
ZONE = "ru-central1-a"


@pytest.fixture
def rm(sdk: GeneratedSdk) -> GeneratedApi:
    return sdk.apis["yandex.cloud.resourcemanager.v1"]


@pytest.fixture
def compute(sdk: GeneratedSdk) -> GeneratedApi:
    return sdk.apis["yandex.cloud.compute.v1"]


@pytest.fixture
def vpc(sdk: GeneratedSdk) -> GeneratedApi:
    return sdk.apis["yandex.cloud.vpc.v1"]


def _errors(gen: GeneratedApi) -> Any:
    """The SDK's error classes (exported by its root package)."""
    return importlib.import_module(gen.module.split(".")[0])


def _client(gen: GeneratedApi, server: Any, **kwargs: Any) -> Any:
    client_class = next(
        getattr(gen.client, name)
        for name in dir(gen.client)
        if name.endswith("Client") and not name.startswith(("Async", "_"))
    )
    return client_class(iam_token="t", hosts=server.hosts, **kwargs)


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[tuple[Any, Any]]:
    """(server, client) of a fresh stateful fake of the API named by the test's parameter."""
    gen: GeneratedApi = request.getfixturevalue(request.param)
    with gen.stub.serve_fake(seed=7) as server, _client(gen, server) as client:
        yield server, client


def _create_instance(gen: GeneratedApi, client: Any) -> Any:
    request = gen.models.CreateInstanceRequest.from_json(
        {
            "folderId": FOLDER_ID,
            "name": "vm-1",
            "zoneId": ZONE,
            "platformId": "standard-v3",
            "resourcesSpec": {"memory": "2147483648", "cores": "2"},
            "bootDiskSpec": {"diskId": "fhmbootdisk000000000"},
            "networkInterfaceSpecs": [{"subnetId": "e9bsubnet00000000000"}],
        }
    )
    return client.instance.create(request=request)


# --- Resource Manager Folder: the whole life of a resource -------------------------------


@pytest.mark.parametrize("served", ["rm"], indirect=True)
def test_folder_lifecycle_sync(served: tuple[Any, Any], rm: GeneratedApi) -> None:
    server, client = served
    operation = client.folder.create(cloud_id=CLOUD_ID, name="folder-a", labels={"env": "t"})
    folder = operation.wait()
    assert isinstance(folder, rm.models.Folder)
    assert folder.name == "folder-a" and folder.cloud_id == CLOUD_ID
    assert folder.labels == {"env": "t"}
    assert len(folder.id) == 20 and folder.id.isalnum() and folder.id.islower()
    assert folder.created_at is not None
    assert folder.status == rm.models.FolderStatus.ACTIVE
    assert folder.description is None  # no source: the zero value, not random text
    assert operation.metadata.folder_id == folder.id

    assert client.folder.get(folder_id=folder.id) == folder
    listed = client.folder.list(cloud_id=CLOUD_ID)
    assert [f.id for f in listed.folders] == [folder.id]
    assert client.folder.list(cloud_id="b1gothercloud0000000").folders in (None, [])

    updated = client.folder.update(
        folder_id=folder.id, update_mask="description", description="new", name="ignored"
    ).wait()
    assert updated.description == "new" and updated.name == "folder-a"
    again = client.folder.get(folder_id=folder.id)
    assert again.description == "new" and again.name == "folder-a"

    client.folder.delete(folder_id=folder.id).wait()
    with pytest.raises(_errors(rm).NotFoundError) as caught:
        client.folder.get(folder_id=folder.id)
    assert caught.value.http_status == 404
    assert f"Folder {folder.id} not found" in caught.value.message
    assert server.cloud.resources("Folder") == []


@pytest.mark.parametrize("over", ["loopback", "asgi"])
def test_folder_lifecycle_async(rm: GeneratedApi, over: str) -> None:
    async def lifecycle(client: Any) -> None:
        folder = await (await client.folder.create(cloud_id=CLOUD_ID, name="f-async")).wait()
        assert (await client.folder.get(folder_id=folder.id)).name == "f-async"
        listed = [f async for f in client.folder.list_all(cloud_id=CLOUD_ID)]
        assert [f.id for f in listed] == [folder.id]
        update = await client.folder.update(folder_id=folder.id, name="f-b", description="d")
        updated = await update.wait()  # no mask: the fields sent
        assert (updated.name, updated.description) == ("f-b", "d")
        await (await client.folder.delete(folder_id=folder.id)).wait()
        with pytest.raises(_errors(rm).NotFoundError):
            await client.folder.get(folder_id=folder.id)

    async def run(client: Any) -> None:
        async with client:
            await lifecycle(client)

    if over == "asgi":  # in process, through httpx.ASGITransport
        app = rm.stub.create_fake_app(seed=3)
        asyncio.run(run(rm.stub.fake_async_client(app=app)))
        cloud = app.state.stub.cloud
    else:
        with rm.stub.serve_fake(seed=3) as server:
            client = rm.client.AsyncResourcemanagerClient(iam_token="t", hosts=server.hosts)
            asyncio.run(run(client))
            cloud = server.cloud
    assert cloud.resources("Folder") == []
    assert [o["description"] for o in cloud.state()["operations"]] == [
        "Folder.Create",
        "Folder.Update",
        "Folder.Delete",
    ]


# --- Compute: verbs change the status; attachDisk/detachDisk hand-written rules ----------


@pytest.mark.parametrize("served", ["compute"], indirect=True)
def test_instance_stop_and_start(served: tuple[Any, Any], compute: GeneratedApi) -> None:
    _server, client = served
    operation = _create_instance(compute, client)
    created = operation.wait()  # the docs leave the response open: the JSON
    instance_id = operation.metadata["instanceId"]
    assert created["id"] == instance_id and created["name"] == "vm-1"
    assert operation.raw["response"]["@type"].endswith("yandex.cloud.compute.v1.Instance")
    status = compute.models.InstanceStatus
    assert client.instance.get(instance_id=instance_id).status == status.RUNNING
    client.instance.stop(instance_id=instance_id).wait()
    assert client.instance.get(instance_id=instance_id).status == status.STOPPED
    started = client.instance.start(instance_id=instance_id).wait()
    assert started.status == status.RUNNING
    assert client.instance.get(instance_id=instance_id).status == status.RUNNING
    listed = client.instance.list_operations(instance_id=instance_id).operations
    assert [o.description for o in listed] == ["Instance.Create", "Instance.Stop", "Instance.Start"]


@pytest.mark.parametrize("served", ["compute"], indirect=True)
def test_disk_attached_and_detached(served: tuple[Any, Any], compute: GeneratedApi) -> None:
    _server, client = served
    instance_id = _create_instance(compute, client).metadata["instanceId"]
    disk_op = client.disk.create(folder_id=FOLDER_ID, name="data", zone_id=ZONE, size="4194304")
    disk_id = disk_op.wait()["id"]
    assert client.disk.get(disk_id=disk_id).status == compute.models.DiskStatus.READY

    client.instance.attach_disk(
        instance_id=instance_id,
        attached_disk_spec=compute.models.AttachedDiskSpec(disk_id=disk_id, device_name="data"),
    ).wait()
    instance = client.instance.get(instance_id=instance_id)
    assert [(d.disk_id, d.device_name) for d in instance.secondary_disks] == [(disk_id, "data")]
    assert client.disk.get(disk_id=disk_id).instance_ids == [instance_id]

    with pytest.raises(_errors(compute).NotFoundError, match="Disk fhmnodisk"):
        client.instance.attach_disk(
            instance_id=instance_id,
            attached_disk_spec=compute.models.AttachedDiskSpec(disk_id="fhmnodisk00000000000"),
        )

    moved = client.disk.move(disk_id=disk_id, destination_folder_id="b1gfolder00000000002")
    assert moved.wait().folder_id == "b1gfolder00000000002"  # destinationFolderId -> folderId

    detached = client.instance.detach_disk(instance_id=instance_id, disk_id=disk_id).wait()
    assert detached.secondary_disks is None
    assert client.instance.get(instance_id=instance_id).secondary_disks is None
    assert client.disk.get(disk_id=disk_id).instance_ids is None


# --- VPC: sub-collection lists, paging, names, filters -----------------------------------


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_subnet_listed_by_its_network(served: tuple[Any, Any], vpc: GeneratedApi) -> None:
    _server, client = served
    network = client.network.create(folder_id=FOLDER_ID, name="net").wait()
    other = client.network.create(folder_id=FOLDER_ID, name="other").wait()
    subnet = client.subnet.create(
        folder_id=FOLDER_ID,
        name="sub",
        network_id=network.id,
        zone_id=ZONE,
        v4_cidr_blocks=["10.1.0.0/24"],
    ).wait()
    assert client.subnet.get(subnet_id=subnet.id).v4_cidr_blocks == ["10.1.0.0/24"]
    assert [s.id for s in client.network.list_subnets(network_id=network.id).subnets] == [subnet.id]
    assert client.network.list_subnets(network_id=other.id).subnets is None
    with pytest.raises(_errors(vpc).NotFoundError):
        client.network.list_subnets(network_id="enpunknown0000000000")


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_a_method_answered_with_examples_still_needs_its_resource(
    served: tuple[Any, Any], vpc: GeneratedApi
) -> None:
    _server, client = served
    network = client.network.create(folder_id=FOLDER_ID, name="net").wait()
    subnet = client.subnet.create(
        folder_id=FOLDER_ID, network_id=network.id, zone_id=ZONE, v4_cidr_blocks=["10.2.0.0/24"]
    ).wait()
    assert client.subnet.list_used_addresses(subnet_id=subnet.id).addresses
    client.subnet.delete(subnet_id=subnet.id).wait()
    with pytest.raises(_errors(vpc).NotFoundError, match=subnet.id):
        client.subnet.list_used_addresses(subnet_id=subnet.id)


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_a_value_the_resource_cannot_hold_is_refused(
    served: tuple[Any, Any], vpc: GeneratedApi
) -> None:
    _server, client = served
    # Network.Create's page states no rule for label values; the Network's page does.
    with pytest.raises(_errors(vpc).InvalidArgumentError) as caught:
        client.network.create(folder_id=FOLDER_ID, name="net", labels={"env": "Prod!"})
    assert "labels[env]" in caught.value.message
    assert "(rule of the resource field Network.labels)" in caught.value.message
    assert client.network.create(folder_id=FOLDER_ID, labels={"env": "prod"}).wait().labels == {
        "env": "prod"
    }


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_25_networks_paged_10_at_a_time(served: tuple[Any, Any], vpc: GeneratedApi) -> None:
    _server, client = served
    created = [
        client.network.create(folder_id=FOLDER_ID, name=f"net-{i:02}").wait().id for i in range(25)
    ]
    pages, token = [], None
    while True:
        page = client.network.list(folder_id=FOLDER_ID, page_size=10, page_token=token)
        pages.append([n.id for n in page.networks])
        token = page.next_page_token
        if not token:
            break
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [i for p in pages for i in p] == created  # creation order
    again = client.network.list(folder_id=FOLDER_ID, page_size=10)
    assert (
        again.next_page_token
        == client.network.list(folder_id=FOLDER_ID, page_size=10).next_page_token
    )  # stable
    assert [n.id for n in client.network.list_all(folder_id=FOLDER_ID, page_size=10)] == created
    only = client.network.list(folder_id=FOLDER_ID, filter='name="net-07"').networks
    assert [n.name for n in only] == ["net-07"]
    with pytest.raises(_errors(vpc).InvalidArgumentError, match="filter"):
        client.network.list(folder_id=FOLDER_ID, filter="labels.env:prod")
    with pytest.raises(_errors(vpc).InvalidArgumentError, match="pageToken"):
        client.network.list(folder_id=FOLDER_ID, page_token="not-a-token")


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_duplicate_name_under_a_parent_is_409(served: tuple[Any, Any], vpc: GeneratedApi) -> None:
    _server, client = served
    client.network.create(folder_id=FOLDER_ID, name="dup").wait()
    with pytest.raises(_errors(vpc).AlreadyExistsError) as caught:
        client.network.create(folder_id=FOLDER_ID, name="dup")
    assert caught.value.http_status == 409 and "dup" in caught.value.message
    client.network.create(folder_id="b1gotherfolder000000", name="dup").wait()  # other parent


# --- operations and faults --------------------------------------------------------------


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_unavailable_is_retried_then_succeeds(served: tuple[Any, Any], vpc: GeneratedApi) -> None:
    server, _client_unused = served
    network = server.cloud.seed(vpc.models.Network(folder_id=FOLDER_ID, name="seeded"))
    server.cloud.fail("Network.List", "UNAVAILABLE", times=2, retry_after=1)
    sleeps: list[float] = []
    with _client(vpc, server, sleep=sleeps.append) as client:
        listed = client.network.list(folder_id=FOLDER_ID)
    assert [n.id for n in listed.networks] == [network["id"]]
    assert sleeps == [1.0, 1.0]  # Retry-After honoured on each of the two retries


def test_operation_held_for_3_polls_is_waited(vpc: GeneratedApi) -> None:
    sleeps: list[float] = []
    with (
        vpc.stub.serve_fake(operation_polls=3) as server,
        _client(vpc, server, sleep=sleeps.append) as client,
    ):
        operation = client.network.create(folder_id=FOLDER_ID, name="slow")
        assert operation.done is False and operation.response is None
        network = operation.wait()
        assert network.name == "slow"
        assert len(sleeps) == 3
        held = client.network.create(folder_id=FOLDER_ID, name="cancelled")
        cancelled = held.cancel()
        assert cancelled.done is True and cancelled.error["code"] == 1


@pytest.mark.parametrize("served", ["vpc"], indirect=True)
def test_injected_operation_error_raises_from_wait(
    served: tuple[Any, Any], vpc: GeneratedApi
) -> None:
    server, client = served
    server.cloud.fail_operation("Network.Create", "RESOURCE_EXHAUSTED", message="quota")
    operation = client.network.create(folder_id=FOLDER_ID, name="over-quota")
    with pytest.raises(_errors(vpc).OperationError) as caught:
        operation.wait()
    assert caught.value.code == 8 and "quota" in str(caught.value)
    assert server.cloud.resources("Network") == []  # the failed operation changed nothing
    client.network.create(folder_id=FOLDER_ID, name="over-quota").wait()  # the next succeeds


# --- servicers and state ----------------------------------------------------------------


def test_user_servicer_overrides_one_method_and_keeps_the_rest(vpc: GeneratedApi) -> None:
    class EmptyList(vpc.stub.FakeNetworkServicer):  # type: ignore[name-defined,misc]
        async def list(self, request: Any, context: Any) -> Any:
            return vpc.models.ListNetworksResponse(networks=[])

    app = vpc.stub.create_fake_app(EmptyList())
    cloud = app.state.stub.cloud
    with vpc.stub._stub.serve_in_thread(app) as server, _client(vpc, server) as client:
        network = client.network.create(folder_id=FOLDER_ID, name="kept").wait()
        assert client.network.list(folder_id=FOLDER_ID).networks == []  # overridden
        assert [n["id"] for n in cloud.resources("Network")] == [network.id]
        client.network.delete(network_id=network.id).wait()  # stateful still
        assert cloud.resources("Network") == []
        with pytest.raises(_errors(vpc).InvalidArgumentError):
            client.network.create(folder_id="", name="x")  # validation as before


def test_seed_state_and_reset_in_process(vpc: GeneratedApi) -> None:
    with vpc.stub.serve_fake(seed=5) as server, _client(vpc, server) as client:
        cloud = server.cloud
        seeded = cloud.seed({"folderId": FOLDER_ID, "name": "json-seeded"}, type="Network")
        assert client.network.list(folder_id=FOLDER_ID).networks[0].name == "json-seeded"
        assert cloud.state()["resources"]["yandex.cloud.vpc.v1.Network"] == [seeded]
        cloud.reset()
        assert cloud.state() == {"resources": {}, "operations": []}
        assert client.network.list(folder_id=FOLDER_ID).networks is None


def test_ids_are_deterministic_for_the_seed(vpc: GeneratedApi) -> None:
    def ids(seed: int) -> list[str]:
        with vpc.stub.fake_client(seed=seed) as client:
            return [
                client.network.create(folder_id=FOLDER_ID, name=f"n{i}").wait().id for i in range(3)
            ]

    assert ids(1) == ids(1)
    assert ids(1) != ids(2)


def test_hand_written_verb_rule_and_refused_seed(vpc: GeneratedApi) -> None:
    def tag_moved(call: Any) -> None:
        call.resource["labels"] = {"moved-from": call.resource["folderId"]}

    with vpc.stub.serve_fake() as server, _client(vpc, server) as client:
        server.cloud.add_verb_rule("Network.Move", tag_moved)
        network = client.network.create(folder_id=FOLDER_ID, name="mover").wait()
        client.network.move(network_id=network.id, destination_folder_id="b1gfolder00000000002")
        [moved] = server.cloud.resources("Network")
        assert moved["folderId"] == "b1gfolder00000000002"
        assert moved["labels"] == {"moved-from": FOLDER_ID}
        with pytest.raises(vpc.stub._stub.StubError, match="nameless"):
            server.cloud.seed({"nameless": 1}, type="Network")
        assert len(server.cloud.resources("Network")) == 1
