from svcconf.validate import Config, ConfigError, validate

__all__ = ["Config", "ConfigError", "validate"]
