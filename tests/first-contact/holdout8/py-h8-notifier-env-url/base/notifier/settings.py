"""Settings read from the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_API_URL = "https://staging.notify.example.com"


@dataclass(frozen=True)
class Settings:
    api_url: str = DEFAULT_API_URL
    token: str | None = None
    timeout: float = 5.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if environ is None else environ
        return cls(
            api_url=env.get("NOTIFY_API_URL", DEFAULT_API_URL).rstrip("/"),
            token=env.get("NOTIFY_TOKEN") or None,
            timeout=float(env.get("NOTIFY_TIMEOUT", "5")),
        )
