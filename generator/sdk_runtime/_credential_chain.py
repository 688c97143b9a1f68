"""Where credentials come from when a client is given none: the chain.

In order, the first that is configured wins:

1. `YC_IAM_TOKEN`: an IAM token, used as is;
2. `YC_TOKEN`: a Yandex OAuth token, exchanged for IAM tokens;
3. `YC_SERVICE_ACCOUNT_KEY_FILE`: an authorized key file of a service account;
4. the active profile of the `yc` CLI (`YC_CONFIG_PATH`, else
   `~/.config/yandex-cloud/config.yaml`; `YC_PROFILE`, else the file's `current`): its
   `token`, `service-account-key` or `instance-service-account`;
5. the VM metadata service, only when the client is asked to (`use_metadata_credentials`).

The client resolves the chain once, when it is built; calls never look at it again. The
profile's `endpoint` becomes the client's API host unless one is given, and its `folder-id`
(or `YC_FOLDER_ID`) is offered as `client.folder_id`. Nothing found is one `AuthError` that
lists each step and why it did not apply.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ._auth import AuthError
from ._yc_config import ConfigError, Profile, active_profile, default_config_path

CredentialKind = Literal["iam_token", "oauth_token", "service_account_key", "metadata"]


_VARIABLES: tuple[tuple[str, CredentialKind], ...] = (
    ("YC_IAM_TOKEN", "iam_token"),
    ("YC_TOKEN", "oauth_token"),
    ("YC_SERVICE_ACCOUNT_KEY_FILE", "service_account_key"),
)


class NoCredentialsError(AuthError):
    """No step of the credential chain found credentials."""


@dataclass(frozen=True, slots=True)
class FoundCredentials:
    """What the chain found; the client turns it into sync or async credentials."""

    kind: CredentialKind
    value: Any  # the token, or the key (a file path or its JSON); None for metadata
    source: str  # where it came from, e.g. "YC_TOKEN" or "yc profile 'default' (path)"
    folder_id: str | None = None
    api_host: str | None = None  # the profile's endpoint host


def resolve_credentials(
    *,
    use_metadata: bool = False,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> FoundCredentials:
    """Walk the chain (see the module docstring); raise NoCredentialsError listing every
    step when nothing is configured, AuthError when a configured step is unusable."""
    env = os.environ if environ is None else environ
    folder_id = env.get("YC_FOLDER_ID") or None
    tried = ["credentials=, iam_token=, oauth_token= or service_account_key= (none given)"]
    for variable, kind in _VARIABLES:
        value = env.get(variable)
        if value:
            return FoundCredentials(kind, value, variable, folder_id)
        tried.append(f"{variable} (not set)")

    profile, why_not = _profile(env, home)
    if profile is not None:
        found = _from_profile(profile, folder_id)
        if found is not None:
            return found
        why_not = f"profile {profile.name!r} of {profile.path} has no token or service-account-key"
    tried.append(f"yc CLI profile ({why_not})")

    if use_metadata:
        return FoundCredentials("metadata", None, "VM metadata service", folder_id)
    tried.append("VM metadata service (not asked for: use_metadata_credentials=True on a VM)")
    raise NoCredentialsError("no credentials found; tried:\n  " + "\n  ".join(tried))


def _profile(env: Mapping[str, str], home: Path | None) -> tuple[Profile | None, str]:
    """The active profile, or None and why there is none."""
    path = default_config_path(env, Path.home() if home is None else home)
    name = env.get("YC_PROFILE") or None
    try:
        return active_profile(path, name), ""
    except FileNotFoundError:
        if name is not None or env.get("YC_CONFIG_PATH"):
            raise AuthError(
                f"{path}: no such file (YC_PROFILE/YC_CONFIG_PATH point at it)"
            ) from None
        return None, f"no {path}"
    except OSError as exc:
        raise AuthError(f"{path}: cannot read the yc CLI configuration: {exc.strerror}") from None
    except ConfigError as exc:
        raise AuthError(f"yc CLI configuration: {exc}") from None


def _from_profile(profile: Profile, folder_id: str | None) -> FoundCredentials | None:
    source = f"yc profile {profile.name!r} ({profile.path})"
    folder = folder_id or profile.folder_id
    host = profile.api_host
    if profile.federation_id is not None:
        raise AuthError(
            f"{source} uses federated login (federation-id), which the SDK cannot use: "
            "set YC_IAM_TOKEN (e.g. from `yc iam create-token`) or use a service account key"
        )
    if profile.token is not None:
        return FoundCredentials("oauth_token", profile.token, source, folder, host)
    if profile.service_account_key is not None:
        return FoundCredentials(
            "service_account_key", profile.service_account_key, source, folder, host
        )
    if profile.instance_service_account:
        return FoundCredentials("metadata", None, source, folder, host)
    return None
