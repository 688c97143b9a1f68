"""Endpoint hosts: the docs write them with template variables; this resolves them.

`backup.{{ api-host }}` is the common shape; some services have a variable of their own
(`{{ api-host-kms-symcrypto }}`). Every variable maps to a host *template* in which
`{api_host}` stands for the cloud's API domain, so one setting (`api.yandexcloud.kz`)
moves every service, and each host stays overridable on its own in the SDK.
"""

from __future__ import annotations

import re

DEFAULT_API_HOST = "api.cloud.yandex.net"

# Variables with a host of their own, as the public endpoint list gives them.
_KNOWN: dict[str, str] = {
    "api-host": "{api_host}",
    "api-host-certmanager": "certificate-manager.{api_host}",
    "api-host-certmanager-certcontent": "data.certificate-manager.{api_host}",
    "api-host-kms": "kms.{api_host}",
    "api-host-kms-symcrypto": "kms.yandex",
    "api-host-lockbox": "lockbox.{api_host}",
    "api-host-lockbox-payload": "payload.lockbox.{api_host}",
    "api-host-mdb": "mdb.{api_host}",
}

_VARIABLE = re.compile(r"\{\{\s*([A-Za-z0-9_-]+)\s*\}\}")


class UnknownHostVariable(ValueError):
    pass


def host_template(raw: str) -> tuple[str, list[str]]:
    """`backup.{{ api-host }}` -> (`backup.{api_host}`, []). Unknown `api-host-xxx`
    variables resolve to `xxx.{api_host}`; their names come back so callers can warn."""
    guessed: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _KNOWN:
            return _KNOWN[name]
        if name.startswith("api-host-"):
            guessed.append(name)
            return name[len("api-host-") :] + ".{api_host}"
        raise UnknownHostVariable(name)

    return _VARIABLE.sub(replace, raw), guessed


def resolve_host(template: str, api_host: str = DEFAULT_API_HOST) -> str:
    return template.replace("{api_host}", api_host)
