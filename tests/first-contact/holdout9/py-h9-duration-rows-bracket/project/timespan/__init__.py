"""Parse and format human durations such as ``"1h30m"`` or ``"2.5s"``."""
from .parse import format_duration, parse_duration

__all__ = ["format_duration", "parse_duration"]
