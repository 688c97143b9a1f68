"""Shared helpers of the stub tests: valid requests from the schema, and calling a method
through the generated client by its docs name."""

from __future__ import annotations

from typing import Any

from generator.model import Method
from generator.render.python_sdk.naming import service_attribute, service_method_names

from .conftest import GeneratedApi


def request_json(gen: GeneratedApi, method: Method, seed: int = 0) -> dict[str, Any]:
    """A request for `method` that satisfies every documented rule (from the fake data)."""
    runtime_stub = __import__(gen.module.split(".")[0] + "._runtime.stub", fromlist=["FakeData"])
    data: dict[str, Any] = runtime_stub.FakeData(gen.stub.SCHEMA, seed).message(method.request_type)
    return data


def request_model(gen: GeneratedApi, method: Method, seed: int = 0) -> Any:
    model = getattr(gen.models, gen.names[method.request_type])
    return model.from_json(request_json(gen, method, seed))


def client_method(gen: GeneratedApi, client: Any, method: Method) -> Any:
    """The bound client method for a docs method (`client.policy.apply`)."""
    service = gen.api.services[method.service]
    resource = getattr(client, service_attribute(service.name))
    return getattr(resource, service_method_names(service)[method.name])


def method_named(gen: GeneratedApi, full_name: str) -> Method:
    for m in gen.api.methods():
        if m.full_name == full_name:
            return m
    raise KeyError(full_name)


# What a client that has a token sends; any token will do for the stubs.
AUTH = {"Authorization": "Bearer test-token"}
