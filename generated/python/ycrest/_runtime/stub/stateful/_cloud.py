"""The cloud the stateful fake remembers: resources created, read, listed, updated and
deleted by the roles of the generated resource table, their operations, and the controls
tests use (seed, state, reset, faults, hand-written verb rules)."""

from __future__ import annotations

import copy
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .._errors import ALREADY_EXISTS, NOT_FOUND, StubError
from .._operations import EMPTY_TYPE, OperationReply, OperationStore, type_url
from .._schema import MethodRule, Schema
from .._validate import validate
from ._build import apply_mask_path, copy_fields, in_field_order, set_if_fits
from ._clock import FakeClock
from ._custom import SHIPPED_RULES, VerbCall, VerbRule
from ._faults import FaultPlan
from ._filter import parse_filter
from ._ids import IdMaker
from ._paging import page
from ._replies import operation_metadata
from ._rules import MethodRole, ResourceRule
from ._snapshot import read_snapshot, write_snapshot
from ._store import ResourceStore

OPERATION_KIND = "yandex.cloud.operation.Operation"
CREATED_BY = "fake-user"
_DESTINATION = "destination"  # `destinationFolderId` of a verb moves the resource's `folderId`


class _Call(NamedTuple):
    """One call of a method the resource table has a role for."""

    method: MethodRule
    rule: ResourceRule
    role: MethodRole
    request: dict[str, Any]
    path: Mapping[str, str]


class Cloud:
    """State of one stateful fake app, shared by its servicers. Safe to use from tests while
    the server runs in another thread."""

    def __init__(
        self,
        schema: Schema,
        resources: Iterable[ResourceRule],
        *,
        seed: int = 0,
        model_types: Mapping[str, str] | None = None,
        state_file: str | Path | None = None,
    ) -> None:
        self.schema = schema
        self.seed_number = seed
        self.rules = {r.service: r for r in resources}
        self.by_type = {r.type: r for r in self.rules.values()}
        self.model_types = dict(model_types or {})  # model class name -> message full name
        self.store = ResourceStore()
        self.ids = IdMaker(seed)
        self.clock = FakeClock()
        self.faults = FaultPlan()
        self.operations = OperationStore()
        self.verb_rules: dict[str, VerbRule] = dict(SHIPPED_RULES.get(schema.package, {}))
        self.state_file = Path(state_file) if state_file else None
        self._lock = threading.RLock()
        self._loading = False

    # --- wiring -----------------------------------------------------------------------------

    def attach(self, operations: OperationStore) -> None:
        """Use the app's operation store; load the snapshot if there is one."""
        self.operations = operations
        operations.on_change = self._changed
        if self.state_file is not None:
            data = read_snapshot(self.state_file)
            if data is not None:
                self._restore(data)

    def new_operation_id(self) -> str:
        return self.ids.new(OPERATION_KIND)

    def role(self, method: MethodRule) -> tuple[ResourceRule, MethodRole] | None:
        rule = self.rules.get(method.service)
        role = rule.roles.get(method.name) if rule is not None else None
        return (rule, role) if rule is not None and role is not None else None

    def require_target(self, method: MethodRule, path_params: Mapping[str, str]) -> None:
        """A method the table has no role for (answered with examples) still names one
        resource when its path carries the id parameter (`Subnet.ListUsedAddresses`): an
        unknown or deleted one is 404, as for Get."""
        rule = self.rules.get(method.service)
        if rule is not None and rule.id_param in path_params:
            with self._lock:
                self.find(rule.type, path_params[rule.id_param])

    def before_call(self, method: MethodRule) -> None:
        """Raises the fault injected for this call, if any."""
        error = self.faults.take_call(method.full_name)
        if error is not None:
            raise error

    def respond(
        self, method: MethodRule, request: dict[str, Any], path_params: Mapping[str, str]
    ) -> Any:
        """The answer of a method the resource table has a role for: response JSON, or an
        OperationReply whose metadata and response are `@type`-tagged JSON."""
        found = self.role(method)
        if found is None:
            raise StubError.unimplemented(method.full_name)
        rule, role = found
        with self._lock:
            call = _Call(method, rule, role, request, path_params)
            if method.operation is not None:
                error = self.faults.take_operation(method.full_name)
                if error is not None:
                    target = self._path_id(rule, path_params, required=False)
                    return self._operation(call, target, error=error)
            return getattr(self, "_" + role.kind)(call)

    # --- the roles --------------------------------------------------------------------------

    def _get(self, call: _Call) -> dict[str, Any]:
        return copy.deepcopy(self.find(call.rule.type, self._path_id(call.rule, call.path)))

    def _list(self, call: _Call) -> dict[str, Any]:
        parent = call.request.get(call.rule.parent) if call.rule.parent else None
        matches = parse_filter(str(call.request.get("filter") or ""))
        items = [
            (r.seq, r.json)
            for r in self.store.items(call.rule.type)
            if (not parent or r.json.get(call.rule.parent) == parent) and matches(r.json)
        ]
        return self._page(call.role, items, call.request)

    def _sub_list(self, call: _Call) -> dict[str, Any]:
        parent_id = self._path_id(call.rule, call.path)
        self.find(call.rule.type, parent_id)
        items = [
            (r.seq, r.json)
            for r in self.store.items(call.role.child)
            if r.json.get(call.role.child_parent) == parent_id
        ]
        return self._page(call.role, items, call.request)

    def _list_operations(self, call: _Call) -> dict[str, Any]:
        resource_id = self._path_id(call.rule, call.path)
        self.find(call.rule.type, resource_id)
        return self._page(call.role, self.operations.for_target(resource_id), call.request)

    def _create(self, call: _Call) -> OperationReply[Any, Any]:
        resource = copy_fields(
            self.schema, call.rule.type, call.method.request, call.request, list(call.request)
        )
        self._check_name(call.rule, resource, None)
        resource_id = self.ids.new(call.rule.type)
        message = self.schema.message(call.rule.type)
        if message is not None and message.field_named("createdAt") is not None:
            resource["createdAt"] = self.clock.now()
        if call.rule.status_field and call.rule.ready_status:
            resource[call.rule.status_field] = call.rule.ready_status
        resource["id"] = resource_id
        resource = in_field_order(self.schema, call.rule.type, copy.deepcopy(resource))
        self.store.add(call.rule.type, resource_id, resource)
        self._changed()
        return self._operation(call, resource_id, response=resource)

    def _update(self, call: _Call) -> OperationReply[Any, Any]:
        resource_id = self._path_id(call.rule, call.path)
        current = copy.deepcopy(self.find(call.rule.type, resource_id))
        mask = str(call.request.get("updateMask") or "")
        if mask:
            paths = [p.strip() for p in mask.split(",") if p.strip()]
        else:
            paths = [
                name for name in call.request if name not in (call.rule.id_param, "updateMask")
            ]
        for field_path in paths:
            apply_mask_path(
                self.schema, call.rule, call.method.request, current, call.request, field_path
            )
        self._check_name(call.rule, current, resource_id)
        current = in_field_order(self.schema, call.rule.type, current)
        self._replace(call.rule.type, resource_id, current)
        return self._operation(call, resource_id, response=current)

    def _delete(self, call: _Call) -> OperationReply[Any, Any]:
        resource_id = self._path_id(call.rule, call.path)
        self.find(call.rule.type, resource_id)
        self.store.remove(call.rule.type, resource_id)
        self._changed()
        return self._operation(call, resource_id)

    def _verb(self, call: _Call) -> OperationReply[Any, Any]:
        resource_id = self._path_id(call.rule, call.path)
        current = copy.deepcopy(self.find(call.rule.type, resource_id))
        custom = self.verb_rules.get(call.method.full_name)
        if custom is not None:
            custom(VerbCall(self, call.method.full_name, current, call.request))
        if call.role.status and call.rule.status_field:
            current[call.rule.status_field] = call.role.status
        for name, value in call.request.items():
            if name.startswith(_DESTINATION) and len(name) > len(_DESTINATION):
                rest = name[len(_DESTINATION) :]
                set_if_fits(
                    self.schema,
                    call.rule.type,
                    call.method.request,
                    current,
                    rest[:1].lower() + rest[1:],
                    value,
                    source_name=name,
                )
        current = in_field_order(self.schema, call.rule.type, current)
        self._replace(call.rule.type, resource_id, current)
        return self._operation(call, resource_id, response=current)

    # --- helpers ----------------------------------------------------------------------------

    def find(self, type_name: str, resource_id: str) -> dict[str, Any]:
        """The stored JSON (live: change it and the state changes); 404 naming the resource
        when there is none."""
        record = self.store.get(type_name, resource_id)
        if record is None:
            raise StubError(NOT_FOUND, f"{type_name.rsplit('.', 1)[-1]} {resource_id} not found")
        return record.json

    def _replace(self, type_name: str, resource_id: str, json: dict[str, Any]) -> None:
        record = self.store.get(type_name, resource_id)
        if record is not None:
            record.json = json
        self._changed()

    def _path_id(self, rule: ResourceRule, path: Mapping[str, str], required: bool = True) -> str:
        if rule.id_param in path:
            return path[rule.id_param]
        if len(path) == 1:
            return next(iter(path.values()))
        if required:
            raise StubError(NOT_FOUND, f"no {rule.id_param} in the path")
        return ""

    def _check_name(self, rule: ResourceRule, resource: dict[str, Any], own_id: str | None) -> None:
        name = resource.get("name")
        if not name:
            return
        parent_value = resource.get(rule.parent) if rule.parent else None
        found = self.store.named(rule.type, rule.parent, parent_value, str(name))
        if found is not None and found.json.get("id") != own_id:
            where = f" in {rule.parent} {parent_value}" if rule.parent else ""
            raise StubError(
                ALREADY_EXISTS, f"{rule.short_name} with name {name!r} already exists{where}"
            )

    def _page(
        self, role: MethodRole, items: list[tuple[int, dict[str, Any]]], request: dict[str, Any]
    ) -> dict[str, Any]:
        shown, token = page(items, request, role.max_page_size)
        data: dict[str, Any] = {}
        if shown:  # proto3 JSON leaves empty lists out
            data[role.items] = copy.deepcopy(shown)
        if token:
            data["nextPageToken"] = token
        return data

    def _operation(
        self,
        call: _Call,
        target: str,
        *,
        response: dict[str, Any] | None = None,
        error: StubError | None = None,
    ) -> OperationReply[Any, Any]:
        method, rule, _role, request, _path = call
        answer: dict[str, Any] = {"@type": type_url(EMPTY_TYPE)}
        if response is not None:
            answer = {"@type": type_url(rule.type), **copy.deepcopy(response)}
        return OperationReply(
            response=None if error is not None else answer,
            metadata=operation_metadata(self.schema, method, rule, request, target),
            error=error,
            id=self.new_operation_id(),
            description=method.full_name,
            created_by=CREATED_BY,
            created_at=self.clock.now(),
            target=target,
        )

    # --- controls ---------------------------------------------------------------------------

    def resolve_type(self, name: str) -> str:
        """A resource type by full name, message or model class name, or service name."""
        if name in self.by_type:
            return name
        if name in self.model_types:
            return self.model_types[name]
        for rule in self.rules.values():
            if name in (rule.service, rule.short_name):
                return rule.type
        known = ", ".join(sorted(r.short_name for r in self.rules.values()))
        raise KeyError(f"no resource {name!r} in this fake; known: {known}")

    def seed(self, resource: Any, type: str | None = None) -> dict[str, Any]:
        """Store a resource (a model or its JSON) as if created; an id, createdAt and the
        ready status are filled in where missing. Returns the stored JSON. JSON that breaks
        the resource's schema is refused (StubError INVALID_ARGUMENT naming the fields)."""
        type_name = self.resolve_type(type or _class_name(resource))
        json = resource.to_json() if hasattr(resource, "to_json") else dict(resource)
        violations = validate(self.schema, type_name, json)
        if violations:
            raise StubError.invalid(violations)
        rule = self.by_type[type_name]
        with self._lock:
            json = copy.deepcopy(json)
            resource_id = str(json.get("id") or self.ids.new(type_name))
            json["id"] = resource_id
            message = self.schema.message(type_name)
            if message is not None and message.field_named("createdAt") and "createdAt" not in json:
                json["createdAt"] = self.clock.now()
            if rule.status_field and rule.ready_status and rule.status_field not in json:
                json[rule.status_field] = rule.ready_status
            json = in_field_order(self.schema, type_name, json)
            self.store.remove(type_name, resource_id)
            self.store.add(type_name, resource_id, json)
            self._changed()
            return copy.deepcopy(json)

    def resources(self, type: str) -> list[dict[str, Any]]:
        """Stored resources of a type, in creation order (copies)."""
        type_name = self.resolve_type(type)
        return [copy.deepcopy(r.json) for r in self.store.items(type_name)]

    def state(self) -> dict[str, Any]:
        """Everything stored, as JSON: resources by type and the operations."""
        with self._lock:
            return copy.deepcopy(
                {
                    "resources": {
                        t: [r["json"] for r in records] for t, records in self.store.dump().items()
                    },
                    "operations": [item["final"] for item in self.operations.dump()],
                }
            )

    def reset(self) -> None:
        """Forget every resource, operation and fault; ids and the clock start over."""
        with self._lock:
            self.store.clear()
            self.operations.clear()
            self.faults.clear()
            self.ids = IdMaker(self.seed_number)
            self.clock = FakeClock()
            self._changed()

    def fail(self, method: str, code: int | str, **options: Any) -> None:
        """The next calls of `method` (`Service.Method`) answer `code`; options: `times`
        (1), `message`, `retry_after` seconds (sent as `Retry-After`)."""
        self.faults.fail(method, code, **options)

    def fail_operation(self, method: str, code: int | str, **options: Any) -> None:
        """The next operations of `method` end with `code` and change nothing; options:
        `times` (1), `message`."""
        self.faults.fail_operation(method, code, **options)

    def add_verb_rule(self, method: str, rule: VerbRule) -> None:
        """Hand-written behaviour for a custom verb (`Service.Method`), see `VerbCall`."""
        self.verb_rules[method] = rule

    # --- snapshot ---------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.state_file is None or self._loading:
            return
        with self._lock:
            write_snapshot(
                self.state_file,
                {
                    "seed": self.seed_number,
                    "ids": self.ids.counter,
                    "clock": self.clock.seconds,
                    "resources": self.store.dump(),
                    "operations": self.operations.dump(),
                },
            )

    def _restore(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.ids = IdMaker(int(data.get("seed", self.seed_number)), int(data.get("ids", 0)))
            self.clock = FakeClock(int(data.get("clock", self.clock.seconds)))
            self.store.load(data.get("resources", {}))
            self.operations.load(data.get("operations", []))
        finally:
            self._loading = False


def _class_name(resource: Any) -> str:
    if isinstance(resource, Mapping):
        raise TypeError("seeding JSON needs type=: the resource's message or service name")
    return type(resource).__name__
