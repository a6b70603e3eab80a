from .listen import ListenAddress, ConfigError, parse_listen

__all__ = ["ListenAddress", "ConfigError", "parse_listen"]
