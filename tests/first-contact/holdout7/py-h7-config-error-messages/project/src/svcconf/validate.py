"""Validate the service configuration loaded from ``service.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LOG_LEVELS = ("debug", "info", "warning", "error")


class ConfigError(ValueError):
    """Raised when the configuration is invalid.

    Messages start with the dotted key that is wrong (``server.port: ...``)
    so that operators can find the line in ``service.toml``.
    """

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    workers: int
    log_level: str


def validate(raw: dict[str, Any]) -> Config:
    """Check ``raw`` (the parsed TOML) and return a typed :class:`Config`."""
    server = raw.get("server", {})
    logging = raw.get("logging", {})

    host = server.get("host", "127.0.0.1")
    if not isinstance(host, str) or not host.strip():
        raise ConfigError("server.host", "must not be empty")

    port = server.get("port", 8080)
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError("server.port", f"expected an integer in 1..65535, got {port!r}")

    workers = server.get("workers", 2)
    if not isinstance(workers, int) or workers < 1:
        raise ConfigError("server.workers", f"expected a positive integer, got {workers!r}")

    level = str(logging.get("level", "info")).lower()
    if level not in LOG_LEVELS:
        raise ConfigError(
            "logging.level", f"unknown level {level!r} (expected one of {', '.join(LOG_LEVELS)})"
        )

    return Config(host=host, port=port, workers=workers, log_level=level)
