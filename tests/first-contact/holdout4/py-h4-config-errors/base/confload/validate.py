"""Validation of the parsed service configuration (a nested dict)."""
from __future__ import annotations

from typing import Any


class ConfigError(ValueError):
    """Raised for the first problem found in a configuration."""


REQUIRED = {
    "server": {"host": str, "port": int},
    "database": {"url": str, "pool_size": int},
}


def validate(config: dict[str, Any], source: str = "<config>") -> dict[str, Any]:
    """Check that every required section and key is present with the right type.

    Returns the config unchanged. Raises ConfigError like
    ``missing required key 'database' in app.toml``.
    """
    for section, keys in REQUIRED.items():
        if section not in config:
            raise ConfigError(f"missing required key {section!r} in {source}")
        body = config[section]
        if not isinstance(body, dict):
            raise ConfigError(f"section {section!r} must be a table in {source}")
        for key, typ in keys.items():
            if key not in body:
                raise ConfigError(f"missing required key {key!r} in section {section!r} of {source}")
            value = body[key]
            if not isinstance(value, typ) or isinstance(value, bool):
                raise ConfigError(
                    f"key {key!r} in section {section!r} must be {typ.__name__}, "
                    f"got {type(value).__name__} ({source})"
                )
    port = config["server"]["port"]
    if not 0 < port < 65536:
        raise ConfigError(f"port {port} out of range in {source}")
    return config
