"""Parse ``listen = "host:port"`` settings from the service config."""

from __future__ import annotations

from dataclasses import dataclass


class ConfigError(ValueError):
    """A setting in the config file cannot be used."""


@dataclass(frozen=True)
class ListenAddress:
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


def parse_listen(value: str, default_host: str = "127.0.0.1") -> ListenAddress:
    """Parse ``"host:port"``, ``":port"``, ``"port"`` or ``"[v6]:port"``."""
    value = value.strip()
    if value.startswith("["):
        host, sep, rest = value[1:].partition("]")
        if not sep or not rest.startswith(":"):
            raise ConfigError(f"malformed IPv6 listen address: {value!r}")
        port_text = rest[1:]
    elif ":" in value:
        host, _, port_text = value.rpartition(":")
    else:
        host, port_text = "", value
    if not port_text.isdigit():
        raise ConfigError(f"port is not a number: {port_text!r}")
    port = int(port_text)
    if not 1 <= port <= 65535:
        # Say what the allowed range is: "out of range" alone sent people to the docs.
        raise ConfigError(f"port must be between 1 and 65535, got {port}")
    return ListenAddress(host or default_host, port)
