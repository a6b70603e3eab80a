from confload.validate import ConfigError, validate

__all__ = ["ConfigError", "validate"]
