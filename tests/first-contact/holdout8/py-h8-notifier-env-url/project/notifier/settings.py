"""Settings read from the environment."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


class ConfigError(RuntimeError):
    """A required setting is missing or malformed."""


@dataclass(frozen=True)
class Settings:
    api_url: str
    token: str | None = None
    timeout: float = 5.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Read NOTIFY_* variables. NOTIFY_API_URL is required (no default)."""
        env = os.environ if environ is None else environ
        url = env.get("NOTIFY_API_URL", "").strip()
        if not url:
            raise ConfigError("NOTIFY_API_URL is not set (see .env.example)")
        return cls(
            api_url=url.rstrip("/"),
            token=env.get("NOTIFY_TOKEN") or None,
            timeout=float(env.get("NOTIFY_TIMEOUT", "5")),
        )
