from .policy import DEFAULT_BASE, delays
