"""The `yc` CLI configuration: `~/.config/yandex-cloud/config.yaml` and its active profile.

The CLI writes a small YAML subset: nested block mappings, plain or quoted scalars and
literal blocks (`|`) for the PEM keys of a `service-account-key`. The runtime depends on
httpx only, so this module reads that subset itself and names the file and line of
anything outside it instead of guessing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CONFIG_RELATIVE_PATH = Path(".config", "yandex-cloud", "config.yaml")

_KEY = re.compile(r"(?P<key>[^\s:#'\"][^:#]*?|'[^']*'|\"[^\"]*\")\s*:(?:\s+(?P<value>.*))?$")


class ConfigError(ValueError):
    """The configuration file cannot be read; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Profile:
    """The settings of one `yc` profile the SDK uses."""

    name: str
    path: Path  # the configuration file, for messages
    token: str | None = None  # a Yandex OAuth token
    service_account_key: Mapping[str, Any] | None = None  # an authorized key's JSON
    endpoint: str | None = None  # `api.cloud.yandex.net:443`
    folder_id: str | None = None
    cloud_id: str | None = None
    federation_id: str | None = None  # federated login: the SDK cannot use it
    instance_service_account: bool = False  # the VM's service account (metadata service)

    @property
    def api_host(self) -> str | None:
        """The endpoint without its port: the host the REST APIs live under."""
        if not self.endpoint:
            return None
        return self.endpoint.rsplit(":", 1)[0] if ":" in self.endpoint else self.endpoint


def default_config_path(environ: Mapping[str, str], home: Path) -> Path:
    """`YC_CONFIG_PATH`, else `~/.config/yandex-cloud/config.yaml`."""
    given = environ.get("YC_CONFIG_PATH")
    return Path(given).expanduser() if given else home / CONFIG_RELATIVE_PATH


def active_profile(path: Path, name: str | None = None) -> Profile:
    """The profile `name` (else the file's `current` one) of the configuration at `path`.

    Raises OSError when the file cannot be opened, ConfigError when it cannot be used."""
    data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    profiles = data.get("profiles")
    if not isinstance(profiles, dict) or not profiles:
        raise ConfigError(f"{path}: no profiles")
    chosen = name or data.get("current")
    if not isinstance(chosen, str) or not chosen:
        raise ConfigError(f"{path}: no current profile (set one with `yc config profile activate`)")
    settings = profiles.get(chosen)
    if not isinstance(settings, dict):
        raise ConfigError(
            f"{path}: no profile {chosen!r} (profiles: {', '.join(sorted(profiles))})"
        )
    key = settings.get("service-account-key")
    if key is not None and not isinstance(key, dict):
        raise ConfigError(f"{path}: profile {chosen!r}: service-account-key is not a mapping")
    return Profile(
        name=chosen,
        path=path,
        token=_text(settings.get("token")),
        service_account_key=key,
        endpoint=_text(settings.get("endpoint")),
        folder_id=_text(settings.get("folder-id")),
        cloud_id=_text(settings.get("cloud-id")),
        federation_id=_text(settings.get("federation-id")),
        instance_service_account=str(settings.get("instance-service-account")).lower() == "true",
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


# --- the YAML subset -----------------------------------------------------------------------


def parse_yaml(text: str, name: str) -> dict[str, Any]:
    """Block mappings, scalars (plain, 'single' or "double" quoted) and literal blocks."""
    lines = text.splitlines()
    root: dict[str, Any] = {}
    stack: list[tuple[int, dict[str, Any]]] = [(-1, root)]
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped in ("---", "..."):
            continue
        indent = len(line) - len(line.lstrip(" "))
        where = f"{name}:{index}"
        match = _KEY.fullmatch(stripped)
        if line[:indent].count("\t") or match is None:
            raise ConfigError(f"{where}: expected `key: value` (a YAML form the SDK does not read)")
        while indent <= stack[-1][0]:
            stack.pop()
        parent = stack[-1][1]
        key = _unquote(match.group("key").strip(), where)
        value = (match.group("value") or "").strip()
        if value in ("|", "|-", "|+"):
            block, index = _literal_block(lines, index, indent)
            parent[key] = block if value != "|-" else block.rstrip("\n")
        elif value == "" or value.startswith("#"):
            child: dict[str, Any] = {}
            parent[key] = child
            stack.append((indent, child))
        else:
            parent[key] = _scalar(value, where)
    return root


def _literal_block(lines: list[str], index: int, indent: int) -> tuple[str, int]:
    body: list[str] = []
    block_indent: int | None = None
    while index < len(lines):
        line = lines[index]
        if line.strip():
            current = len(line) - len(line.lstrip(" "))
            if current <= indent:
                break
            block_indent = current if block_indent is None else block_indent
            body.append(line[block_indent:])
        else:
            body.append("")
        index += 1
    while body and not body[-1]:
        body.pop()
    return "\n".join(body) + "\n", index


def _scalar(value: str, where: str) -> Any:
    if value[0] in "'\"":
        return _unquote(value, where)
    if value[0] in "[{&*!|>@`":
        raise ConfigError(f"{where}: a YAML form the SDK does not read: {value[:20]!r}")
    value = re.sub(r"\s+#.*$", "", value)
    if value in ("true", "false"):
        return value == "true"
    return value


def _unquote(value: str, where: str) -> str:
    if value.startswith('"'):
        try:
            text = json.loads(value)
        except ValueError:
            raise ConfigError(f"{where}: bad double-quoted string") from None
        if not isinstance(text, str):
            raise ConfigError(f"{where}: bad double-quoted string")
        return text
    if value.startswith("'"):
        if len(value) < 2 or not value.endswith("'"):
            raise ConfigError(f"{where}: bad single-quoted string")
        return value[1:-1].replace("''", "'")
    return value
