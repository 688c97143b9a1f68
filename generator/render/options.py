"""Settings every renderer reads."""

from __future__ import annotations

from dataclasses import dataclass

from ..hosts import DEFAULT_API_HOST


@dataclass(frozen=True, slots=True)
class RenderOptions:
    package_root: str = "ycrest"  # import root of the generated SDK
    api_host: str = DEFAULT_API_HOST  # the cloud's API domain that `{{ api-host }}` stands for
    sdk_version: str = "0.1.0"  # version of the generated SDK distribution
