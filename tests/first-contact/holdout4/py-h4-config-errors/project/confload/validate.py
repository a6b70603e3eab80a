"""Validation of the parsed service configuration (a nested dict)."""
from __future__ import annotations

from typing import Any


class ConfigError(ValueError):
    """Raised for the first problem found in a configuration."""


REQUIRED = {
    "server": {"host": str, "port": int},
    "database": {"url": str, "pool_size": int},
}


def _fail(source: str, path: str, problem: str) -> ConfigError:
    return ConfigError(f"{source}: {path}: {problem}")


def validate(config: dict[str, Any], source: str = "<config>") -> dict[str, Any]:
    """Check that every required section and key is present with the right type.

    Returns the config unchanged. Errors read ``<source>: <dotted.key>: <problem>``,
    e.g. ``app.toml: database: required key is missing``.
    """
    for section, keys in REQUIRED.items():
        if section not in config:
            raise _fail(source, section, "required key is missing")
        body = config[section]
        if not isinstance(body, dict):
            raise _fail(source, section, "must be a table")
        for key, typ in keys.items():
            path = f"{section}.{key}"
            if key not in body:
                raise _fail(source, path, "required key is missing")
            value = body[key]
            if not isinstance(value, typ) or isinstance(value, bool):
                raise _fail(source, path, f"expected {typ.__name__}, got {type(value).__name__}")
    port = config["server"]["port"]
    if not 0 < port < 65536:
        raise _fail(source, "server.port", f"{port} is out of range (1-65535)")
    return config
